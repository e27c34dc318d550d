import { describe, expect, it } from 'vitest';
import { archiveMonths, archiveYears } from './archive.ts';

const at = (iso: string, title = iso) => ({ title, date: new Date(iso) });

describe('news archive by year', () => {
  it('puts each article in its Vietnam-time year, newest year first, keeping the order within a year', () => {
    const articles = [
      at('2024-03-02T08:00:00+07:00', 'c'),
      // 00:30 on 1 January in Vietnam is still 31 December in UTC and in New York.
      at('2024-01-01T00:30:00+07:00', 'b'),
      at('2023-12-31T23:30:00+07:00', 'a'),
      at('2021-06-01T09:00:00+07:00', 'z'),
    ];
    expect(archiveYears(articles).map(({ year, articles }) => [year, articles.map((a) => a.title)])).toEqual([
      [2024, ['c', 'b']],
      [2023, ['a']],
      [2021, ['z']],
    ]);
  });
  it('sorts years even when the list is not', () => {
    expect(archiveYears([at('2020-01-05T00:00:00+07:00'), at('2022-01-05T00:00:00+07:00')]).map((y) => y.year)).toEqual([2022, 2020]);
  });
  it('has no years for no articles', () => {
    expect(archiveYears([])).toEqual([]);
  });
});

describe('news archive by month', () => {
  it('groups runs of the same Vietnam-time month', () => {
    const months = archiveMonths([
      at('2024-12-20T10:00:00+07:00', 'd'),
      at('2024-12-01T00:10:00+07:00', 'c'),
      at('2024-11-30T23:50:00+07:00', 'b'),
      at('2024-02-10T10:00:00+07:00', 'a'),
    ]);
    expect(months.map(({ month, articles }) => [month, articles.map((a) => a.title)])).toEqual([
      [12, ['d', 'c']],
      [11, ['b']],
      [2, ['a']],
    ]);
  });
});

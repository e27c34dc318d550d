import { describe, expect, it } from 'vitest';
import { rankChangeText, signedFixed } from './format.ts';
import { nationalSeries } from './national.ts';

describe('nationalSeries', () => {
  const rows = nationalSeries({
    name: 'PAR INDEX',
    results: [
      { year: 2014, score: 76.75, rank: 52, of: 63 },
      { year: 2013, score: 63.17, rank: 62, of: 63 },
      { year: 2016, score: 67.41, max: 97.5, rank: 53, of: 63 },
      { year: 2017, score: 70, of: 63 },
      { year: 2019, score: 79.51, rank: 51, of: 63 },
    ],
  });
  it('sorts by year and computes each change of rank against the previous ranked year', () => {
    expect(rows.map((r) => [r.year, r.rankChange, r.comparedWith])).toEqual([
      [2013, null, null],
      [2014, 10, 2013],
      [2016, -1, 2014],
      [2017, null, null],
      [2019, 2, 2016],
    ]);
  });
  it('turns a score out of a smaller maximum into a percentage', () => {
    expect(rows.find((r) => r.year === 2016)!.percent).toBe(69.14);
    expect(rows.find((r) => r.year === 2014)!.percent).toBe(76.75);
  });
});

describe('nationalSeries with rank-only years and a changed number of provinces', () => {
  const rows = nationalSeries(
    {
      name: 'PAR INDEX',
      results: [
        { year: 2018, rank: 58 },
        { year: 2019, score: 79.51, rank: 51 },
        { year: 2024, score: 88, rank: 20, of: 63 },
        { year: 2025, score: 90, rank: 10 },
        { year: 2026, score: 91, rank: 8 },
      ],
    },
    (year) => (year >= 2025 ? 34 : 63),
  );
  it('takes the number of provinces from the config where the row has none', () => {
    expect(rows.map((r) => r.of)).toEqual([63, 63, 63, 34, 34]);
  });
  it('compares a year known only by rank, and never ranks out of different totals', () => {
    expect(rows.map((r) => r.rankChange)).toEqual([null, 7, 31, null, 2]);
    expect(rows[0].percent).toBeUndefined();
    // The first year out of 34 says which year it cannot be compared with, and why.
    expect(rows.map((r) => r.notComparableWith)).toEqual([null, null, null, { year: 2024, of: 63 }, null]);
  });
});

describe('a national row without a number of provinces', () => {
  it('stops with the index and the year: the check reports it to the editor first', () => {
    expect(() => nationalSeries({ name: 'PAR INDEX', results: [{ year: 2030, rank: 5 }] })).toThrow('PAR INDEX 2030: no number of provinces');
  });
});

describe('wording', () => {
  it('says changes of rank as portals do', () => {
    expect(rankChangeText(7)).toBe('tăng 7 bậc');
    expect(rankChangeText(-3)).toBe('giảm 3 bậc');
    expect(rankChangeText(0)).toBe('giữ nguyên thứ hạng');
  });
  it('signs index changes with a real minus', () => {
    expect(signedFixed(1.25)).toBe('+1,25');
    expect(signedFixed(-0.5)).toBe('−0,50');
    expect(signedFixed(0)).toBe('0,00');
  });
});

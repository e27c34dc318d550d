import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDay, parseVietnamDate, toVietnamDay, toVietnamISO, vietnamParts, vietnamYear } from './dates.ts';

describe('parseVietnamDate', () => {
  it('reads a date without offset as midnight in Vietnam', () => {
    expect(parseVietnamDate('2019-12-23')?.toISOString()).toBe('2019-12-22T17:00:00.000Z');
  });
  it('reads a date-time without offset as Vietnam wall-clock time', () => {
    expect(parseVietnamDate('2019-12-23T13:05:00')?.toISOString()).toBe('2019-12-23T06:05:00.000Z');
    expect(parseVietnamDate('2019-12-23 00:30')?.toISOString()).toBe('2019-12-22T17:30:00.000Z');
  });
  it('honours an explicit offset or Z', () => {
    expect(parseVietnamDate('2020-05-27T10:00:00Z')?.toISOString()).toBe('2020-05-27T10:00:00.000Z');
    expect(parseVietnamDate('2020-05-27T10:00:00+09:00')?.toISOString()).toBe('2020-05-27T01:00:00.000Z');
  });
  it('strips the quotes and spaces an editor may write', () => {
    expect(parseVietnamDate('"2019-12-23"')?.toISOString()).toBe('2019-12-22T17:00:00.000Z');
    expect(parseVietnamDate(" '2019-12-23 13:05' ")?.toISOString()).toBe('2019-12-23T06:05:00.000Z');
    expect(parseVietnamDate('2019-12-23 13:05:00 +07:00')?.toISOString()).toBe('2019-12-23T06:05:00.000Z');
    expect(parseVietnamDate('2019-12-23T13:05:00  Z')?.toISOString()).toBe('2019-12-23T13:05:00.000Z');
  });
  it('rejects impossible days and other text', () => {
    expect(parseVietnamDate('2019-02-30')).toBeUndefined();
    expect(parseVietnamDate('2019-04-31T08:00')).toBeUndefined();
    expect(parseVietnamDate('2019-02-29T08:00:00+07:00')).toBeUndefined();
    expect(parseVietnamDate('2020-02-29')?.toISOString()).toBe('2020-02-28T17:00:00.000Z');
    expect(parseVietnamDate('2019-13-01')).toBeUndefined();
    expect(parseVietnamDate('23/12/2019')).toBeUndefined();
    expect(parseVietnamDate('2019-12-23T24:00')).toBeUndefined();
    expect(parseVietnamDate('2019-12-23T10:60')).toBeUndefined();
    expect(parseVietnamDate('')).toBeUndefined();
  });
});

describe('formatting in Vietnam time', () => {
  // 06:05 UTC is 13:05 in Vietnam: the afternoon, "CH".
  const afternoon = new Date('2019-12-23T06:05:39Z');
  it('formats day/month/year with leading zeros', () => {
    expect(formatDate(new Date('2023-08-09T02:00:00Z'))).toBe('09/08/2023');
  });
  it('uses a 12-hour clock with SA and CH', () => {
    expect(formatDateTime(afternoon)).toBe('23/12/2019 1:05 CH');
    expect(formatDateTime(new Date('2019-12-23T02:33:00Z'))).toBe('23/12/2019 9:33 SA');
  });
  it('writes midnight as 12 SA and noon as 12 CH', () => {
    expect(formatDateTime(new Date('2019-12-22T17:00:00Z'))).toBe('23/12/2019 12:00 SA');
    expect(formatDateTime(new Date('2019-12-23T05:00:00Z'))).toBe('23/12/2019 12:00 CH');
  });
  it('takes the day in Vietnam, not on the build machine', () => {
    // 20:00 UTC on the 22nd is already 03:00 on the 23rd in Vietnam.
    expect(formatDate(new Date('2019-12-22T20:00:00Z'))).toBe('23/12/2019');
    expect(vietnamYear(new Date('2019-12-31T18:00:00Z'))).toBe(2020);
  });
  it('gives an ISO value with the +07:00 offset for <time datetime>', () => {
    expect(toVietnamISO(afternoon)).toBe('2019-12-23T13:05:39+07:00');
  });
  it('writes a calendar day in the portal form, and finds the Vietnam day of an instant', () => {
    expect(formatDay('2019-09-19')).toBe('19/09/2019');
    expect(toVietnamDay(new Date('2019-12-22T17:00:00Z'))).toBe('2019-12-23');
    expect(toVietnamDay(new Date('2019-12-23T00:00:00Z'))).toBe('2019-12-23');
  });
});

describe('vietnamParts', () => {
  const byIntl = (date: Date) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Ho_Chi_Minh',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
      })
        .formatToParts(date)
        .map((p) => [p.type, Number(p.value)]),
    );
    return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
  };

  it('agrees with the time zone database on every instant from 1975 on, year ends and leap days included', () => {
    const instants = [
      ...Array.from({ length: 2000 }, (_, i) => new Date(Date.UTC(1975, 5, 12, 17) + i * 19_000_037_123)),
      new Date('2019-12-31T16:59:59Z'),
      new Date('2019-12-31T17:00:00Z'),
      new Date('2024-02-28T17:00:00Z'),
    ];
    for (const date of instants) expect(vietnamParts(date), date.toISOString()).toEqual(byIntl(date));
  });

  it('takes the older offsets from the time zone database before 1975', () => {
    // Saigon kept UTC+8 until 13 June 1975: midnight there was 16:00 UTC.
    expect(vietnamParts(new Date('1970-01-01T16:00:00Z'))).toEqual(byIntl(new Date('1970-01-01T16:00:00Z')));
    expect(vietnamParts(new Date('1970-01-01T16:00:00Z')).hour).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { findPortalDate } from './portal-date.ts';

describe('findPortalDate', () => {
  it('reads the forms old portals print, SA and CH as morning and afternoon', () => {
    expect(findPortalDate('Ngày đăng :28/05/2020 10:13:07 SA')).toEqual({
      date: '2020-05-28T10:13:07',
      text: 'Ngày đăng :28/05/2020 10:13:07 SA',
      dayOnly: false,
    });
    expect(findPortalDate('Tiêu đề\n(23/12/2019 12:00:00 SA)')?.date).toBe('2019-12-23T00:00:00');
    expect(findPortalDate('(21/04/2023 5:37:58 CH)')?.date).toBe('2023-04-21T17:37:58');
    expect(findPortalDate('(21/04/2023 12:05:00 CH)')?.date).toBe('2023-04-21T12:05:00');
    expect(findPortalDate('Thứ năm, 14/05/2015, 10:06:10')?.date).toBe('2015-05-14T10:06:10');
  });

  it('reads a weekday date without a time as the start of that day, and says so', () => {
    expect(findPortalDate('Tin tức sự kiện\nThứ bảy 22/1/2022\nHội nghị')).toEqual({ date: '2022-01-22T00:00:00', text: 'Thứ bảy 22/1/2022', dayOnly: true });
    expect(findPortalDate('Chủ nhật, ngày 5/3/2023')?.date).toBe('2023-03-05T00:00:00');
  });

  it('trusts a labelled date over any other date on the page', () => {
    expect(findPortalDate('Thứ hai, 19/10/2020 … Cập nhật lúc: 18/10/2020 08:15')?.date).toBe('2020-10-18T08:15:00');
    expect(findPortalDate('(01/01/2021 9:00:00 SA) … Ngày đăng: 02/02/2021')?.date).toBe('2021-02-02T00:00:00');
  });

  it('skips what is not a day, and finds nothing in a page without a date', () => {
    expect(findPortalDate('Quyết định 31/02/2020 và ngày 30/04/2020')?.date).toBe('2020-04-30T00:00:00');
    expect(findPortalDate('(23/12/2019 13:00:00 CH)')).toBeUndefined();
    expect(findPortalDate('Số 2993/KH-UBND')).toBeUndefined();
    expect(findPortalDate('Không có ngày')).toBeUndefined();
  });
});

describe('findPortalDate, next to other words', () => {
  it('does not read the first letters of a following word as SA or CH', () => {
    expect(findPortalDate('Thứ năm, 14/05/2015, 10:06:10 Chi tiết tin')).toMatchObject({ date: '2015-05-14T10:06:10', text: 'Thứ năm, 14/05/2015, 10:06:10' });
    expect(findPortalDate('(02/03/2021 9:15:00 SA)Sở Nội vụ')?.date).toBe('2021-03-02T09:15:00');
  });
});

describe('findPortalDate, at the edges of a date', () => {
  it('refuses days, months, years and times that do not exist, and reads the next date that does', () => {
    expect(findPortalDate('Ngày đăng: 29/02/2025')).toBeUndefined();
    expect(findPortalDate('Ngày đăng: 29/02/2024')?.date).toBe('2024-02-29T00:00:00');
    expect(findPortalDate('Ngày đăng: 00/05/2020')).toBeUndefined();
    expect(findPortalDate('Ngày đăng: 01/13/2020')).toBeUndefined();
    expect(findPortalDate('Ngày đăng: 01/00/2020')).toBeUndefined();
    expect(findPortalDate('Ngày đăng: 31/12/1989')).toBeUndefined();
    expect(findPortalDate('Ngày đăng: 01/01/1990')?.date).toBe('1990-01-01T00:00:00');
    expect(findPortalDate('Ngày đăng: 31/12/2100')?.date).toBe('2100-12-31T00:00:00');
    expect(findPortalDate('Ngày đăng: 01/01/2101')).toBeUndefined();
    expect(findPortalDate('(01/02/2021 0:15:00 SA)')).toBeUndefined();
    expect(findPortalDate('(01/02/2021 24:00:00)')).toBeUndefined();
    expect(findPortalDate('(01/02/2021 10:60:00)')).toBeUndefined();
    expect(findPortalDate('(01/02/2021 10:30:60)')).toBeUndefined();
    expect(findPortalDate('(01/02/2021 23:59:59)')?.date).toBe('2021-02-01T23:59:59');
  });

  it('reads AM and PM as SA and CH, and gives the text it read on one line', () => {
    expect(findPortalDate('(01/02/2021 9:05 AM)')?.date).toBe('2021-02-01T09:05:00');
    expect(findPortalDate('(01/02/2021 1:05 PM)')?.date).toBe('2021-02-01T13:05:00');
    expect(findPortalDate('Ngày   đăng :\n 01/02/2021')?.text).toBe('Ngày đăng : 01/02/2021');
  });
});

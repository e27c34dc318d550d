import { describe, expect, it } from 'vitest';
import { consultationState, stateDetail, stateLabel } from './state.ts';

const dates = { opens: '2026-12-01', closes: '2026-12-20' };

describe('a consultation’s state on a day', () => {
  it('is upcoming before its opening day', () => {
    expect(consultationState(dates, '2026-11-28')).toEqual({ state: 'upcoming', daysToOpen: 3 });
    expect(stateLabel(consultationState(dates, '2026-11-30'))).toBe('Sắp lấy ý kiến');
    expect(stateDetail(consultationState(dates, '2026-11-30'), dates)).toBe('Bắt đầu nhận góp ý từ ngày 01/12/2026, hết ngày 20/12/2026.');
  });

  it('is open from the opening day to the end of the closing day, counting today among the days left', () => {
    expect(consultationState(dates, '2026-12-01')).toEqual({ state: 'open', daysLeft: 20 });
    expect(consultationState(dates, '2026-12-19')).toEqual({ state: 'open', daysLeft: 2 });
    expect(stateDetail(consultationState(dates, '2026-12-19'), dates)).toBe('Còn 2 ngày, nhận góp ý đến hết ngày 20/12/2026.');
    expect(consultationState(dates, '2026-12-20')).toEqual({ state: 'open', daysLeft: 1 });
    expect(stateDetail(consultationState(dates, '2026-12-20'), dates)).toBe('Hôm nay (20/12/2026) là ngày cuối nhận góp ý.');
    expect(stateLabel(consultationState(dates, '2026-12-20'))).toBe('Đang lấy ý kiến');
  });

  it('is closed from the day after, across a month and a year', () => {
    expect(consultationState(dates, '2026-12-21')).toEqual({ state: 'closed' });
    expect(stateDetail(consultationState(dates, '2026-12-21'), dates)).toBe('Đã nhận góp ý đến hết ngày 20/12/2026.');
    expect(stateLabel(consultationState(dates, '2027-01-01'))).toBe('Đã hết hạn lấy ý kiến');
    expect(consultationState({ opens: '2026-12-30', closes: '2027-01-02' }, '2026-12-31')).toEqual({ state: 'open', daysLeft: 3 });
    expect(consultationState({ opens: '2026-02-27', closes: '2026-03-01' }, '2026-02-28')).toEqual({ state: 'open', daysLeft: 2 });
  });
});

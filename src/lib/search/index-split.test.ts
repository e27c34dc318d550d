import { describe, expect, it } from 'vitest';
import { fragmentBudget, splitNewsYears } from './index-split.ts';

const years = (...pairs: Array<[number, number]>) => pairs.map(([year, count]) => ({ year, count }));

describe('splitNewsYears', () => {
  it('keeps the newest whole years that reach the count in the main index, the older ones apart', () => {
    const split = splitNewsYears(years([2024, 300], [2026, 200], [2025, 350], [2023, 400]), 500);
    expect(split.recentYears).toEqual([2026, 2025]);
    expect(split.archiveYears).toEqual(years([2024, 300], [2023, 400]));
  });

  it('stops at the year that reaches the count exactly', () => {
    expect(splitNewsYears(years([2026, 500], [2025, 10]), 500)).toEqual({ recentYears: [2026], archiveYears: years([2025, 10]) });
  });

  it('keeps everything in one index when the portal has fewer articles', () => {
    expect(splitNewsYears(years([2026, 12], [2014, 3]), 500)).toEqual({ recentYears: [2026, 2014], archiveYears: [] });
    expect(splitNewsYears([], 500)).toEqual({ recentYears: [], archiveYears: [] });
  });

  it('ignores a year without articles', () => {
    expect(splitNewsYears(years([2026, 0], [2025, 4], [2024, 4]), 4).recentYears).toEqual([2025]);
  });
});

describe('fragmentBudget', () => {
  it('shares the budget among indexes by their pages', () => {
    expect(fragmentBudget(833, 10_000, 5000)).toBe(416);
    expect(fragmentBudget(20, 25, 5000)).toBe(4000);
  });
  it('never gives an index less than one file', () => {
    expect(fragmentBudget(1, 100_000, 5000)).toBe(1);
    expect(fragmentBudget(0, 0, 5000)).toBe(1);
  });
});

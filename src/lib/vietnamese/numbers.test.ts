import { describe, expect, it } from 'vitest';
import { decimalsOf, formatFixed, formatNumber, formatPercent, formatPoints } from './numbers.ts';

describe('Vietnamese numbers', () => {
  it('uses a decimal comma and a dot for thousands', () => {
    expect(formatNumber(76.75)).toBe('76,75');
    expect(formatNumber(1189)).toBe('1.189');
    expect(formatNumber(10529)).toBe('10.529');
  });
  it('drops trailing zeros unless a fixed width is asked for', () => {
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(65)).toBe('65');
    expect(formatFixed(65)).toBe('65,00');
    expect(formatFixed(1234.5, 1)).toBe('1.234,5');
  });
  it('writes percentages with the sign after the number', () => {
    expect(formatPercent(99.3)).toBe('99,3%');
    expect(formatPercent(12.5)).toBe('12,5%');
  });
});

describe('points as entered', () => {
  it('never rounds a score away, and writes a column with one number of decimals', () => {
    expect(formatPoints(79.995)).toBe('79,995');
    expect(formatPoints(64.995)).toBe('64,995');
    expect(formatPoints(88.6, [88.6, 79.25, 91])).toBe('88,60');
    expect(formatPoints(91, [88.6, 79.25, 91])).toBe('91,00');
    expect(formatPoints(90)).toBe('90');
    expect([decimalsOf(88.5), decimalsOf(79.995), decimalsOf(12), decimalsOf(1.23456)]).toEqual([1, 3, 0, 3]);
  });
});

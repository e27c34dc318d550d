import { describe, expect, it } from 'vitest';
import { average, difference, indexOf, shares } from './decimal.ts';

describe('indexOf', () => {
  it('rounds half up in decimal, not in binary floating point', () => {
    // 64.995 is stored as 64.99499999999999744…; the rule is about the written number.
    expect(indexOf(64.995, 100)).toBe(65);
    expect(indexOf(79.995, 100)).toBe(80);
    expect(indexOf(1.005, 100)).toBe(1.01);
    expect(indexOf(64.994, 100)).toBe(64.99);
  });
  it('scales scores under 100 points to a percentage', () => {
    expect(indexOf(67.41, 97.5)).toBe(69.14);
    expect(indexOf(68.32, 84)).toBe(81.33);
    expect(indexOf(46.25, 92.5)).toBe(50);
  });
  it('refuses a zero maximum', () => {
    expect(() => indexOf(1, 0)).toThrow(RangeError);
  });
});

describe('average and difference', () => {
  it('averages exactly and rounds half up', () => {
    // (50.11 + 50.12) / 2 = 50.115 exactly → 50.12; in floats the sum is 100.22999999999999,
    // the mean 50.114999…, and rounding it (Math.round, toFixed or big.js) gives 50.11.
    expect(average([50.11, 50.12])).toBe(50.12);
    expect(average([50.05, 50.12])).toBe(50.09);
    expect(average([80.01, 80.02])).toBe(80.02);
    expect(average([0.1, 0.2])).toBe(0.15);
    expect(average([])).toBeUndefined();
  });
  it('subtracts without float noise', () => {
    expect(difference(80.1, 79.95)).toBe(0.15);
    expect(difference(70, 72.5)).toBe(-2.5);
  });
});

describe('shares', () => {
  it('gives each count its own share of the total, rounded half up', () => {
    expect(shares([1, 1, 1])).toEqual([33.33, 33.33, 33.33]);
    expect(shares([3, 15, 2])).toEqual([15, 75, 10]);
    expect(shares([1, 6, 1])).toEqual([12.5, 75, 12.5]);
    expect(shares([10, 4, 1])).toEqual([66.67, 26.67, 6.67]);
    expect(shares([2, 3, 6, 0])[3]).toBe(0);
  });
  it('gives zeros for an empty group', () => {
    expect(shares([0, 0])).toEqual([0, 0]);
  });
});

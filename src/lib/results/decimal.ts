import Big from 'big.js';

// Exact decimal arithmetic for published figures. JSON numbers are binary floats (64.995 is
// stored as 64.99499999…); big.js reads them back from their shortest decimal text, so
// rounding happens on the number the editor wrote.

/** score / max × 100, rounded half-up to 2 decimals (SPEC 4.5): 64.995 of 100 → 65. */
export function indexOf(score: number, max: number): number {
  if (max <= 0) throw new RangeError(`max must be positive, got ${max}`);
  return new Big(score).times(100).div(max).round(2, Big.roundHalfUp).toNumber();
}

/** The mean of values, rounded half-up to 2 decimals. */
export function average(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sum = values.reduce((total, v) => total.plus(v), new Big(0));
  return sum.div(values.length).round(2, Big.roundHalfUp).toNumber();
}

/** a − b exactly, e.g. 80.1 − 79.95 = 0.15 (not 0.14999999999999147). */
export function difference(a: number, b: number): number {
  return new Big(a).minus(b).toNumber();
}

/** The exact sum of values (used to check that components add up). */
export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total.plus(v), new Big(0)).toNumber();
}

/**
 * Each count's share of the total in percent, rounded half-up to 2 decimals: every share is
 * exactly what a reader gets from the counts shown beside it (1 of 15 → 6.67), and the counts
 * always add up to the total. (Rounded shares may then sum to 99.99 or 100.01; forcing them to
 * 100 would make one of them disagree with its own count.)
 */
export function shares(counts: readonly number[], decimals = 2): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  return counts.map((c) => new Big(c).times(100).div(total).round(decimals, Big.roundHalfUp).toNumber());
}

import { compareVietnamese } from '../vietnamese/text.ts';
import type { Tier } from './types.ts';

/**
 * Ranks by index, descending: equal indices share a rank and the next rank skips
 * (1, 2, 2, 4); equal indices are listed in Vietnamese alphabetical order of name.
 */
export function rankByIndex<T extends { index: number; name: string }>(items: readonly T[]): Array<T & { rank: number }> {
  const sorted = [...items].sort((a, b) => b.index - a.index || compareVietnamese(a.name, b.name));
  let rank = 0;
  return sorted.map((item, position) => {
    if (position === 0 || item.index !== sorted[position - 1].index) rank = position + 1;
    return { ...item, rank };
  });
}

/** The first tier, in the order given (descending `min`), whose `min` is ≤ the index. */
export function tierFor(index: number, tiers: readonly Tier[]): Tier {
  const tier = tiers.find((t) => t.min <= index);
  if (!tier) throw new RangeError(`no tier for index ${index}: the last tier must start at 0`);
  return tier;
}

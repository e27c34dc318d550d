import Big from 'big.js';
import type { GroupResults, RankedResult, TierCount, YearResults } from './compute.ts';
import type { Group } from './types.ts';

/**
 * The methodology page's worked example: one real result of the data taken through every rule
 * of SPEC 4.5, with the intermediate figures the page writes out. Computed, never typed, so
 * the page can never explain a figure the site does not show.
 */
export interface WorkedExample {
  year: number;
  group: Group;
  unit: RankedResult;
  /** score × 100 / max before rounding, as decimal text (at most 6 decimals, then cut). */
  exact: string;
  /** Whether `exact` has more digits than the rounded index (the example shows rounding). */
  rounded: boolean;
  /** Units of the group with a higher index: the rank is one more. */
  higher: number;
  /** Units ranked in the group, and the exact sum of their indices, for the average. */
  count: number;
  sumOfIndices: number;
  average: number;
  /** The unit's tier with its count and share in the group. */
  tier: TierCount;
  /** A result whose index had to be rounded, where the example's own did not (newest year first). */
  rounding?: { year: number; name: string; score: number; max: number; exact: string; index: number };
  /** Equal indices sharing a rank, from the same year where there are any, else any year. */
  tie?: { year: number; group: Group; index: number; names: string[]; rank: number; next: number };
}

const DIGITS = 6;

/** score × 100 / max as decimal text, cut after 6 decimals ("…" appended when cut). */
export function exactIndexText(score: number, max: number): string {
  const exact = new Big(score).times(100).div(max);
  const cut = exact.round(DIGITS, Big.roundDown);
  return cut.eq(exact) ? exact.toString() : `${cut.toFixed(DIGITS)}…`;
}

/** The first result of a year, in rank order, whose index is a rounded quotient. */
function findRounding(year: YearResults): WorkedExample['rounding'] {
  for (const r of year.groups.flatMap((g) => g.results)) {
    const exact = exactIndexText(r.score, r.max);
    if (exact !== String(r.index)) return { year: year.year, name: r.name, score: r.score, max: r.max, exact, index: r.index };
  }
  return undefined;
}

/** The first pair (or more) of equal indices in a group, taking groups in the year's order. */
function findTie(year: YearResults): WorkedExample['tie'] {
  for (const group of year.groups) {
    const { results } = group;
    for (let i = 1; i < results.length; i++) {
      if (results[i].index !== results[i - 1].index) continue;
      const tied = results.filter((r) => r.index === results[i].index);
      return {
        year: year.year,
        group: group.group,
        index: tied[0].index,
        names: tied.map((r) => r.name),
        rank: tied[0].rank,
        next: tied[0].rank + tied.length,
      };
    }
  }
  return undefined;
}

/**
 * The newest year's largest group, and in it the result that shows the most rules: one whose
 * index needs rounding, then one with a change against an earlier year, then the one nearest
 * the middle of the ranking. Undefined for a portal without results.
 */
export function workedExample(years: readonly YearResults[]): WorkedExample | undefined {
  const newestFirst = [...years].sort((a, b) => b.year - a.year);
  const year = newestFirst.find((y) => y.count > 0);
  if (!year) return undefined;
  const group: GroupResults = year.groups.reduce((a, b) => (b.count > a.count ? b : a));
  const middle = (group.count - 1) / 2;
  const merit = (r: RankedResult, position: number) =>
    (exactIndexText(r.score, r.max) !== String(r.index) ? 4 : 0) + (r.comparedWith !== null ? 2 : 0) - Math.abs(position - middle) / group.count;
  const best = group.results.map((r, i) => ({ r, merit: merit(r, i) })).reduce((a, b) => (b.merit > a.merit ? b : a)).r;
  const exact = exactIndexText(best.score, best.max);
  const rounded = exact !== String(best.index);
  const sumOfIndices = group.results.reduce((total, r) => total.plus(r.index), new Big(0)).toNumber();
  return {
    year: year.year,
    group: group.group,
    unit: best,
    exact,
    rounded,
    rounding: rounded ? undefined : newestFirst.map(findRounding).find(Boolean),
    higher: group.results.filter((r) => r.index > best.index).length,
    count: group.count,
    sumOfIndices,
    average: group.average!,
    tier: group.tiers.find((t) => t.tier.id === best.tier.id)!,
    tie: findTie(year) ?? newestFirst.map(findTie).find(Boolean),
  };
}

/**
 * Each criterion's maximum points in a year, from the results' components: one value where
 * every unit had the same maximum, the range where they differed; none for criteria nobody
 * was scored on.
 */
export function criterionMaxima(year: YearResults): Array<{ id: string; label: string; min?: number; max?: number }> {
  return year.criteria.map((c) => {
    const maxima = year.groups.flatMap((g) => g.results.flatMap((r) => (r.components?.[c.id] ? [r.components[c.id].max] : [])));
    return maxima.length === 0 ? { ...c } : { ...c, min: Math.min(...maxima), max: Math.max(...maxima) };
  });
}

import Big from 'big.js';
import { indexOf } from './decimal.ts';
import { compareVietnamese } from '../vietnamese/text.ts';
import type { Criterion, Points } from './types.ts';

/** A unit's result as the analysis needs it: its name and, where given, its points per criterion. */
export interface UnitComponents {
  unit: string;
  name: string;
  components?: Record<string, Points>;
}

/** The units at one end of a criterion (several when their shares are equal). */
export interface CriterionEnd {
  share: number;
  /** Unit ids, in Vietnamese alphabetical order of name. */
  units: string[];
}

/** How a group did on one criterion (issue 14, SPEC 4.5 rounding). */
export interface CriterionAnalysis {
  criterion: Criterion;
  /** Units of the group scored on this criterion: a unit without it is left out, not counted as 0. */
  units: number;
  score: number;
  max: number;
  /** Σ score / Σ max × 100, half-up to 2 decimals: units on larger maxima weigh more. */
  share: number;
  /** Σ (max − score): the points the group lost on it. */
  lost: number;
  highest: CriterionEnd;
  lowest: CriterionEnd;
}

/**
 * Each criterion of a group, from the one that cost the group the most points to the one that
 * cost the least (equal losses keep the year's order of criteria). A unit's share on a
 * criterion is its own score over its own maximum, so units on different maxima compare fairly.
 * A group whose results have no components gives an empty list, never zeros.
 */
export function analyseCriteria(results: readonly UnitComponents[], criteria: readonly Criterion[]): CriterionAnalysis[] {
  const analyses: CriterionAnalysis[] = [];
  for (const criterion of criteria) {
    const scored = results.flatMap((r) => {
      const points = r.components?.[criterion.id];
      return points ? [{ unit: r.unit, name: r.name, ...points, share: indexOf(points.score, points.max) }] : [];
    });
    if (scored.length === 0) continue;
    const score = scored.reduce((total, r) => total.plus(r.score), new Big(0));
    const max = scored.reduce((total, r) => total.plus(r.max), new Big(0));
    const end = (pick: (a: number, b: number) => number): CriterionEnd => {
      const share = scored.map((r) => r.share).reduce((a, b) => pick(a, b));
      const units = scored.filter((r) => r.share === share).sort((a, b) => compareVietnamese(a.name, b.name));
      return { share, units: units.map((r) => r.unit) };
    };
    analyses.push({
      criterion,
      units: scored.length,
      score: score.toNumber(),
      max: max.toNumber(),
      share: indexOf(score.toNumber(), max.toNumber()),
      lost: max.minus(score).toNumber(),
      highest: end(Math.max),
      lowest: end(Math.min),
    });
  }
  // Stable sort: equal losses stay in the year's order of criteria.
  return analyses.sort((a, b) => b.lost - a.lost);
}

/** One criterion of a unit beside its group (the unit page's "where it lost its points"). */
export interface UnitCriterion {
  criterion: Criterion;
  score: number;
  max: number;
  /** The unit's own score over its own maximum, half-up to 2 decimals. */
  share: number;
  /** The group's share on the criterion (`analyseCriteria`). */
  groupShare: number;
  lost: number;
}

/**
 * A unit's criteria beside its group's, from the one it lost the most points on (equal losses
 * in the year's order); empty when the unit has no components.
 */
export function unitAgainstGroup(result: UnitComponents, group: readonly CriterionAnalysis[], criteria: readonly Criterion[]): UnitCriterion[] {
  const groupShares = new Map(group.map((c) => [c.criterion.id, c.share]));
  return criteria
    .flatMap((criterion) => {
      const points = result.components?.[criterion.id];
      const groupShare = groupShares.get(criterion.id);
      if (!points || groupShare === undefined) return [];
      return [{ criterion, ...points, share: indexOf(points.score, points.max), groupShare, lost: new Big(points.max).minus(points.score).toNumber() }];
    })
    .sort((a, b) => b.lost - a.lost);
}

import { indexOf } from './decimal.ts';
import type { NationalFile } from './types.ts';

export interface NationalRow {
  year: number;
  score?: number;
  max?: number;
  /** The score as a percentage of its maximum (equal to the score when the maximum is 100). */
  percent?: number;
  rank?: number;
  of: number;
  /**
   * Places moved up since the previous listed year with a rank (positive = up); none when the
   * number of provinces ranked changed in between (63 → 34 in 2025): those ranks don't compare.
   */
  rankChange: number | null;
  comparedWith: number | null;
  /** The previous ranked year, where the number of provinces ranked differs: why there is no change. */
  notComparableWith: { year: number; of: number } | null;
}

/** A national index's results in year order, each with its change of rank (SPEC 4.5). */
export function nationalSeries(file: NationalFile, provinces?: (year: number) => number | undefined): NationalRow[] {
  const rows = [...file.results].sort((a, b) => a.year - b.year);
  let previous: { year: number; rank: number; of: number } | undefined;
  return rows.map((r) => {
    const of = r.of ?? provinces?.(r.year);
    if (of === undefined) throw new RangeError(`${file.name} ${r.year}: no number of provinces`);
    const comparable = r.rank !== undefined && previous !== undefined && previous.of === of;
    const row: NationalRow = {
      year: r.year,
      score: r.score,
      max: r.max,
      percent: r.score === undefined ? undefined : r.max === undefined ? r.score : indexOf(r.score, r.max),
      rank: r.rank,
      of,
      rankChange: comparable ? previous!.rank - r.rank! : null,
      comparedWith: comparable ? previous!.year : null,
      notComparableWith: r.rank !== undefined && previous !== undefined && !comparable ? { year: previous.year, of: previous.of } : null,
    };
    if (r.rank !== undefined) previous = { year: r.year, rank: r.rank, of };
    return row;
  });
}

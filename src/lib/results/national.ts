import { indexOf } from './decimal.ts';
import type { NationalFile } from './types.ts';

export interface NationalRow {
  year: number;
  score: number;
  max?: number;
  /** The score as a percentage of its maximum (equal to the score when the maximum is 100). */
  percent: number;
  rank?: number;
  of: number;
  /** Places moved up since the previous listed year with a rank (positive = up). */
  rankChange: number | null;
  comparedWith: number | null;
}

/** A national index's results in year order, each with its change of rank (SPEC 4.5). */
export function nationalSeries(file: NationalFile): NationalRow[] {
  const rows = [...file.results].sort((a, b) => a.year - b.year);
  let previous: { year: number; rank: number } | undefined;
  return rows.map((r) => {
    const row: NationalRow = {
      year: r.year,
      score: r.score,
      max: r.max,
      percent: r.max === undefined ? r.score : indexOf(r.score, r.max),
      rank: r.rank,
      of: r.of,
      rankChange: r.rank !== undefined && previous ? previous.rank - r.rank : null,
      comparedWith: r.rank !== undefined && previous ? previous.year : null,
    };
    if (r.rank !== undefined) previous = { year: r.year, rank: r.rank };
    return row;
  });
}

import { csvFormatRow } from 'd3';
import type { YearResults } from './compute.ts';

/** The open-data JSON of one year (SPEC 4.7): numbers as numbers, results in rank order. */
export function yearToJson(year: YearResults) {
  return {
    year: year.year,
    illustrative: year.illustrative,
    groups: year.groups.map((g) => ({
      id: g.group.id,
      label: g.group.label,
      count: g.count,
      average: g.average,
      tiers: g.tiers.map((t) => ({ id: t.tier.id, label: t.tier.label, count: t.count, share: t.share })),
      results: g.results.map((r) => ({
        unit: r.unit,
        name: r.name,
        score: r.score,
        max: r.max,
        index: r.index,
        rank: r.rank,
        tier: r.tier.id,
        rankChange: r.rankChange,
        indexChange: r.indexChange,
      })),
    })),
  };
}

export const CSV_COLUMNS = ['group', 'unit', 'name', 'score', 'max', 'index', 'rank', 'tier', 'rankChange', 'indexChange'] as const;

/**
 * The open-data CSV of one year: one row per result, the JSON's fields plus the group, CRLF
 * line ends, UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly.
 */
export function yearToCsv(year: YearResults): string {
  const rows = yearToJson(year).groups.flatMap((g) =>
    g.results.map((r) => [g.id, r.unit, r.name, r.score, r.max, r.index, r.rank, r.tier, r.rankChange, r.indexChange]),
  );
  // d3-dsv quotes a field that holds a comma, quote or line break (RFC 4180); no change is an
  // empty field; rows end in CRLF as RFC 4180 has them.
  const text = (row: ReadonlyArray<string | number | null>) => row.map((value) => (value === null ? '' : String(value)));
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => csvFormatRow(text(row))).join('\r\n')}\r\n`;
}

export const CRITERIA_CSV_COLUMNS = ['group', 'unit', 'name', 'criterion', 'criterionLabel', 'score', 'max', 'share'] as const;

/**
 * The criteria of one year as open data: one row per unit and criterion it was scored on, in
 * rank order and the year's order of criteria; `share` is score / max × 100, half-up to 2
 * decimals. Undefined for a year whose results have no components (no file rather than zeros).
 */
export function yearCriteriaToCsv(year: YearResults): string | undefined {
  const rows = year.groups.flatMap((g) =>
    g.results.flatMap((r) =>
      year.criteria.flatMap((c) => {
        const points = r.components?.[c.id];
        return points ? [[g.group.id, r.unit, r.name, c.id, c.label, points.score, points.max, points.index]] : [];
      }),
    ),
  );
  if (rows.length === 0) return undefined;
  return `\uFEFF${[CRITERIA_CSV_COLUMNS, ...rows].map((row) => csvFormatRow(row.map(String))).join('\r\n')}\r\n`;
}

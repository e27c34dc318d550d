import { applyChanges, computeYear, type RankedResult, type YearResults } from '../lib/results/compute.ts';
import { unitAgainstGroup, type UnitCriterion } from '../lib/results/criteria.ts';
import { nationalSeries, type NationalRow } from '../lib/results/national.ts';
import type { Group, Unit } from '../lib/results/types.ts';
import type { Problem } from '../lib/problems/problem.ts';
import { NATIONAL_INDICES, validateData } from '../lib/results/validate.ts';
import { DATA_DIR } from '../content.paths.ts';
import type { ProjectFiles } from './read-files.ts';
import { workedExample, type WorkedExample } from '../lib/results/worked-example.ts';

export interface NationalIndex {
  id: string;
  name: string;
  source?: string;
  rows: NationalRow[];
}

export interface UnitYear {
  year: number;
  group: Group;
  result: RankedResult;
  /** Units ranked in that group that year. */
  of: number;
  /** The group's average and highest index that year. */
  average: number;
  best: number;
  /** Every result of the group that year, in rank order (the unit's own included). */
  peers: RankedResult[];
  /** The unit's criteria beside the group's, costliest first; empty without components. */
  criteria: UnitCriterion[];
  illustrative: boolean;
}

export interface ResultsModel {
  units: Unit[];
  unitById: Map<string, Unit>;
  /** Assessment years, oldest first. */
  years: YearResults[];
  /** The same, newest first, as lists show them. */
  yearsNewestFirst: YearResults[];
  /** The newest year, as the home page sums it up. */
  latestYear?: YearResults;
  /** A real unit's index, rank and tier worked out step by step, for the method page. */
  workedExample?: WorkedExample;
  national: NationalIndex[];
  /** A unit's results across the years, oldest first. */
  historyOf(unitId: string): UnitYear[];
  /** Units that were merged into this one. */
  mergedFrom(unitId: string): Unit[];
}

export interface LoadOptions {
  /** Provinces in the national ranking in a year (portal.config.json), for rows without `of`. */
  provinces?: (year: number) => number | undefined;
}

/**
 * Reads and validates data/; returns every problem, and the computed model when there are none.
 * Plain Node (no Astro), so that `npm run check` runs the very same checks quickly.
 */
export function loadResults(files: ProjectFiles, options: LoadOptions = {}): { problems: Problem[]; model?: ResultsModel } {
  const problems: Problem[] = [];
  const unitsPath = `${DATA_DIR}/units.json`;
  // A portal with no results yet has no data/ folder at all: that is valid and builds.
  const units = files.exists(unitsPath) ? files.json(unitsPath, problems) : undefined;
  const years = files.list(`${DATA_DIR}/par-index`, /\.json$/).map((file) => files.json(file, problems));
  const national = files.list(`${DATA_DIR}/national`, /\.json$/).map((file) => files.json(file, problems));
  const validated = validateData({ units, years, national }, options.provinces);
  problems.push(...validated.problems);
  if (problems.length > 0 || !validated.data) return { problems };
  const data = validated.data;

  const unitById = new Map(data.units.map((u) => [u.id, u]));
  const computed = data.years.map((y) => computeYear(y.data, unitById)).sort((a, b) => a.year - b.year);
  applyChanges(computed);

  const history = new Map<string, UnitYear[]>();
  for (const year of computed) {
    for (const group of year.groups) {
      for (const result of group.results) {
        if (!history.has(result.unit)) history.set(result.unit, []);
        history.get(result.unit)!.push({
          year: year.year,
          group: group.group,
          result,
          of: group.count,
          // A unit is in the group, so the group has an average and a best.
          average: group.average!,
          best: group.best!,
          peers: group.results,
          criteria: unitAgainstGroup(result, group.criteria, year.criteria),
          illustrative: year.illustrative,
        });
      }
    }
  }

  const nationalIndices = data.national
    .map((n) => ({ id: n.id, name: n.data.name, source: n.data.source, rows: nationalSeries(n.data, options.provinces) }))
    .sort((a, b) => NATIONAL_INDICES.indexOf(a.id) - NATIONAL_INDICES.indexOf(b.id));

  return {
    problems,
    model: {
      units: data.units,
      unitById,
      years: computed,
      yearsNewestFirst: [...computed].reverse(),
      latestYear: computed.at(-1),
      workedExample: workedExample([...computed].reverse()),
      national: nationalIndices,
      historyOf: (id) => history.get(id) ?? [],
      mergedFrom: (id) => data.units.filter((u) => u.mergedInto === id),
    },
  };
}

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { applyChanges, computeYear, type RankedResult, type YearResults } from '../lib/results/compute.ts';
import { nationalSeries, type NationalRow } from '../lib/results/national.ts';
import type { Group, Unit } from '../lib/results/types.ts';
import { validateData, type DataProblem, type RawFile } from '../lib/results/validate.ts';

/** The national indices in the order pages show them; any file may be absent. */
const NATIONAL_ORDER = ['par-index', 'sipas', 'papi', 'pci'];

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
  illustrative: boolean;
}

export interface ResultsModel {
  units: Unit[];
  unitById: Map<string, Unit>;
  /** Assessment years, oldest first. */
  years: YearResults[];
  byYear: Map<number, YearResults>;
  national: NationalIndex[];
  /** A unit's results across the years, oldest first. */
  historyOf(unitId: string): UnitYear[];
  /** Units that were merged into this one. */
  mergedFrom(unitId: string): Unit[];
}

function readJson(file: string, problems: DataProblem[]): RawFile {
  try {
    return { file, data: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    problems.push({ file, path: '(file)', message: `not valid JSON: ${(error as Error).message}` });
    return { file, data: undefined };
  }
}

const jsonFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => join(dir, name))
    : [];

export interface LoadOptions {
  /** Provinces in the national ranking in a year (portal.config.json), for rows without `of`. */
  provinces?: (year: number) => number | undefined;
}

/**
 * Reads and validates data/; returns the problems, or the computed model when there are none.
 * Plain Node (no Astro), so that `npm run check:data` runs the very same checks quickly.
 */
export function loadResultsFrom(dataDir: string, options: LoadOptions = {}): { problems: DataProblem[]; model?: ResultsModel } {
  const problems: DataProblem[] = [];
  const unitsPath = join(dataDir, 'units.json');
  // A portal with no results yet has no data/ folder at all: that is valid and builds.
  const units = existsSync(unitsPath) ? readJson(unitsPath, problems) : { file: unitsPath, data: { units: [] } };
  const years = jsonFiles(join(dataDir, 'par-index')).map((file) => readJson(file, problems));
  const national = jsonFiles(join(dataDir, 'national')).map((file) => readJson(file, problems));
  for (const file of jsonFiles(join(dataDir, 'national'))) {
    const id = file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (!NATIONAL_ORDER.includes(id)) {
      problems.push({ file, path: '(file name)', message: `unknown national index "${id}" (expected one of ${NATIONAL_ORDER.join(', ')})` });
    }
  }
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
          illustrative: year.file.illustrative === true,
        });
      }
    }
  }

  const nationalIndices = data.national
    .map((n) => ({ id: n.id, name: n.data.name, source: n.data.source, rows: nationalSeries(n.data, options.provinces) }))
    .sort((a, b) => NATIONAL_ORDER.indexOf(a.id) - NATIONAL_ORDER.indexOf(b.id));

  return {
    problems,
    model: {
      units: data.units,
      unitById,
      years: computed,
      byYear: new Map(computed.map((y) => [y.year, y])),
      national: nationalIndices,
      historyOf: (id) => history.get(id) ?? [],
      mergedFrom: (id) => data.units.filter((u) => u.mergedInto === id),
    },
  };
}


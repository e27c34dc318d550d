import { sum } from './decimal.ts';
import { nationalFileSchema, unitsFileSchema, yearFileSchema } from './schema.ts';
import type { NationalFile, Unit, YearFile } from './types.ts';

/** A data problem: the file, the JSON path in it, and what is wrong. */
export interface DataProblem {
  file: string;
  path: string;
  message: string;
}

export interface RawFile {
  file: string;
  /** The parsed JSON (or undefined when parsing failed and was already reported). */
  data: unknown;
}

export interface ValidData {
  units: Unit[];
  years: Array<{ file: string; data: YearFile }>;
  national: Array<{ file: string; id: string; data: NationalFile }>;
}

const TOLERANCE = 0.01;

/** `results[3].score`, as the JSON path of a zod issue. */
function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '') || '(root)';
}

function parseWith<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, raw: RawFile, problems: DataProblem[]): T | undefined {
  const result = schema.safeParse(raw.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file: raw.file, path: jsonPath(issue.path), message: issue.message });
  return undefined;
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): Array<{ index: number; key: string }> {
  const seen = new Set<string>();
  const found: Array<{ index: number; key: string }> = [];
  items.forEach((item, index) => {
    const k = key(item);
    if (seen.has(k)) found.push({ index, key: k });
    seen.add(k);
  });
  return found;
}

function checkUnits(file: string, units: Unit[], problems: DataProblem[]) {
  for (const { index, key } of duplicates(units, (u) => u.id)) {
    problems.push({ file, path: `units[${index}].id`, message: `duplicate unit id "${key}"` });
  }
  const ids = new Set(units.map((u) => u.id));
  units.forEach((unit, i) => {
    if (unit.mergedInto !== undefined && (!ids.has(unit.mergedInto) || unit.mergedInto === unit.id)) {
      problems.push({ file, path: `units[${i}].mergedInto`, message: `"${unit.mergedInto}" is not another unit's id` });
    }
    if (unit.activeFrom !== undefined && unit.activeUntil !== undefined && unit.activeFrom > unit.activeUntil) {
      problems.push({ file, path: `units[${i}].activeUntil`, message: `${unit.activeUntil} is before activeFrom ${unit.activeFrom}` });
    }
  });
}

function checkYear(file: string, data: YearFile, units: ReadonlyMap<string, Unit> | undefined, problems: DataProblem[]) {
  const add = (path: string, message: string) => problems.push({ file, path, message });
  const named = /(?:^|\/)(\d{4})\.json$/.exec(file)?.[1];
  if (named === undefined || Number(named) !== data.year) {
    add('year', `${data.year} does not match the file name (expected data/par-index/${data.year}.json)`);
  }

  data.tiers.forEach((tier, i) => {
    if (i > 0 && tier.min >= data.tiers[i - 1].min) {
      add(`tiers[${i}].min`, `${tier.min} must be below the previous tier's min ${data.tiers[i - 1].min} (tiers go from the highest down)`);
    }
  });
  const last = data.tiers.at(-1)!;
  if (last.min !== 0) add(`tiers[${data.tiers.length - 1}].min`, `the last tier must start at 0, not ${last.min}`);
  for (const { index, key } of duplicates(data.tiers, (t) => t.id)) add(`tiers[${index}].id`, `duplicate tier id "${key}"`);
  for (const { index, key } of duplicates(data.groups, (g) => g.id)) add(`groups[${index}].id`, `duplicate group id "${key}"`);
  const criteria = data.criteria ?? [];
  for (const { index, key } of duplicates(criteria, (c) => c.id)) add(`criteria[${index}].id`, `duplicate criterion id "${key}"`);

  const groups = new Map(data.groups.map((g) => [g.id, g]));
  const criterionIds = new Set(criteria.map((c) => c.id));
  for (const { index, key } of duplicates(data.results, (r) => r.unit)) {
    add(`results[${index}].unit`, `"${key}" has more than one result this year`);
  }
  data.results.forEach((result, i) => {
    const at = `results[${i}]`;
    const unit = units?.get(result.unit);
    if (units && !unit) add(`${at}.unit`, `unknown unit "${result.unit}" (not in data/units.json)`);
    const group = groups.get(result.group);
    if (!group) add(`${at}.group`, `unknown group "${result.group}" (groups: ${[...groups.keys()].join(', ')})`);
    if (unit && group && unit.level !== group.level) {
      add(`${at}.group`, `unit "${unit.id}" is level "${unit.level}" but group "${group.id}" is level "${group.level}"`);
    }
    if (result.score < 0) add(`${at}.score`, `${result.score} is below 0`);
    if (result.score > result.max) add(`${at}.score`, `${result.score} is above its max ${result.max}`);
    if (result.components) {
      const entries = Object.entries(result.components);
      for (const [id, c] of entries) {
        if (!criterionIds.has(id)) add(`${at}.components.${id}`, `unknown criterion "${id}"`);
        if (c.score < 0 || c.score > c.max) add(`${at}.components.${id}.score`, `${c.score} is outside 0…${c.max}`);
      }
      const scores = sum(entries.map(([, c]) => c.score));
      const maxima = sum(entries.map(([, c]) => c.max));
      if (Math.abs(scores - result.score) > TOLERANCE) {
        add(`${at}.components`, `component scores add up to ${scores}, not to the score ${result.score}`);
      }
      if (Math.abs(maxima - result.max) > TOLERANCE) {
        add(`${at}.components`, `component maxima add up to ${maxima}, not to the max ${result.max}`);
      }
    }
  });
}

function checkNational(file: string, data: NationalFile, problems: DataProblem[], provinces?: (year: number) => number | undefined) {
  for (const { index, key } of duplicates(data.results, (r) => String(r.year))) {
    problems.push({ file, path: `results[${index}].year`, message: `year ${key} is listed twice` });
  }
  data.results.forEach((r, i) => {
    if (r.score === undefined && r.rank === undefined) {
      problems.push({ file, path: `results[${i}]`, message: 'needs a score, a rank or both' });
    }
    const of = r.of ?? provinces?.(r.year);
    if (of === undefined) {
      problems.push({ file, path: `results[${i}].of`, message: `missing, and portal.config.json's nationalRanking gives no number of provinces for ${r.year}` });
    } else if (r.rank !== undefined && r.rank > of) {
      problems.push({ file, path: `results[${i}].rank`, message: `rank ${r.rank} is beyond the ${of} ranked` });
    }
    const max = r.max ?? 100;
    if (r.score !== undefined && r.score > max) problems.push({ file, path: `results[${i}].score`, message: `${r.score} is above its max ${max}` });
  });
}

/**
 * Validates every data file against SPEC 4.1–4.3 and the cross-file rules of 4.6. Returns all
 * problems at once (an editor fixes them in one go), and the typed data when there are none.
 */
export function validateData(
  input: { units: RawFile; years: RawFile[]; national: RawFile[] },
  provinces?: (year: number) => number | undefined,
): {
  problems: DataProblem[];
  data?: ValidData;
} {
  const problems: DataProblem[] = [];
  const unitsFile = input.units.data === undefined ? undefined : parseWith<{ units: Unit[] }>(unitsFileSchema, input.units, problems);
  if (unitsFile) checkUnits(input.units.file, unitsFile.units, problems);
  const unitMap = unitsFile ? new Map(unitsFile.units.map((u) => [u.id, u])) : undefined;

  const years: ValidData['years'] = [];
  for (const raw of input.years) {
    if (raw.data === undefined) continue;
    const data = parseWith<YearFile>(yearFileSchema, raw, problems);
    if (!data) continue;
    checkYear(raw.file, data, unitMap, problems);
    years.push({ file: raw.file, data });
  }

  const national: ValidData['national'] = [];
  for (const raw of input.national) {
    if (raw.data === undefined) continue;
    const data = parseWith<NationalFile>(nationalFileSchema, raw, problems);
    if (!data) continue;
    checkNational(raw.file, data, problems, provinces);
    national.push({ file: raw.file, id: raw.file.replace(/^.*\//, '').replace(/\.json$/, ''), data });
  }

  if (problems.length > 0 || !unitsFile) return { problems };
  return { problems, data: { units: unitsFile.units, years, national } };
}

export function formatDataProblems(problems: readonly DataProblem[]): string {
  return `Data errors (nothing was published):\n${problems.map((p) => `  ${p.file}: ${p.path}: ${p.message}`).join('\n')}`;
}

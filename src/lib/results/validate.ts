import { byField, describePath, WHOLE_FILE, type EntryNames, type Problem } from '../problems/problem.ts';
import { didYouMean } from '../problems/suggest.ts';
import { parseWithProblems, type Located } from '../problems/zod.ts';
import type { JsonFile } from '../source/json-file.ts';
import { formatNumber } from '../vietnamese/numbers.ts';
import { sum } from './decimal.ts';
import { nationalFileSchema, resultSchema, unitSchema, unitsFileSchema, yearHeadSchema } from './schema.ts';
import type { NationalFile, ResultInput, Unit, YearFile } from './types.ts';

export interface ValidData {
  units: Unit[];
  years: Array<{ file: string; data: YearFile }>;
  national: Array<{ file: string; id: string; data: NationalFile }>;
}

/** The national indices the portal knows, in the order pages show them; any file may be absent. */
export const NATIONAL_INDICES = ['par-index', 'sipas', 'papi', 'pci'];

const TOLERANCE = 0.01;

const nationalYear = (entry: unknown) => {
  const year = (entry as { year?: unknown } | null)?.year;
  return typeof year === 'number' ? `năm ${year}` : undefined;
};

const UNIT_NAMES: EntryNames = { units: { noun: 'đơn vị', id: byField('id') }, formerNames: { noun: 'tên cũ' } };
const YEAR_NAMES: EntryNames = {
  results: { noun: 'kết quả', id: byField('unit') },
  tiers: { noun: 'mức xếp loại', id: byField('id') },
  groups: { noun: 'nhóm', id: byField('id') },
  criteria: { noun: 'tiêu chí', id: byField('id') },
};
const NATIONAL_NAMES: EntryNames = {
  results: { noun: 'kết quả', id: nationalYear },
  components: { noun: 'chỉ số thành phần', id: byField('id') },
};

/** `2,5` the Vietnamese way, so that an editor sees the figures as the site shows them. */
const n = (value: number) => formatNumber(value);

type Path = Array<string | number>;

function reporter(source: Located, problems: Problem[]) {
  return (path: Path, message: string) =>
    problems.push({ file: source.file, line: source.lineOf(path), field: describePath(path, source.data, source.names), message });
}

function duplicates<T>(items: readonly T[], key: (item: T) => string): Array<{ index: number; key: string; first: number }> {
  const seen = new Map<string, number>();
  const found: Array<{ index: number; key: string; first: number }> = [];
  items.forEach((item, index) => {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined) found.push({ index, key: k, first });
    else seen.set(k, index);
  });
  return found;
}

/** Each unit on its own: a mistake in one leaves the others known, so year files are still checked. */
interface KnownUnits {
  /** The valid units. */
  units: Map<string, Unit>;
  /** Every id written, valid entry or not: a unit with a mistake still exists for the year files. */
  ids: Set<string>;
}

function checkUnits(source: Located, problems: Problem[]): KnownUnits | undefined {
  const file = parseWithProblems(unitsFileSchema, source.data, source, problems);
  if (!file) return undefined;
  const at = reporter(source, problems);
  const units: Array<{ index: number; unit: Unit }> = [];
  file.units.forEach((raw, index) => {
    const unit = parseWithProblems(unitSchema, raw, source, problems, ['units', index]);
    if (unit) units.push({ index, unit });
  });
  for (const { index, key, first } of duplicates(units, (u) => u.unit.id)) {
    at(['units', units[index].index, 'id'], `mã "${key}" đã dùng cho đơn vị thứ ${units[first].index + 1}: mỗi đơn vị một mã riêng.`);
  }
  const ids = new Set(file.units.flatMap((u) => (typeof (u as { id?: unknown })?.id === 'string' ? [(u as { id: string }).id] : [])));
  for (const { index, unit } of units) {
    if (unit.mergedInto !== undefined && (!ids.has(unit.mergedInto) || unit.mergedInto === unit.id)) {
      at(['units', index, 'mergedInto'], `"${unit.mergedInto}" không phải mã của một đơn vị khác trong tệp.${didYouMean(unit.mergedInto, [...ids])}`);
    }
    if (unit.activeFrom !== undefined && unit.activeUntil !== undefined && unit.activeFrom > unit.activeUntil) {
      at(['units', index, 'activeUntil'], `năm ${unit.activeUntil} trước năm bắt đầu hoạt động ${unit.activeFrom} (activeFrom).`);
    }
  }
  return { units: new Map(units.map((u) => [u.unit.id, u.unit])), ids };
}

function checkYear(source: Located, known: KnownUnits | undefined, problems: Problem[]): YearFile | undefined {
  const at = reporter(source, problems);
  const head = parseWithProblems(yearHeadSchema, source.data, source, problems);
  const rawResults = Array.isArray((source.data as { results?: unknown })?.results) ? (source.data as { results: unknown[] }).results : [];
  // Results are checked one by one even when the head of the file has a mistake.
  const results: Array<{ index: number; result: ResultInput }> = [];
  rawResults.forEach((raw, index) => {
    const result = parseWithProblems(resultSchema, raw, source, problems, ['results', index]);
    if (result) results.push({ index, result });
  });

  for (const { index, result } of results) {
    const path = ['results', index];
    if (known && !known.ids.has(result.unit)) {
      at(
        [...path, 'unit'],
        `chưa có đơn vị "${result.unit}" trong data/units.json: thêm đơn vị vào đó, hoặc sửa mã.${didYouMean(result.unit, [...known.ids])}`,
      );
    }
    if (result.score < 0) at([...path, 'score'], `${n(result.score)} nhỏ hơn 0.`);
    if (result.score > result.max) at([...path, 'score'], `${n(result.score)} lớn hơn điểm tối đa ${n(result.max)}.`);
    if (result.components) {
      const entries = Object.entries(result.components);
      for (const [id, c] of entries) {
        if (c.score < 0 || c.score > c.max) at([...path, 'components', id, 'score'], `${n(c.score)} phải từ 0 đến ${n(c.max)}.`);
      }
      const scores = sum(entries.map(([, c]) => c.score));
      const maxima = sum(entries.map(([, c]) => c.max));
      if (Math.abs(scores - result.score) > TOLERANCE) {
        at([...path, 'components'], `điểm các tiêu chí cộng lại được ${n(scores)}, khác điểm ${n(result.score)} của đơn vị.`);
      }
      if (Math.abs(maxima - result.max) > TOLERANCE) {
        at([...path, 'components'], `điểm tối đa các tiêu chí cộng lại được ${n(maxima)}, khác điểm tối đa ${n(result.max)} của đơn vị.`);
      }
    }
  }
  for (const { index, key, first } of duplicates(results, (r) => r.result.unit)) {
    at(['results', results[index].index, 'unit'], `đơn vị "${key}" đã có kết quả thứ ${results[first].index + 1} trong năm này: mỗi đơn vị một kết quả.`);
  }
  if (!head) return undefined;

  const named = /(?:^|\/)(\d{4})\.json$/.exec(source.file)?.[1];
  if (named === undefined || Number(named) !== head.year) {
    at(
      ['year'],
      named === undefined
        ? `tệp kết quả phải đặt tên theo năm: đổi tên tệp thành data/par-index/${head.year}.json.`
        : `năm ${head.year} không khớp tên tệp ${named}.json: sửa thành "year": ${named}, hoặc nếu đây là kết quả năm ${head.year}, đổi tên tệp thành ${head.year}.json.`,
    );
  }
  head.tiers.forEach((tier, i) => {
    if (i > 0 && tier.min >= head.tiers[i - 1].min) {
      at(['tiers', i, 'min'], `${n(tier.min)} phải nhỏ hơn mức trên (${n(head.tiers[i - 1].min)}): các mức xếp loại viết từ cao xuống thấp.`);
    }
  });
  const last = head.tiers.length - 1;
  if (head.tiers[last].min !== 0) at(['tiers', last, 'min'], `mức thấp nhất phải bắt đầu từ 0, không phải ${n(head.tiers[last].min)}.`);
  for (const { index, key } of duplicates(head.tiers, (t) => t.id)) at(['tiers', index, 'id'], `mã "${key}" bị trùng: mỗi mức một mã.`);
  for (const { index, key } of duplicates(head.groups, (g) => g.id)) at(['groups', index, 'id'], `mã "${key}" bị trùng: mỗi nhóm một mã.`);
  const criteria = head.criteria ?? [];
  for (const { index, key } of duplicates(criteria, (c) => c.id)) at(['criteria', index, 'id'], `mã "${key}" bị trùng: mỗi tiêu chí một mã.`);

  const groups = new Map(head.groups.map((g) => [g.id, g]));
  const criterionIds = new Set(criteria.map((c) => c.id));
  for (const { index, result } of results) {
    const path = ['results', index];
    const group = groups.get(result.group);
    const unit = known?.units.get(result.unit);
    if (!group)
      at(
        [...path, 'group'],
        `chưa có nhóm "${result.group}" trong "groups" của năm này.${didYouMean(result.group, [...groups.keys()])} Các nhóm: ${[...groups.keys()].join(', ')}.`,
      );
    else if (unit && unit.level !== group.level) {
      at(
        [...path, 'group'],
        `đơn vị "${unit.id}" thuộc cấp "${unit.level}" nhưng nhóm "${group.id}" là cấp "${group.level}": xếp đơn vị vào một nhóm cùng cấp.`,
      );
    }
    for (const id of Object.keys(result.components ?? {})) {
      if (!criterionIds.has(id)) {
        at([...path, 'components', id], `chưa có tiêu chí "${id}" trong "criteria" của năm này.${didYouMean(id, [...criterionIds])}`);
      }
    }
  }
  return { ...head, results: results.map((r) => r.result) };
}

function checkNational(source: Located, problems: Problem[], provinces?: (year: number) => number | undefined): NationalFile | undefined {
  const at = reporter(source, problems);
  const data = parseWithProblems(nationalFileSchema, source.data, source, problems);
  if (!data) return undefined;
  for (const { index, key } of duplicates(data.results, (r) => String(r.year)))
    at(['results', index, 'year'], `năm ${key} đã có ở một kết quả khác: mỗi năm một dòng.`);
  data.results.forEach((r, i) => {
    if (r.score === undefined && r.rank === undefined) at(['results', i], 'cần có điểm (score), thứ hạng (rank) hoặc cả hai.');
    const of = r.of ?? provinces?.(r.year);
    // Without a readable config the number is unknown, not missing: that is the config's problem.
    if (of === undefined && provinces) {
      at(['results', i, 'of'], `chưa biết năm ${r.year} xếp hạng bao nhiêu tỉnh: ghi "of" ở đây, hoặc thêm năm vào nationalRanking trong portal.config.json.`);
    } else if (of !== undefined && r.rank !== undefined && r.rank > of) {
      at(['results', i, 'rank'], `hạng ${r.rank} vượt quá số tỉnh được xếp hạng (${of}).`);
    }
    const max = r.max ?? 100;
    if (r.score !== undefined && r.score > max) at(['results', i, 'score'], `${n(r.score)} lớn hơn điểm tối đa ${n(max)}.`);
  });
  return data;
}

const located = (file: JsonFile, names: EntryNames): Located => ({ ...file, names });

/**
 * Validates every data file against SPEC 4.1–4.3 and the rules of 4.6 between them. Returns
 * every problem at once (one never hides another), and the typed data when there are none.
 * `units` is undefined for a portal with no results yet.
 */
export function validateData(
  input: { units: JsonFile | undefined; years: JsonFile[]; national: JsonFile[] },
  provinces?: (year: number) => number | undefined,
): { problems: Problem[]; data?: ValidData } {
  const problems: Problem[] = [];
  // A units.json that cannot be read leaves units unknown: "unknown unit" is then not reported.
  const units: KnownUnits | undefined =
    input.units === undefined
      ? { units: new Map(), ids: new Set() }
      : input.units.data === undefined
        ? undefined
        : checkUnits(located(input.units, UNIT_NAMES), problems);

  const years: ValidData['years'] = [];
  for (const file of input.years) {
    if (file.data === undefined) continue;
    const data = checkYear(located(file, YEAR_NAMES), units, problems);
    if (data) years.push({ file: file.file, data });
  }
  const national: ValidData['national'] = [];
  for (const file of input.national) {
    const id = file.file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (!NATIONAL_INDICES.includes(id)) {
      problems.push({
        file: file.file,
        line: 1,
        field: WHOLE_FILE,
        message: `không biết chỉ số "${id}": tệp trong data/national/ phải tên là ${NATIONAL_INDICES.map((i) => `${i}.json`).join(', ')}.${didYouMean(id, NATIONAL_INDICES)}`,
      });
      continue;
    }
    if (file.data === undefined) continue;
    const data = checkNational(located(file, NATIONAL_NAMES), problems, provinces);
    if (data) national.push({ file: file.file, id, data });
  }
  if (problems.length > 0 || !units) return { problems };
  return { problems, data: { units: [...units.units.values()], years, national } };
}

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../content.paths.ts';
import { formatProblem, type Problem } from '../lib/problems/problem.ts';
import { unitSchema, unitsFileSchema, yearHeadSchema } from '../lib/results/schema.ts';
import type { Unit } from '../lib/results/types.ts';
import { latestYearFile, type LatestYear } from '../lib/scaffold/year.ts';
import type { YearBase, YearResult } from '../lib/spreadsheet/import-year.ts';
import { projectFiles } from './read-files.ts';

/**
 * What the year commands (`npm run new -- year`, `npm run import -- year`) read before they
 * write: the units, the latest earlier year (its tiers, groups, criteria and maxima carry over)
 * and this year's file if there is one. A file they cannot read is a refusal in Vietnamese that
 * points to `npm run check`, never a stack trace.
 */
export const PAR_INDEX_DIR = `${DATA_DIR}/par-index`;
export const UNITS_FILE = `${DATA_DIR}/units.json`;
export const yearFilePath = (year: number) => `${PAR_INDEX_DIR}/${year}.json`;

export interface YearSource {
  units: Unit[];
  /** The latest year before this one that has a file. */
  latest?: LatestYear;
  /** This year's file, when it exists: its results may still hold nulls. */
  existing?: YearBase;
}

export class YearSourceRefusal extends Error {}

const refuse = (message: string): never => {
  throw new YearSourceRefusal(message);
};

export function readYearSource(root: string, year: number): YearSource {
  const files = projectFiles(root);
  const readJson = (file: string) => {
    const problems: Problem[] = [];
    const json = files.json(file, problems);
    if (problems.length > 0)
      refuse(`Chưa đọc được tệp ${file}:\n  ${problems.map(formatProblem).join('\n  ')}\nSửa tệp (chạy npm run check để xem mọi lỗi), rồi chạy lại lệnh.`);
    return json.data;
  };

  if (!files.exists(UNITS_FILE)) refuse(`Chưa có tệp ${UNITS_FILE}: thêm danh sách các cơ quan, đơn vị được đánh giá trước, rồi chạy lại lệnh.`);
  const unitsData = unitsFileSchema.safeParse(readJson(UNITS_FILE));
  const units = unitsData.success ? unitsData.data.units.map((u) => unitSchema.safeParse(u)) : [];
  if (!unitsData.success || units.some((u) => !u.success)) refuse(`Tệp ${UNITS_FILE} đang có lỗi: chạy npm run check, sửa, rồi chạy lại lệnh.`);

  const head = (file: string, why: string) => {
    const raw = readJson(file);
    const parsed = yearHeadSchema.safeParse(raw);
    if (!parsed.success) refuse(`Tệp ${file} (${why}) đang có lỗi: chạy npm run check, sửa, rồi chạy lại lệnh.`);
    // The fields in the file's own order (the schema's output has its own): a file written back keeps its layout.
    return { ...(raw as object), ...parsed.data! };
  };

  const names = files.exists(PAR_INDEX_DIR) ? readdirSync(join(root, PAR_INDEX_DIR)).map((name) => `${PAR_INDEX_DIR}/${name}`) : [];
  const earlier = latestYearFile(names.filter((name) => Number(/(\d{4})\.json$/.exec(name)?.[1]) < year));
  let latest: LatestYear | undefined;
  if (earlier !== undefined) {
    const data = head(yearFilePath(earlier), 'năm gần nhất, để chép các mức xếp loại, nhóm, tiêu chí');
    latest = {
      year: data.year,
      regulation: data.regulation,
      tiers: data.tiers,
      groups: data.groups,
      criteria: data.criteria,
      results: data.results.flatMap(resultOf),
    };
  }

  const own = yearFilePath(year);
  let existing: YearBase | undefined;
  if (files.exists(own)) {
    const data = head(own, `kết quả năm ${year}`);
    const results = data.results.flatMap(resultOf);
    if (results.length !== data.results.length) refuse(`Tệp ${own} có kết quả thiếu "unit" hoặc "group": chạy npm run check, sửa, rồi chạy lại lệnh.`);
    existing = { ...data, results } as YearBase;
  }
  return { units: units.flatMap((u) => (u.success ? [u.data as Unit] : [])), latest, existing };
}

/** A result as the year commands carry it: unit, group, score (null while blank), max, criteria points. */
function resultOf(entry: unknown): YearResult[] {
  const o = entry as { unit?: unknown; group?: unknown; score?: unknown; max?: unknown; components?: unknown } | null;
  if (!o || typeof o.unit !== 'string' || typeof o.group !== 'string') return [];
  const result: YearResult = {
    unit: o.unit,
    group: o.group,
    score: typeof o.score === 'number' ? o.score : null,
    max: typeof o.max === 'number' && o.max > 0 ? o.max : 100,
  };
  if (o.components && typeof o.components === 'object') result.components = o.components as YearResult['components'];
  return [result];
}

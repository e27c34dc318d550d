import ExcelJS from 'exceljs';
import { sum } from '../results/decimal.ts';
import type { Criterion, Group } from '../results/types.ts';
import { WORKBOOK_TIME, withFixedTimes } from './fixed-zip.ts';

/**
 * The workbook an office fills in with a year's scores (SPEC 11, `npm run new -- year --xlsx`):
 * one sheet per group, one row per unit, its id and name locked; for a group scored by criteria
 * a column per criterion and a total computed by a formula, else a score and a maximum column.
 * `npm run import -- year` reads it back (import-year.ts), through the same layout below.
 */

/** Rows of a template sheet (1-based, as Excel numbers them). */
export const TEMPLATE_ROWS = { title: 1, help: 2, header: 3, maxima: 4, firstUnit: 5 } as const;

export const TEMPLATE_HEADERS = {
  id: 'Mã đơn vị',
  name: 'Tên cơ quan, đơn vị',
  total: 'Tổng điểm',
  score: 'Điểm',
  max: 'Điểm tối đa',
} as const;

/** A unit's row: its points so far (null while not scored), as the year file holds them. */
export interface TemplateResult {
  unit: string;
  name: string;
  group: string;
  score: number | null;
  max: number;
  components?: Record<string, { score: number; max: number }>;
}

export interface TemplateInput {
  year: number;
  groups: readonly Group[];
  criteria: readonly Criterion[];
  results: readonly TemplateResult[];
  /**
   * Where this year's results carry no criteria points yet: the latest year's, by unit, to take
   * each group's criteria and their maxima from (a new year keeps last year's scoring grid).
   */
  previous?: ReadonlyArray<{ group: string; components?: Record<string, { score: number; max: number }> }>;
}

/** A criterion column of a group's sheet, with the group's maximum for it when known. */
export interface CriterionColumn {
  criterion: Criterion;
  max?: number;
}

/** The sheet names of the groups: the label as far as Excel allows (31 characters, no []:*?/\), each distinct. */
export function sheetNames(groups: readonly Group[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const group of groups) {
    const base =
      group.label
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 31)
        .trim() || group.id.slice(0, 31);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length).trim()} (${n})`;
    used.add(name.toLowerCase());
    names.set(group.id, name);
  }
  return names;
}

/**
 * A group's criterion columns: the criteria its units were scored on (this year's points, else
 * the latest year's), in the year's order, each with the maximum its units share. None when this
 * year scores other groups by criteria but not this one. A group whose units carry no criteria
 * points in either year gets every criterion of the year, maxima unknown.
 * A criterion whose maximum differs between units of one group is returned in `conflicts`: one
 * column cannot hold two maxima.
 */
export function criterionColumns(input: TemplateInput, group: string): { columns: CriterionColumn[]; conflicts: string[] } {
  const own = input.results.filter((r) => r.group === group && r.components);
  // Other groups scored by criteria this year, this one not: it is scored by total alone.
  if (own.length === 0 && input.results.some((r) => r.components)) return { columns: [], conflicts: [] };
  const source = own.length > 0 ? own : (input.previous ?? []).filter((r) => r.group === group && r.components);
  const maxima = new Map<string, Set<number>>();
  for (const r of source) for (const [id, points] of Object.entries(r.components ?? {})) maxima.set(id, (maxima.get(id) ?? new Set()).add(points.max));
  const criteria = source.length > 0 ? input.criteria.filter((c) => maxima.has(c.id)) : input.criteria;
  const conflicts = criteria.filter((c) => (maxima.get(c.id)?.size ?? 0) > 1).map((c) => c.id);
  return { columns: criteria.map((criterion) => ({ criterion, max: onlyValue(maxima.get(criterion.id)) })), conflicts };
}

const onlyValue = (values: Set<number> | undefined) => (values?.size === 1 ? [...values][0] : undefined);

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF4C2' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E8EF' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9AA5B1' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** An editable cell: unlocked in the protected sheet and shaded, so that the office sees where to type. */
function editable(cell: ExcelJS.Cell, value: ExcelJS.CellValue) {
  cell.value = value;
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
}

/**
 * A validation over a range, its references relative to the range's first cell as Excel reads
 * them. Set by range, not cell by cell: exceljs merges per-cell rules into overlapping ranges
 * (it sorts C10 before C5), which Excel reports as a damaged file. The method is untyped.
 */
function validate(sheet: ExcelJS.Worksheet, range: string, validation: ExcelJS.DataValidation) {
  (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(range, validation);
}

const POSITIVE: ExcelJS.DataValidation = {
  type: 'decimal',
  operator: 'greaterThan',
  allowBlank: true,
  formulae: [0],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Điểm tối đa không hợp lệ',
  error: 'Điểm tối đa phải là một số lớn hơn 0.',
};

const between = (max: string, what: string): ExcelJS.DataValidation => ({
  type: 'decimal',
  operator: 'between',
  allowBlank: true,
  formulae: [0, max],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Điểm không hợp lệ',
  error: `${what} phải là một số từ 0 đến điểm tối đa.`,
});

/**
 * The template workbook, or the criteria whose maxima differ within a group (then no workbook:
 * the year file holds points a template cannot show, and the office keeps editing the JSON).
 */
export async function yearTemplate(input: TemplateInput): Promise<{ xlsx?: Uint8Array<ArrayBuffer>; conflicts: string[] }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = '';
  workbook.created = workbook.modified = WORKBOOK_TIME;
  const names = sheetNames(input.groups);
  const conflicts: string[] = [];

  for (const group of input.groups) {
    const rows = input.results.filter((r) => r.group === group.id);
    if (rows.length === 0) continue;
    const grid = criterionColumns(input, group.id);
    conflicts.push(...grid.conflicts.map((c) => `${group.label}: ${c}`));
    const columns = grid.columns;
    const byCriteria = columns.length > 0;
    const sheet = workbook.addWorksheet(names.get(group.id)!, {
      views: [{ state: 'frozen', xSplit: 2, ySplit: TEMPLATE_ROWS.maxima }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    const last = 2 + (byCriteria ? columns.length + 1 : 2);
    const letter = (column: number) => sheet.getColumn(column).letter;
    const firstPoints = letter(3);
    const lastPoints = letter(last - 1);

    sheet.getCell(TEMPLATE_ROWS.title, 1).value = `Kết quả Chỉ số cải cách hành chính năm ${input.year}: ${group.label}`;
    sheet.getCell(TEMPLATE_ROWS.title, 1).font = { bold: true, size: 13 };
    sheet.getCell(TEMPLATE_ROWS.help, 1).value = byCriteria
      ? 'Điền điểm từng lĩnh vực vào các ô nền vàng; dòng 4 là điểm tối đa của lĩnh vực. Cột Tổng điểm tự cộng. Không sửa mã và tên đơn vị.'
      : 'Điền điểm và điểm tối đa vào các ô nền vàng. Không sửa mã và tên đơn vị.';
    sheet.getCell(TEMPLATE_ROWS.help, 1).font = { italic: true };

    const headers = [
      TEMPLATE_HEADERS.id,
      TEMPLATE_HEADERS.name,
      ...(byCriteria ? [...columns.map((c) => c.criterion.label), TEMPLATE_HEADERS.total] : [TEMPLATE_HEADERS.score, TEMPLATE_HEADERS.max]),
    ];
    const header = sheet.getRow(TEMPLATE_ROWS.header);
    header.values = headers;
    header.height = 48;
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle' };
      cell.fill = HEADER_FILL;
      cell.border = BORDER;
    });

    // The maxima row: each criterion's maximum, editable (a new regulation changes them), and the
    // group's total maximum as their sum. A group scored by total alone has a maximum per unit.
    const maxima = sheet.getRow(TEMPLATE_ROWS.maxima);
    maxima.getCell(2).value = TEMPLATE_HEADERS.max;
    maxima.getCell(2).font = { bold: true };
    if (byCriteria) {
      columns.forEach((c, i) => editable(maxima.getCell(3 + i), c.max ?? null));
      validate(sheet, `${firstPoints}${TEMPLATE_ROWS.maxima}:${lastPoints}${TEMPLATE_ROWS.maxima}`, POSITIVE);
      maxima.getCell(last).value = {
        formula: `SUM(${firstPoints}${TEMPLATE_ROWS.maxima}:${lastPoints}${TEMPLATE_ROWS.maxima})`,
        result: sumOf(columns.map((c) => c.max)),
      };
    }
    maxima.eachCell((cell) => (cell.border = BORDER));

    rows.forEach((result, i) => {
      const n = TEMPLATE_ROWS.firstUnit + i;
      const row = sheet.getRow(n);
      row.getCell(1).value = result.unit;
      row.getCell(2).value = result.name;
      if (byCriteria) {
        columns.forEach((c, j) => editable(row.getCell(3 + j), result.components?.[c.criterion.id]?.score ?? null));
        const total = row.getCell(last);
        if (result.components || result.score === null) {
          const range = `${firstPoints}${n}:${lastPoints}${n}`;
          total.value = { formula: `IF(COUNT(${range})=0,"",SUM(${range}))`, result: result.score ?? '' };
        } else {
          // Scored by total alone this year (no criteria points): the total is typed, not summed.
          editable(total, result.score);
          validate(sheet, total.address, between(`${letter(last)}$${TEMPLATE_ROWS.maxima}`, 'Tổng điểm'));
        }
      } else {
        editable(row.getCell(3), result.score);
        editable(row.getCell(4), result.max);
      }
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (col <= last) cell.border = BORDER;
      });
    });

    const firstUnit = TEMPLATE_ROWS.firstUnit;
    const lastUnit = firstUnit + rows.length - 1;
    if (byCriteria)
      columns.forEach((c, j) =>
        validate(sheet, `${letter(3 + j)}${firstUnit}:${letter(3 + j)}${lastUnit}`, between(`${letter(3 + j)}$${TEMPLATE_ROWS.maxima}`, c.criterion.label)),
      );
    else {
      // Relative to the range's first row: each score within its own row's maximum.
      validate(sheet, `C${firstUnit}:C${lastUnit}`, between(`D${firstUnit}`, 'Điểm'));
      validate(sheet, `D${firstUnit}:D${lastUnit}`, POSITIVE);
    }

    sheet.getColumn(1).width = 24;
    sheet.getColumn(2).width = 40;
    for (let col = 3; col <= last; col++) sheet.getColumn(col).width = byCriteria ? 14 : 12;
    // Locked cells (ids, names, totals) stay selectable and copyable; no password, so that an
    // office that must add a unit can lift the protection from Excel's menu.
    await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  if (conflicts.length > 0) return { conflicts };
  return { xlsx: await withFixedTimes(await workbook.xlsx.writeBuffer()), conflicts };
}

function sumOf(values: ReadonlyArray<number | undefined>): number | string {
  return values.some((v) => v === undefined) ? '' : sum(values as number[]);
}

import { difference, sum } from '../results/decimal.ts';
import { nameInYear } from '../results/compute.ts';
import type { Criterion, Group, Unit } from '../results/types.ts';
import { formatNumber } from '../vietnamese/numbers.ts';
import { cellNumber } from './cell-number.ts';
import { cellAddress, columnLetter, type Sheet, type SheetCell } from './read-workbook.ts';
import { isMaximaLabel, isTotalsLabel, sheetLayout, type SheetColumn, type SheetLayout } from './sheet-layout.ts';
import { unitNameMatcher } from './unit-names.ts';
import { sheetNames } from './year-template.ts';

/**
 * A year's scores read from a workbook (SPEC 11, `npm run import -- year`): the project's own
 * template or a sheet an office made itself. Pure: the sheets come in read, the year file goes
 * out as an object, with every problem found (all of them, not the first) and notes for the
 * editor. Nothing is written by this module.
 */

type Points = { score: number; max: number };

/** One result of the year file, as it is written. */
export interface YearResult {
  unit: string;
  group: string;
  score: number | null;
  max: number;
  components?: Record<string, Points>;
}

/** The year file the scores go into: this year's file if it exists, else a new one (scaffold/year.ts). */
export interface YearBase {
  year: number;
  groups: Group[];
  criteria?: Criterion[];
  results: YearResult[];
  [field: string]: unknown;
}

export interface ImportInput {
  /** The workbook's name as the editor gave it, for messages. */
  file: string;
  sheets: readonly Sheet[];
  units: readonly Unit[];
  base: YearBase;
  /** The latest year's results: each criterion's maximum for a unit when the sheet gives none. */
  previous?: ReadonlyArray<{ unit: string; components?: Record<string, Points> }>;
}

export interface ImportOutcome {
  /** The year file to write; undefined when there is any problem. */
  year?: YearBase;
  problems: string[];
  /** What the editor should know but need not fix: units with no score yet, rows left out. */
  notes: string[];
}

const text = (cell: SheetCell | undefined) => (cell === undefined ? '' : String(cell.value).trim());
const shown = (value: number) => formatNumber(value, 10);
/** Points within this of each other are the same score (SPEC 4.2: components add up within 0.01). */
const TOLERANCE = 0.01;

export function importYear(input: ImportInput): ImportOutcome {
  const problems: string[] = [];
  const notes: string[] = [];
  const { base } = input;
  const criteria = base.criteria ?? [];
  const match = unitNameMatcher(input.units);
  const unitsById = new Map(input.units.map((u) => [u.id, u]));
  const baseResults = new Map(base.results.map((r) => [r.unit, r]));
  const previous = new Map((input.previous ?? []).map((r) => [r.unit, r]));
  const levelOf = new Map(base.groups.map((g) => [g.id, g.level]));
  const groupBySheet = new Map([...sheetNames(base.groups)].map(([id, name]) => [name.toLowerCase(), id]));
  const scored = new Map<string, YearResult>();
  const seenAt = new Map<string, string>();
  const unknownMaxima = new Set<string>();
  const where = (sheet: Sheet, row?: number, column?: number, about?: string) =>
    `${input.file}, trang "${sheet.name}"${row !== undefined && column !== undefined ? `, ô ${cellAddress(row, column)}` : ''}${about ? ` (${about})` : ''}`;

  let readable = 0;
  for (const sheet of input.sheets) {
    const layout = sheetLayout(sheet, criteria);
    if (!layout) {
      if (sheet.rows.some((row) => row?.some((cell) => text(cell) !== '')))
        notes.push(`${where(sheet)}: không có cột tên hay mã đơn vị, trang này được bỏ qua.`);
      continue;
    }
    readable++;
    const sheetProblems = checkColumns(input, sheet, layout, where);
    problems.push(...sheetProblems);
    if (sheetProblems.length > 0) continue;
    readRows(sheet, layout);
  }
  if (readable === 0)
    problems.push(
      `${input.file}: không thấy bảng điểm nào: cần một dòng tiêu đề có cột "Tên cơ quan, đơn vị" (hoặc "Đơn vị", "Mã đơn vị") trong 20 dòng đầu của trang.`,
    );

  function readRows(sheet: Sheet, layout: SheetLayout) {
    const idColumn = layout.columns.find((c) => c.kind.role === 'id');
    const nameColumn = layout.columns.find((c) => c.kind.role === 'name');
    const totalColumn = layout.columns.find((c) => c.kind.role === 'total');
    const maxColumn = layout.columns.find((c) => c.kind.role === 'max');
    const criterionColumns = layout.columns.filter((c) => c.kind.role === 'criterion');
    const pointColumns = [...criterionColumns, ...(totalColumn ? [totalColumn] : []), ...(maxColumn ? [maxColumn] : [])];
    const sheetGroup = groupBySheet.get(sheet.name.toLowerCase());
    const rows = sheet.rows.map((row, r) => ({ row: row ?? [], r })).slice(layout.firstDataRow);

    // A criterion no unit of this sheet was scored on (its column left empty) is not one of theirs.
    const used = criterionColumns.filter((c) => rows.some(({ row }) => cellNumber(row[c.index]).kind !== 'blank' && !isTotalsLabel(rowLabel(row))));
    let totalsRows = 0;

    function rowLabel(row: Array<SheetCell | undefined>) {
      return text(row[(nameColumn ?? idColumn)!.index]);
    }

    for (const { row, r } of rows) {
      const label = rowLabel(row);
      const id = idColumn ? text(row[idColumn.index]) : '';
      const hasPoints = pointColumns.some((c) => cellNumber(row[c.index]).kind !== 'blank');
      if (label === '' && id === '') {
        if (hasPoints) problems.push(`${where(sheet, r, (nameColumn ?? idColumn)!.index)}: dòng có điểm nhưng không có tên đơn vị.`);
        continue;
      }
      if (!/\p{L}/u.test(label) && id === '') continue; // a row numbering the columns: (1) (2) (3)
      if (isTotalsLabel(label) || isMaximaLabel(label)) {
        totalsRows++;
        continue;
      }

      const unit = id !== '' && unitsById.has(id) ? unitsById.get(id) : undefined;
      const found = unit ? { unit, nearest: [] } : match(label);
      const at = (nameColumn ?? idColumn)!.index;
      if (!found.unit) {
        // A heading row between groups ("I. Sở, ban, ngành") has a name but no points.
        if (!hasPoints) continue;
        const nearest = found.nearest.length > 0 ? ` Gần giống: ${found.nearest.join('; ')}.` : '';
        problems.push(
          `${where(sheet, r, at)}: "${label || id}" không khớp đơn vị nào trong data/units.json (kể cả tên cũ).${nearest} Sửa tên trong bảng cho đúng, hoặc thêm tên này vào "formerNames" của đơn vị trong data/units.json.`,
        );
        continue;
      }
      const u = found.unit;
      const name = nameInYear(u, base.year);
      const before = seenAt.get(u.id);
      if (before) {
        problems.push(`${where(sheet, r, at, name)}: đơn vị này đã có ở ${before}; mỗi đơn vị chỉ một dòng.`);
        continue;
      }
      seenAt.set(u.id, `trang "${sheet.name}", dòng ${r + 1}`);
      const baseResult = baseResults.get(u.id);
      if (!baseResult) {
        problems.push(
          `${where(sheet, r, at, name)}: đơn vị không được đánh giá năm ${base.year} theo data/units.json (đã sáp nhập, giải thể hoặc chưa thành lập). Xóa dòng này, hoặc sửa activeFrom, activeUntil, mergedInto của đơn vị.`,
        );
        continue;
      }
      // A sheet named as a group holds that group's units; a unit of another level keeps its own.
      const group = sheetGroup && levelOf.get(sheetGroup) === u.level ? sheetGroup : baseResult.group;
      const result = readUnit(sheet, layout, row, r, u, name, baseResult, used, totalColumn, maxColumn);
      if (result) scored.set(u.id, { unit: u.id, group, ...result });
    }
    if (totalsRows > 0) notes.push(`${where(sheet)}: bỏ qua ${totalsRows} dòng tổng cộng, trung bình hoặc điểm tối đa.`);
  }

  function readUnit(
    sheet: Sheet,
    layout: SheetLayout,
    row: Array<SheetCell | undefined>,
    r: number,
    unit: Unit,
    name: string,
    baseResult: YearResult,
    used: SheetColumn[],
    totalColumn: SheetColumn | undefined,
    maxColumn: SheetColumn | undefined,
  ): Omit<YearResult, 'unit' | 'group'> | undefined {
    const before = problems.length;
    const components: Record<string, Points> = {};
    const blanks: SheetColumn[] = [];
    for (const column of used) {
      if (column.kind.role !== 'criterion') continue;
      const criterion = column.kind.criterion;
      const about = `${name}, ${criterion.label}`;
      const value = cellNumber(row[column.index]);
      if (value.kind === 'blank') {
        blanks.push(column);
        continue;
      }
      if (value.kind === 'text') {
        problems.push(`${where(sheet, r, column.index, about)}: "${value.text}" không phải là một số; viết điểm như 14,5 hoặc 14.5.`);
        continue;
      }
      const max = criterionMax(sheet, layout, column) ?? baseResult.components?.[criterion.id]?.max ?? previous.get(unit.id)?.components?.[criterion.id]?.max;
      if (max === undefined) {
        const key = `${sheet.name}\u0000${column.index}`;
        if (!unknownMaxima.has(key))
          problems.push(
            layout.maximaRow !== undefined
              ? `${where(sheet, layout.maximaRow, column.index, criterion.label)}: chưa có điểm tối đa của lĩnh vực này: điền vào ô này, ở dòng "Điểm tối đa".`
              : `${where(sheet, column.headerRow, column.index, criterion.label)}: không biết điểm tối đa của lĩnh vực này: ghi "(tối đa 14,5)" sau tên cột, hoặc thêm một dòng "Điểm tối đa" ngay dưới dòng tiêu đề.`,
          );
        unknownMaxima.add(key);
        continue;
      }
      if (value.value < 0) problems.push(`${where(sheet, r, column.index, about)}: ${shown(value.value)} nhỏ hơn 0.`);
      else if (value.value > max) problems.push(`${where(sheet, r, column.index, about)}: ${shown(value.value)} lớn hơn điểm tối đa ${shown(max)}.`);
      components[criterion.id] = { score: value.value, max };
    }
    const scoredCriteria = Object.keys(components).length;
    if (scoredCriteria > 0)
      for (const column of blanks)
        problems.push(
          `${where(sheet, r, column.index, `${name}, ${column.kind.role === 'criterion' ? column.kind.criterion.label : column.label}`)}: chưa có điểm, trong khi các lĩnh vực khác của đơn vị đã có; điền điểm (0 nếu đơn vị không đạt điểm nào).`,
        );

    const totalCell = totalColumn ? row[totalColumn.index] : undefined;
    const total = cellNumber(totalCell);
    let score: number | null = null;
    let max = baseResult.max;
    if (total.kind === 'text') problems.push(`${where(sheet, r, totalColumn!.index, `${name}, ${totalColumn!.label}`)}: "${total.text}" không phải là một số.`);
    if (scoredCriteria > 0) {
      score = sum(Object.values(components).map((p) => p.score));
      max = sum(Object.values(components).map((p) => p.max));
      // A total typed by hand must agree with its criteria; a formula's is recomputed anyway.
      if (total.kind === 'number' && !totalCell?.formula && Math.abs(difference(total.value, score)) > TOLERANCE)
        problems.push(
          `${where(sheet, r, totalColumn!.index, `${name}, ${totalColumn!.label}`)}: tổng ${shown(total.value)} khác tổng điểm các lĩnh vực trên dòng (${shown(score)}); sửa tổng hoặc điểm lĩnh vực.`,
        );
    } else if (total.kind === 'number') {
      score = total.value;
    }
    if (scoredCriteria === 0 && maxColumn) {
      const typed = cellNumber(row[maxColumn.index]);
      if (typed.kind === 'number' && typed.value > 0) max = typed.value;
      else if (typed.kind !== 'blank' || score !== null)
        problems.push(`${where(sheet, r, maxColumn.index, `${name}, ${maxColumn.label}`)}: điểm tối đa phải là một số lớn hơn 0.`);
    }
    if (score !== null && scoredCriteria === 0 && totalColumn) {
      if (score < 0) problems.push(`${where(sheet, r, totalColumn.index, `${name}, ${totalColumn.label}`)}: ${shown(score)} nhỏ hơn 0.`);
      else if (score > max)
        problems.push(`${where(sheet, r, totalColumn.index, `${name}, ${totalColumn.label}`)}: ${shown(score)} lớn hơn điểm tối đa ${shown(max)}.`);
    }
    if (problems.length > before) return undefined;
    return scoredCriteria > 0 ? { score, max, components } : { score, max };
  }

  function criterionMax(sheet: Sheet, layout: SheetLayout, column: SheetColumn): number | undefined {
    if (layout.maximaRow !== undefined) {
      const value = cellNumber(sheet.rows[layout.maximaRow]?.[column.index]);
      if (value.kind === 'number' && value.value > 0) return value.value;
    }
    return column.kind.role === 'criterion' ? column.kind.max : undefined;
  }

  function checkColumns(input: ImportInput, sheet: Sheet, layout: SheetLayout, at: typeof where): string[] {
    const found: string[] = [];
    const byRole = (role: string) => layout.columns.filter((c) => c.kind.role === role);
    const rows = sheet.rows.slice(layout.firstDataRow);
    const holdsNumbers = (column: SheetColumn) => rows.some((row) => cellNumber(row?.[column.index]).kind === 'number');
    const criteriaList = criteria.map((c) => `"${c.label}"`).join(', ');
    for (const column of byRole('unknown')) {
      if (!holdsNumbers(column)) continue;
      found.push(
        `${at(sheet, column.headerRow, column.index)}: không biết cột "${column.label}" là gì. ${criteria.length > 0 ? `Đặt tên cột theo một lĩnh vực của năm ${input.base.year} (${criteriaList}), hoặc "Tổng điểm", "Điểm tối đa"` : `Đặt tên cột là "Tổng điểm" hoặc "Điểm tối đa"`}; cột không cần nhập thì xóa đi.`,
      );
    }
    for (const role of ['id', 'name', 'total', 'max']) {
      const columns = byRole(role);
      if (columns.length > 1 && !(role === 'name' && columns.every((c) => c.label === columns[0]!.label)))
        found.push(
          `${at(sheet, columns[1]!.headerRow, columns[1]!.index)}: cột "${columns[1]!.label}" trùng vai trò với cột ${columnLetter(columns[0]!.index)} "${columns[0]!.label}"; giữ một cột.`,
        );
    }
    const seen = new Map<string, SheetColumn>();
    for (const column of byRole('criterion')) {
      if (column.kind.role !== 'criterion') continue;
      const other = seen.get(column.kind.criterion.id);
      if (other)
        found.push(
          `${at(sheet, column.headerRow, column.index)}: cột "${column.label}" và cột ${columnLetter(other.index)} "${other.label}" cùng là lĩnh vực "${column.kind.criterion.label}"; giữ một cột.`,
        );
      seen.set(column.kind.criterion.id, column);
    }
    if (byRole('criterion').length === 0 && byRole('total').length === 0)
      found.push(`${at(sheet)}: không thấy cột điểm: cần cột "Tổng điểm" (hoặc "Điểm"), hoặc các cột lĩnh vực mang tên lĩnh vực của năm ${input.base.year}.`);
    return found;
  }

  if (problems.length > 0) return { problems, notes };

  const results: YearResult[] = base.results.map((r) => scored.get(r.unit) ?? r);
  const unscored = results.filter((r) => r.score === null).map((r) => nameOf(r.unit));
  const kept = base.results.filter((r) => r.score !== null && !scored.has(r.unit)).map((r) => nameOf(r.unit));
  if (kept.length > 0) notes.push(`${kept.length} đơn vị không có trong bảng, giữ điểm đã có trong tệp năm ${base.year}: ${kept.join('; ')}.`);
  if (unscored.length > 0)
    notes.push(`${unscored.length} đơn vị chưa có điểm ("score": null; npm run check sẽ báo cho đến khi điền hoặc xóa kết quả đó): ${unscored.join('; ')}.`);
  return { year: { ...base, results }, problems, notes };

  function nameOf(id: string) {
    const unit = unitsById.get(id);
    return unit ? nameInYear(unit, base.year) : id;
  }
}

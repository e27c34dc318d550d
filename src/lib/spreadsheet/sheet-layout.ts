import type { Criterion } from '../results/types.ts';
import { slugify } from '../vietnamese/text.ts';
import { cellNumber } from './cell-number.ts';
import type { Sheet, SheetCell } from './read-workbook.ts';

/**
 * Where things are in a sheet of scores an office made (SPEC 11): the header row under any title
 * rows, a second header row under merged group headings, a row of maxima, and what each column
 * holds: the unit's id or name, a criterion (matched by its label), the total, the maximum, or
 * something the import leaves alone (STT, rank, tier, index, notes).
 */

/** A header's words without marks, case or punctuation: "Tổng điểm (tối đa 100)" → "tong diem toi da 100". */
export const labelKey = (text: string) => slugify(text).replace(/-/g, ' ');

export type ColumnRole =
  | { role: 'id' }
  | { role: 'name' }
  | { role: 'total' }
  | { role: 'max' }
  | { role: 'criterion'; criterion: Criterion; max?: number }
  | { role: 'ignored' }
  | { role: 'unknown' };

export interface SheetColumn {
  /** 0-based. */
  index: number;
  /** The header as written, rows of a merged heading joined: "Điểm các lĩnh vực Cải cách thể chế". */
  label: string;
  /** The header cell to name in a message (0-based row). */
  headerRow: number;
  kind: ColumnRole;
}

export interface SheetLayout {
  /** 0-based rows of the header, first and last. */
  header: { first: number; last: number };
  /** The row of maxima ("Điểm tối đa"), when there is one. */
  maximaRow?: number;
  columns: SheetColumn[];
  /** The first row after the header (0-based). */
  firstDataRow: number;
}

const text = (cell: SheetCell | undefined) => (cell === undefined ? '' : String(cell.value).trim());
const HEADER_SEARCH_ROWS = 20;

const NAME = /^(?:ten )?(?:co quan|don vi|dia phuong|co quan don vi|co quan dia phuong|don vi dia phuong)(?: duoc danh gia| danh gia)?$/;
const ID = /^ma (?:don vi|co quan)$/;
const MAXIMUM = /^(?:diem toi da|thang diem)\b/;
const TOTAL = /^(?:tong(?: diem| cong| so diem)?|diem(?: tong hop| dat duoc| danh gia| tong| so)?|tong diem dat duoc|ket qua diem)(?: dat duoc)?$/;
const IGNORED = /^(?:stt|tt|so tt|so thu tu|xep hang|hang|thu hang|xep loai|muc xep loai|chi so|chi so cchc|ty le|ghi chu|muc do|ket qua xep loai)\b/;
/** "(tối đa 14,5)" or "(tối đa: 14,5 điểm)" after a label: the column's maximum. */
const MAX_IN_LABEL = /\(\s*t[ốo]i\s+[đd]a\s*:?\s*(\d+(?:[.,]\d+)?)\s*(?:đi[ểe]m)?\s*\)/iu;

/** A row's label for the importer: "Điểm tối đa", "Tổng cộng", a unit's name. */
export const isMaximaLabel = (label: string) => MAXIMUM.test(labelKey(label));
// The whole label, not its first word: "Công an tỉnh" is a unit, "Cộng" a totals row.
export const isTotalsLabel = (label: string) =>
  /^(?:tong cong|tong|cong|trung binh|binh quan|diem trung binh)(?: chung| toan tinh| diem)?$/.test(labelKey(label));

/** The header row: the first row naming a column of unit names or ids. */
function findHeaderRow(sheet: Sheet): number | undefined {
  for (let r = 0; r < Math.min(sheet.rows.length, HEADER_SEARCH_ROWS); r++) {
    const keys = (sheet.rows[r] ?? []).map((cell) => labelKey(text(cell)));
    if (keys.some((key) => NAME.test(key) || ID.test(key))) return r;
  }
  return undefined;
}

// Abbreviations offices write in column headers, spelled out before labels are compared.
const ABBREVIATIONS: Record<string, string> = {
  tthc: 'thu tuc hanh chinh',
  cchc: 'cai cach hanh chinh',
  cbccvc: 'can bo cong chuc vien chuc',
  cqdt: 'chinh quyen dien tu',
  cqs: 'chinh quyen so',
};
const spelledOut = (key: string) =>
  key
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');

/** The criterion a column's label names: the same words, else the one whose words it contains or is contained in. */
export function matchCriterion(label: string, criteria: readonly Criterion[]): Criterion | undefined {
  const key = spelledOut(labelKey(label.replace(MAX_IN_LABEL, '')));
  if (key === '') return undefined;
  const keyed = criteria.map((criterion) => ({ criterion, key: spelledOut(labelKey(criterion.label)) }));
  const same = keyed.find((c) => c.key === key || labelKey(c.criterion.id.replace(/-/g, ' ')) === key);
  if (same) return same.criterion;
  const containing = keyed.filter((c) => ` ${key} `.includes(` ${c.key} `)).sort((a, b) => b.key.length - a.key.length);
  if (containing[0]) return containing[0].criterion;
  const contained = keyed.filter((c) => key.length >= 6 && ` ${c.key} `.includes(` ${key} `));
  return contained.length === 1 ? contained[0]!.criterion : undefined;
}

function roleOf(label: string, criteria: readonly Criterion[]): ColumnRole {
  // The last row of a merged heading names the column: "Điểm các lĩnh vực Cải cách thể chế".
  const key = labelKey(label.replace(MAX_IN_LABEL, ''));
  if (key === '') return { role: 'ignored' };
  if (ID.test(key)) return { role: 'id' };
  if (NAME.test(key)) return { role: 'name' };
  if (MAXIMUM.test(key)) return { role: 'max' };
  const criterion = matchCriterion(label, criteria);
  if (criterion) {
    const max = MAX_IN_LABEL.exec(label);
    return max ? { role: 'criterion', criterion, max: Number(max[1]!.replace(',', '.')) } : { role: 'criterion', criterion };
  }
  if (TOTAL.test(key)) return { role: 'total' };
  if (IGNORED.test(key)) return { role: 'ignored' };
  return { role: 'unknown' };
}

/**
 * The layout of a sheet, or undefined when no row names a column of units (a sheet of notes, a
 * chart). The header runs from the row naming the unit column down over rows with no unit in
 * that column and no numbers (the second row of a merged heading); a row labelled "Điểm tối
 * đa" just under it is the row of maxima.
 */
export function sheetLayout(sheet: Sheet, criteria: readonly Criterion[]): SheetLayout | undefined {
  const first = findHeaderRow(sheet);
  if (first === undefined) return undefined;
  const headerRow = sheet.rows[first] ?? [];
  const unitColumn = headerRow.findIndex((cell) => {
    const key = labelKey(text(cell));
    return NAME.test(key) || ID.test(key);
  });
  const headerText = text(headerRow[unitColumn]);

  let last = first;
  let maximaRow: number | undefined;
  for (let r = first + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const labelled = row.slice(0, Math.max(unitColumn, 0) + 2).find((cell) => isMaximaLabel(text(cell)));
    if (labelled) {
      maximaRow = r;
      continue;
    }
    const unitCell = text(row[unitColumn]);
    const hasNumber = row.some((cell) => cellNumber(cell).kind === 'number');
    if ((unitCell === '' || unitCell === headerText) && !hasNumber && row.some((cell) => text(cell) !== '')) {
      last = r;
      continue;
    }
    break;
  }

  const width = Math.max(...sheet.rows.slice(first, last + 1).map((row) => row?.length ?? 0));
  const columns: SheetColumn[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    let labelRow = first;
    for (let r = first; r <= last; r++) {
      const part = text(sheet.rows[r]?.[c]);
      if (part !== '' && parts.at(-1) !== part) {
        parts.push(part);
        labelRow = r;
      }
    }
    const label = parts.join(' ');
    // A merged heading over several columns ("Điểm các lĩnh vực") is matched by its last row alone.
    const own = parts.at(-1) ?? '';
    let kind = roleOf(own, criteria);
    if (kind.role === 'unknown' || kind.role === 'ignored') {
      const whole = roleOf(label, criteria);
      if (whole.role !== 'unknown' && whole.role !== 'ignored') kind = whole;
    }
    columns.push({ index: c, label, headerRow: labelRow, kind });
  }
  return { header: { first, last }, maximaRow, columns, firstDataRow: Math.max(last, maximaRow ?? last) + 1 };
}

import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel.full.mjs';

// Old .xls files written in a Windows code page need the code-page tables.
XLSX.set_cptable(cptable);

/** A cell as the importer needs it: what it holds, and whether a formula computed it. */
export interface SheetCell {
  value: number | string;
  formula?: boolean;
}

/** A sheet as rows of cells (0-based), a merged area's value repeated in each of its cells. */
export interface Sheet {
  name: string;
  rows: Array<Array<SheetCell | undefined>>;
}

/** The cell's address as Excel shows it: row 13, column 5 (0-based) → "F14". */
export const cellAddress = (row: number, column: number) => XLSX.utils.encode_cell({ r: row, c: column });

/** Excel's column letter for a 0-based column: 5 → "F". */
export const columnLetter = (column: number) => XLSX.utils.encode_col(column);

/**
 * The text of a CSV file: UTF-8 (with or without its byte-order mark) when it is valid UTF-8,
 * else the Vietnamese Windows code page (1258) that Excel on a Vietnamese Windows writes, whose
 * separate tone marks are joined to their letters (NFC) so that names compare as typed.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC');
  } catch {
    return new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  }
}

/**
 * The sheets of an .xlsx, .xls or .csv file (by its name's extension). Cells keep their raw
 * values: a CSV's "15,5" stays text for the importer to read as a decimal comma (the library
 * would read it as 155), and a formula cell keeps its last computed value with `formula` set.
 */
export function readWorkbook(fileName: string, bytes: Uint8Array): Sheet[] {
  const csv = /\.csv$/i.test(fileName);
  if (!csv && !looksLikeWorkbook(bytes)) throw new NotAWorkbook(fileName);
  const workbook = csv
    ? XLSX.read(decodeCsv(bytes), { type: 'string', raw: true, dense: true })
    : XLSX.read(bytes, { type: 'array', cellFormula: true, cellDates: false, cellHTML: false, cellStyles: false, dense: true, sheetStubs: true });
  return workbook.SheetNames.map((name) => sheetOf(name, workbook.Sheets[name]!));
}

/** A file named .xlsx or .xls that is none of the forms a spreadsheet program saves. */
export class NotAWorkbook extends Error {}

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
/**
 * A zip (.xlsx), an OLE compound file (.xls), or an HTML or XML table (what old portals and
 * some programs save under the name .xls). The library would read any text as a sheet.
 */
function looksLikeWorkbook(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return true;
  const head = new TextDecoder('utf-8')
    .decode(bytes.slice(0, 512))
    .replace(/^\ufeff/, '')
    .trimStart();
  return head.startsWith('<');
}

function sheetOf(name: string, sheet: XLSX.WorkSheet): Sheet {
  const dense = (sheet['!data'] ?? []) as Array<Array<XLSX.CellObject | undefined> | undefined>;
  const rows: Sheet['rows'] = dense.map((row) => (row ?? []).map(cellOf));
  for (const merge of sheet['!merges'] ?? []) {
    const first = rows[merge.s.r]?.[merge.s.c];
    if (!first) continue;
    for (let r = merge.s.r; r <= merge.e.r; r++)
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        if (r === merge.s.r && c === merge.s.c) continue;
        (rows[r] ??= [])[c] = first;
      }
  }
  return { name, rows };
}

function cellOf(cell: XLSX.CellObject | undefined): SheetCell | undefined {
  // A formula never computed (a file written by a library, not a spreadsheet program) has no
  // value: read as a stub (`sheetStubs`), kept so that the importer knows the total was a formula.
  if (cell?.f && (cell.v === undefined || cell.t === 'z' || cell.t === 'e')) return { value: '', formula: true };
  if (!cell || cell.v === undefined || cell.v === null || cell.t === 'z' || cell.t === 'e') return undefined;
  const value = typeof cell.v === 'number' ? cell.v : typeof cell.v === 'boolean' ? String(cell.v) : cell.v instanceof Date ? (cell.w ?? '') : String(cell.v);
  if (value === '' && !cell.f) return undefined;
  return cell.f ? { value, formula: true } : { value };
}

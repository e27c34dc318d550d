import type { SheetCell } from './read-workbook.ts';

/** What a score cell holds: nothing, a number, or text that is not one (kept to quote back). */
export type CellNumber = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'text'; text: string };

// Placeholders offices put in a cell with no score.
const BLANK_TEXT = /^[-–—_.x/]*$/i;
const DECIMAL = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A score as an office's sheet holds it: a number, or text typed with a decimal comma ("15,5",
 * as a Vietnamese Excel shows it, or in a CSV) or point ("15.5"), spaces aside. A binary
 * artefact of a formula (11.649999999999999) is read as the decimal it stands for (11.65).
 */
export function cellNumber(cell: SheetCell | undefined): CellNumber {
  if (cell === undefined) return { kind: 'blank' };
  if (typeof cell.value === 'number') return { kind: 'number', value: tidy(cell.value) };
  const text = cell.value.replace(/[\s\u00a0]+/g, '');
  if (BLANK_TEXT.test(text)) return { kind: 'blank' };
  if (DECIMAL.test(text)) return { kind: 'number', value: tidy(Number(text.replace(',', '.'))) };
  return { kind: 'text', text: cell.value.trim() };
}

const tidy = (value: number) => Number(value.toPrecision(12));

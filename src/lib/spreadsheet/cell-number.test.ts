import { describe, expect, it } from 'vitest';
import { cellNumber } from './cell-number.ts';

describe('cellNumber', () => {
  it('reads numbers, and text with a decimal comma or point, spaces aside', () => {
    expect(cellNumber({ value: 14.5 })).toEqual({ kind: 'number', value: 14.5 });
    expect(cellNumber({ value: '15,5' })).toEqual({ kind: 'number', value: 15.5 });
    expect(cellNumber({ value: ' 15.25 ' })).toEqual({ kind: 'number', value: 15.25 });
    expect(cellNumber({ value: '1 0,5' })).toEqual({ kind: 'number', value: 10.5 });
    expect(cellNumber({ value: '-2,5' })).toEqual({ kind: 'number', value: -2.5 });
  });

  it('reads a formula’s binary artefact as the decimal it stands for', () => {
    expect(cellNumber({ value: 11.649999999999999, formula: true })).toEqual({ kind: 'number', value: 11.65 });
    expect(cellNumber({ value: 0.1 + 0.2 })).toEqual({ kind: 'number', value: 0.3 });
  });

  it('takes an empty cell and the placeholders offices type for "no score" as blank', () => {
    for (const value of ['', '  ', '-', '—', 'x', '/']) expect(cellNumber({ value })).toEqual({ kind: 'blank' });
    expect(cellNumber(undefined)).toEqual({ kind: 'blank' });
  });

  it('keeps anything else as text, to quote back to the editor', () => {
    expect(cellNumber({ value: ' chín ' })).toEqual({ kind: 'text', text: 'chín' });
    expect(cellNumber({ value: '1.234,5' })).toEqual({ kind: 'text', text: '1.234,5' });
    expect(cellNumber({ value: '88,5%' })).toEqual({ kind: 'text', text: '88,5%' });
  });
});

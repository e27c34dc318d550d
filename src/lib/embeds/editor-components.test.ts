import { describe, expect, it } from 'vitest';
import { EMBEDS } from './catalog.ts';
import { checkEmbeds } from './check.ts';
import { editorComponents, type EmbedChoices } from './editor-components.ts';
import { findEmbeds } from './uses.ts';

const choices: EmbedChoices = {
  year: [{ value: '2023', label: '2023' }],
  group: [{ value: 'so', label: 'Sở, ban, ngành' }],
  unit: [{ value: 'so-noi-vu', label: 'Sở Nội vụ' }],
  document: [{ value: '2993/KH-UBND', label: '2993/KH-UBND' }],
  nationalIndex: [{ value: 'par-index', label: 'PAR INDEX' }],
};
const components = editorComponents(choices);
const byId = (id: string) => components.find((c) => c.id === id)!;

describe('the web editor’s component buttons', () => {
  it('offers every component of the catalog, with selects of what the data holds', () => {
    expect(components.map((c) => c.id)).toEqual(EMBEDS.map((e) => e.name));
    const chiSo = byId('ChiSo');
    expect(chiSo.fields.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['donVi', 'select', true],
      ['nam', 'select', true],
    ]);
    expect(chiSo.fields[0].options).toEqual(choices.unit);
    // BieuDo's props depend on the chart: none is required by itself; top is typed.
    expect(byId('BieuDo').fields.every((f) => !f.required)).toBe(true);
    expect(byId('BangXepHang').fields.find((f) => f.name === 'top')).toMatchObject({ widget: 'string', required: false });
  });

  it('writes the tag the check reads, leaving out empty props, and reads it back', () => {
    const text = byId('BangXepHang').toBlock({ nam: '2023', nhom: 'so', top: '' });
    expect(text).toBe('<BangXepHang nam="2023" nhom="so" />');
    const [use] = findEmbeds(text);
    expect(use.props).toEqual({ nam: '2023', nhom: 'so' });
    const match = `Đoạn.\n\n${text}\n`.match(byId('BangXepHang').pattern)!;
    expect(byId('BangXepHang').fromBlock(match)).toEqual({ nam: '2023', nhom: 'so' });
    expect(byId('ChiSo').fromBlock('<ChiSo donVi="so-noi-vu" nam={2023} />'.match(byId('ChiSo').pattern)!)).toEqual({ donVi: 'so-noi-vu', nam: '2023' });
    expect(byId('BieuDo').toBlock({ chiSo: 'par-index' })).toBe('<BieuDo chiSo="par-index" />');
    const context = {
      years: new Map([[2023, new Map([['so', new Set(['so-noi-vu'])]])]]),
      units: new Set(['so-noi-vu']),
      documentNumbers: ['2993/KH-UBND'],
      sameNumber: (a: string, b: string) => a === b,
      nationalIndices: new Set(['par-index']),
    };
    expect(
      checkEmbeds(
        'a.mdx',
        findEmbeds(
          components
            .map((c) => c.toBlock({ donVi: 'so-noi-vu', nam: '2023', nhom: 'so', so: '2993/KH-UBND' }))
            .filter((t) => !t.startsWith('<BieuDo'))
            .join('\n\n'),
        ),
        context,
      ),
    ).toEqual([]);
  });
});

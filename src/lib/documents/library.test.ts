import { describe, expect, it } from 'vitest';
import { compareDocuments, facets, fileDescription, normalizeNumber } from './library.ts';
import type { CheckedDocument } from './check.ts';

const doc = (slug: string, fields: Partial<CheckedDocument> = {}): CheckedDocument => ({
  slug,
  file: `src/content/documents/${slug}.mdx`,
  title: slug,
  number: `${slug}/KH-UBND`,
  type: 'ke-hoach',
  issuer: 'UBND tỉnh',
  issued: '2020-01-01',
  attachments: [],
  draft: false,
  ...fields,
});

const docs = [
  doc('a', { issued: '2019-12-23', type: 'ke-hoach', number: '2993/KH-UBND' }),
  doc('b', { issued: '2019-09-19', type: 'quyet-dinh', number: '29/2019/QĐ-UBND' }),
  doc('c', { issued: '2022-07-14', type: 'chi-thi', number: '08/CT-UBND' }),
  doc('d', { issued: '2019-12-23', type: 'ke-hoach', number: '2992/KH-UBND' }),
];

describe('document library helpers', () => {
  it('sorts newest first, then by number', () => {
    expect([...docs].sort(compareDocuments).map((d) => d.slug)).toEqual(['c', 'd', 'a', 'b']);
  });
  it('groups the documents by the types and years present, keeping the list’s order', () => {
    const slugs = (list: Array<{ documents: Array<{ slug: string }> }>) => list.map((f) => f.documents.map((d) => d.slug));
    const { types, years } = facets(docs);
    expect(types.map((t) => t.type)).toEqual(['ke-hoach', 'quyet-dinh', 'chi-thi']);
    expect(slugs(types)).toEqual([['a', 'd'], ['b'], ['c']]);
    expect(years.map((y) => y.year)).toEqual([2022, 2019]);
    expect(slugs(years)).toEqual([['c'], ['a', 'b', 'd']]);
    expect(facets([])).toEqual({ types: [], years: [] });
  });
  it('describes a download by format and size', () => {
    expect(fileDescription('/files/a.pdf', 900)).toBe('PDF, 900 byte');
    expect(fileDescription('/files/a.pdf', 12_595)).toBe('PDF, 12,3 KB');
    expect(fileDescription('/files/b.docx', 3 * 1024 * 1024)).toBe('DOCX, 3 MB');
  });
  it('matches document numbers however they are typed', () => {
    expect(normalizeNumber(' 29/2019/QĐ-UBND ')).toBe(normalizeNumber('29/2019/qđ-ubnd'));
    expect(normalizeNumber('12/QĐ-UBND')).toBe(normalizeNumber('12/QD-UBND'));
  });
});

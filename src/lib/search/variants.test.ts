import { describe, expect, it } from 'vitest';
import { mergeResults, queryVariants } from './variants.ts';

describe('queryVariants', () => {
  it('tries đ for every word that begins with d', () => {
    expect(queryVariants('dang ky')).toEqual(['dang ky', 'đang ky']);
    expect(queryVariants('chi dao dieu hanh')).toEqual([
      'chi dao dieu hanh',
      'chi dao điêu hanh'.replace('điêu', 'đieu'),
      'chi đao dieu hanh',
      'chi đao đieu hanh',
    ]);
  });
  it('leaves queries without a syllable-initial d alone', () => {
    expect(queryVariants('Đăng ký')).toEqual(['Đăng ký']);
    expect(queryVariants('chỉ số')).toEqual(['chỉ số']);
    // The d inside "ubnd" and "qd" is not at the start of a syllable.
    expect(queryVariants('2993/KH-UBND')).toEqual(['2993/KH-UBND']);
  });
  it('varies the syllables of a compound as well', () => {
    expect(queryVariants('29/2019/QĐ-UBND')).toEqual(['29/2019/QĐ-UBND']);
    expect(queryVariants('dân-dụng')).toEqual(['dân-dụng', 'đân-đụng']);
  });
  it('caps the number of searches', () => {
    expect(queryVariants('d1 d2 d3 d4 d5 d6')).toHaveLength(16);
  });
  it('ignores empty queries', () => {
    expect(queryVariants('   ')).toEqual([]);
  });
});

describe('mergeResults', () => {
  it('keeps the as-typed results first, then pages found only by variants, by best score', () => {
    const merged = mergeResults([
      [
        { id: 'a', score: 0.2 },
        { id: 'b', score: 0.1 },
      ],
      [
        { id: 'b', score: 5 },
        { id: 'c', score: 1 },
        { id: 'd', score: 3 },
      ],
      [{ id: 'c', score: 4 }],
    ]);
    expect(merged.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(merged[2].score).toBe(4);
  });
  it('keeps, for each page, the variant that matched most words (its excerpt highlights them all)', () => {
    const typed = { id: 'a', score: 2, words: [4] };
    const variant = { id: 'a', score: 1, words: [1, 2, 4] };
    expect(mergeResults([[typed], [variant]])).toEqual([variant]);
  });
  it('copes with no results at all', () => {
    expect(mergeResults([])).toEqual([]);
    expect(mergeResults([[], []])).toEqual([]);
  });
});

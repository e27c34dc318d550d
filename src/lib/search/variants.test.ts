import { describe, expect, it } from 'vitest';
import { mergeResults, queryVariants } from './variants';

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
  it('keeps each page once with its best score, ties in first-seen order', () => {
    const merged = mergeResults([
      [{ id: 'a', score: 1 }, { id: 'b', score: 0.5 }],
      [{ id: 'b', score: 2 }, { id: 'c', score: 1 }],
    ]);
    expect(merged).toEqual([{ id: 'b', score: 2 }, { id: 'a', score: 1 }, { id: 'c', score: 1 }]);
  });
});

import { describe, expect, it } from 'vitest';
import { pageKey, withDigest } from './page-key';

describe('pageKey', () => {
  it('is the same for the same content, however often it is computed', () => {
    const article = { title: 'Công bố Chỉ số CCHC năm 2014', date: new Date('2015-03-02T08:00:00+07:00'), tags: ['chỉ số'] };
    expect(pageKey(article, [article])).toBe(pageKey({ ...article }, [{ ...article }]));
  });

  it('changes when any shown field changes, dates and nested lists included', () => {
    const base = { title: 'A', date: new Date('2015-03-02T08:00:00+07:00'), related: [{ title: 'B' }] };
    const key = pageKey(base);
    expect(pageKey({ ...base, title: 'A.' })).not.toBe(key);
    expect(pageKey({ ...base, date: new Date('2015-03-02T08:01:00+07:00') })).not.toBe(key);
    expect(pageKey({ ...base, related: [{ title: 'B đã sửa' }] })).not.toBe(key);
    expect(pageKey(base, 'extra')).not.toBe(key);
  });

  it('sees inside maps and sets, which JSON would write as {}', () => {
    expect(pageKey(new Map([['a', 1]]))).not.toBe(pageKey(new Map([['a', 2]])));
    expect(pageKey(new Set(['x']))).not.toBe(pageKey(new Set(['y'])));
  });

  it('refuses a function, whose behaviour it cannot see', () => {
    expect(() => pageKey({ render: () => 'x' })).toThrow(TypeError);
  });
});

describe('withDigest', () => {
  it('stands an entry in for its digest, so that a body change changes the key', () => {
    const article = { slug: 'a', entry: { digest: 'd1', body: 'Nội dung dài…' } };
    expect(withDigest(article)).toEqual({ slug: 'a', entry: 'd1' });
    expect(pageKey(withDigest(article))).not.toBe(pageKey(withDigest({ ...article, entry: { digest: 'd2', body: 'Nội dung dài…' } })));
  });
});

import { describe, expect, it } from 'vitest';
import { listedDigest, pageKey, withDigest, withPageKeys } from './page-key.ts';

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
  it('stands for an item and its file, so that a change to either changes the key', () => {
    const article = { slug: 'a', title: 'A', entry: { digest: 'd1', body: 'Nội dung dài…' } };
    expect(withDigest(article)).toBe(withDigest({ ...article }));
    expect(withDigest({ ...article, entry: { digest: 'd2', body: 'Nội dung dài…' } })).not.toBe(withDigest(article));
    expect(withDigest({ ...article, title: 'A.' })).not.toBe(withDigest(article));
  });

  it('refuses an entry without a digest, whose changes it could not see', () => {
    expect(() => withDigest({ slug: 'a', entry: { body: 'x' } })).toThrow(TypeError);
  });
});

describe('listedDigest', () => {
  it('stands for an item as a list shows it: its fields, not its body', () => {
    const article = { slug: 'a', title: 'A', summary: 'Tóm tắt', entry: { digest: 'd1', body: 'Nội dung dài…' } };
    expect(listedDigest({ ...article, entry: { digest: 'd2', body: 'Nội dung đã sửa' } })).toBe(listedDigest(article));
    expect(listedDigest({ ...article, title: 'A.' })).not.toBe(listedDigest(article));
    expect(listedDigest({ ...article, summary: 'Tóm tắt mới' })).not.toBe(listedDigest(article));
    expect(listedDigest(article)).not.toBe(withDigest(article));
  });
});

describe('withPageKeys', () => {
  const item = (slug: string, title: string) => ({ slug, title, entry: { digest: `${slug}-body` } });
  const pages = (items: ReturnType<typeof item>[][], category = 'a') =>
    items.map((data, i) => ({
      params: { page: i ? String(i + 1) : undefined },
      props: { category, page: { data, currentPage: i + 1, lastPage: items.length, total: items.flat().length } },
    }));

  it('keeps every key when only an item’s body changes, which no list shows', () => {
    const before = withPageKeys(pages([[item('a', '1')]]), ['menu']);
    const after = withPageKeys(pages([[{ ...item('a', '1'), entry: { digest: 'a-body-edited' } }]]), ['menu']);
    expect(after[0].cacheKey).toBe(before[0].cacheKey);
  });

  it('changes the key of the page holding a changed item only', () => {
    const before = withPageKeys(pages([[item('a', '1'), item('b', '1')], [item('c', '1')]]), ['menu']);
    const after = withPageKeys(pages([[item('a', '1'), item('b', '2')], [item('c', '1')]]), ['menu']);
    expect(after[0].cacheKey).not.toBe(before[0].cacheKey);
    expect(after[1].cacheKey).toBe(before[1].cacheKey);
  });

  it('changes every key when the list grows, what the page shows besides, or its other props change', () => {
    const base = withPageKeys(pages([[item('a', '1')], [item('c', '1')]]), ['menu']);
    expect(withPageKeys(pages([[item('a', '1')], [item('c', '1'), item('d', '1')]]), ['menu'])[0].cacheKey).not.toBe(base[0].cacheKey);
    expect(withPageKeys(pages([[item('a', '1')], [item('c', '1')]]), ['menu đã sửa'])[1].cacheKey).not.toBe(base[1].cacheKey);
    expect(withPageKeys(pages([[item('a', '1')], [item('c', '1')]], 'b'), ['menu'])[1].cacheKey).not.toBe(base[1].cacheKey);
  });
});

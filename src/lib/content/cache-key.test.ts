import { describe, expect, it } from 'vitest';
import { cacheKey } from './cache-key';

const entry = (digest: string, html = '<p>Nội dung</p>') => ({ id: 'bai-a', collection: 'news', digest, rendered: { html }, data: { title: 'Bài A' } });

describe('cacheKey', () => {
  it('is the same for equal data, whatever object it is in', () => {
    const date = new Date('2024-05-01T03:00:00Z');
    expect(cacheKey({ title: 'Tin', date, tags: ['Một cửa'] })).toBe(cacheKey({ title: 'Tin', date: new Date(date), tags: ['Một cửa'] }));
  });

  it('changes with any field a page shows, however deep', () => {
    const page = { article: { title: 'Tin', tags: ['Một cửa'] }, related: [{ title: 'Tin khác', date: new Date('2024-01-01') }] };
    const key = cacheKey(page);
    expect(cacheKey({ ...page, article: { ...page.article, title: 'Tin mới' } })).not.toBe(key);
    expect(cacheKey({ ...page, related: [{ title: 'Tin khác', date: new Date('2024-01-02') }] })).not.toBe(key);
    expect(cacheKey({ ...page, categories: [{ id: 'chuyen-doi-so', name: 'Chuyển đổi số' }] })).not.toBe(key);
  });

  it('counts a content entry by its digest, not by its rendered body', () => {
    // Astro keeps the same digest for the same file: a body that changed has a new digest.
    expect(cacheKey({ entry: entry('d1', '<p>cũ</p>') })).toBe(cacheKey({ entry: entry('d1', '<p>mới</p>') }));
    expect(cacheKey({ entry: entry('d1') })).not.toBe(cacheKey({ entry: entry('d2') }));
  });

  it('tells two entries with the same digest apart by their collection and id', () => {
    expect(cacheKey(entry('d1'))).not.toBe(cacheKey({ ...entry('d1'), id: 'bai-b' }));
    expect(cacheKey(entry('d1'))).not.toBe(cacheKey({ ...entry('d1'), collection: 'documents' }));
  });
});

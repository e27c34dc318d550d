import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exists, page, text } from '../support/dist';
import { buildSite, prepareSite } from '../support/site-build';

let dist: string;

// A province starting out: config and categories, but no articles, documents or results yet.
beforeAll(async () => {
  const root = await prepareSite('empty', {}, ['src/content/news', 'src/content/documents', 'data']);
  const result = await buildSite(root);
  if (result.code !== 0) throw new Error(result.output);
  dist = join(root, 'dist');
}, 180_000);

describe('a new portal with no content yet', () => {
  it('builds, and each section says it has nothing yet', () => {
    expect(text(page(dist, '/').querySelector('main'))).toContain('Chưa có bài viết nào.');
    expect(text(page(dist, '/tin-tuc/').querySelector('main'))).toContain('Chưa có bài viết nào.');
    expect(text(page(dist, '/van-ban/').querySelector('main'))).toContain('Chưa có văn bản nào được đăng trên trang.');
    expect(text(page(dist, '/chi-so-cchc/').querySelector('main'))).toContain('Chưa có kết quả đánh giá nào được đăng.');
    expect(text(page(dist, '/du-lieu/').querySelector('main'))).toContain('Chưa có dữ liệu nào.');
  });
  it('keeps every menu link working', () => {
    for (const href of page(dist, '/').querySelectorAll('nav.menu a').map((a) => a.getAttribute('href')!)) {
      expect(exists(dist, href), href).toBe(true);
    }
  });
});

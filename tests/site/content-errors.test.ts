import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, buildSite, prepareSite } from '../support/site-build';

const good = { title: 'Bài hợp lệ', date: '2020-01-01', category: 'tin-tuc-su-kien' };

/** Each case: a bad file, and what the error message must say (file, field, problem). */
const cases: Array<{ name: string; files: Record<string, string>; expect: RegExp[] }> = [
  {
    name: 'missing title',
    files: { 'src/content/news/thieu-tieu-de.md': article({ date: '2020-01-01', category: 'tin-tuc-su-kien' }) },
    expect: [/thieu-tieu-de\.md/, /title/],
  },
  {
    name: 'unknown category',
    files: { 'src/content/news/sai-chuyen-muc.md': article({ ...good, category: 'tin-tuc' }) },
    expect: [/src\/content\/news\/sai-chuyen-muc\.md: category: unknown category "tin-tuc"/],
  },
  {
    name: 'image without alt text',
    files: { 'src/content/news/anh-thieu-mo-ta.md': article({ ...good, image: '/logo.svg' }) },
    expect: [/anh-thieu-mo-ta\.md/, /imageAlt/],
  },
  {
    name: 'image that does not exist',
    files: { 'src/content/news/anh-khong-co.md': article({ ...good, image: '/khong-co.jpg', imageAlt: 'Ảnh' }) },
    expect: [/src\/content\/news\/anh-khong-co\.md: image: public\/khong-co\.jpg does not exist/],
  },
  {
    name: 'impossible date',
    files: { 'src/content/news/sai-ngay.md': article({ ...good, date: '"2019-02-30"' }) },
    expect: [/sai-ngay\.md/, /date/],
  },
  {
    name: 'related article that does not exist',
    files: { 'src/content/news/lien-quan-sai.md': article({ ...good, related: ['khong-co-bai-nay'] }) },
    expect: [/lien-quan-sai\.md: related\[0\]: no article with slug "khong-co-bai-nay"/],
  },
  {
    name: 'a .md and a .mdx with the same slug',
    files: {
      'src/content/news/trung-ten.md': article(good),
      'src/content/news/trung-ten.mdx': article(good),
    },
    expect: [/trung-ten/, /[Dd]uplicate/],
  },
];

describe('bad content stops the build and names the file and field', () => {
  it.concurrent.each(cases)('$name', async ({ name, files, expect: patterns }) => {
    const root = await prepareSite(`bad-${name.replace(/\W+/g, '-')}`, files);
    const result = await buildSite(root);
    expect(result.code, result.output).not.toBe(0);
    for (const pattern of patterns) expect(result.output).toMatch(pattern);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);
  }, 120_000);
});

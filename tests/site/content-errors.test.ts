import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, buildSite, prepareSite } from '../support/site-build';

const good = { title: 'Bài hợp lệ', date: '2020-01-01', category: 'tin-tuc-su-kien' };

/** A document file in YAML (attachments need nested lists, so not via article()). */
function document(fields: Record<string, unknown>) {
  const data = { title: 'Văn bản thử', number: '1/TB-UBND', type: 'thong-bao', issuer: 'UBND tỉnh', issued: '2020-01-01', ...fields };
  return `---\n${Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\n---\n`;
}

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
  {
    name: 'invalid MDX',
    files: { 'src/content/news/mdx-loi.mdx': article(good, 'Đoạn văn có thẻ <b chưa đóng và {dấu ngoặc.') },
    expect: [/mdx-loi\.mdx/],
  },
  {
    name: 'a duplicate category id',
    files: {
      'src/content/categories.json': JSON.stringify([
        { id: 'tin-tuc-su-kien', name: 'Tin tức sự kiện' },
        { id: 'chi-dao-dieu-hanh', name: 'Chỉ đạo, điều hành' },
        { id: 'ket-qua-cchc', name: 'Kết quả CCHC' },
        { id: 'thu-tuc-hanh-chinh', name: 'Thủ tục hành chính' },
        { id: 'chuyen-doi-so', name: 'Chuyển đổi số' },
        { id: 'chuyen-doi-so', name: 'Chuyển đổi số (2)' },
      ]),
    },
    expect: [/categories\.json/, /chuyen-doi-so/],
  },
  {
    name: 'a document .md and .mdx with the same slug',
    files: {
      'src/content/documents/trung-ten-van-ban.md': document({ number: '7/TB-UBND' }),
      'src/content/documents/trung-ten-van-ban.mdx': document({ number: '8/TB-UBND' }),
    },
    expect: [/trung-ten-van-ban/],
  },
  {
    name: 'an impossible document date',
    files: { 'src/content/documents/ngay-sai.md': document({ issued: '2019-02-30' }) },
    expect: [/ngay-sai\.md/, /issued/],
  },
  {
    name: 'unknown document type',
    files: { 'src/content/documents/loai-sai.md': document({ type: 'nghi-dinh' }) },
    expect: [/loai-sai\.md/, /type/, /ke-hoach, quyet-dinh/],
  },
  {
    name: 'missing attachment file',
    files: { 'src/content/documents/thieu-tep.md': document({ attachments: [{ file: '/files/van-ban/khong-co.pdf', label: 'Tệp' }] }) },
    expect: [/src\/content\/documents\/thieu-tep\.md: attachments\[0\]\.file: public\/files\/van-ban\/khong-co\.pdf does not exist/],
  },
  {
    name: 'article naming an unknown document',
    files: { 'src/content/news/van-ban-sai.md': article({ ...good, documents: ['khong-co-van-ban'] }) },
    expect: [/van-ban-sai\.md: documents\[0\]: no document with id "khong-co-van-ban"/],
  },
  {
    name: 'two documents with the same number',
    files: {
      'src/content/documents/trung-so-1.md': document({ number: '99/KH-UBND' }),
      'src/content/documents/trung-so-2.md': document({ number: '99/KH-UBND' }),
    },
    expect: [/trung-so-2\.md: number: "99\/KH-UBND" is also the number of src\/content\/documents\/trung-so-1\.md/],
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

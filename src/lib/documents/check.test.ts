import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems, type Problem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { checkDocuments } from './check.ts';

const doc = (fields: string) =>
  `---\ntitle: "Kế hoạch thử"\nnumber: "1/KH-UBND"\ntype: ke-hoach\nissuer: "UBND tỉnh"\nissued: 2020-01-01\n${fields}---\n\nMô tả.\n`;

function build(sources: Record<string, string>, exists = (path: string) => path === 'public/files/van-ban/a.pdf') {
  const problems: Problem[] = [];
  const files = Object.entries(sources).map(([name, text]) => readMarkdownFile(`src/content/documents/${name}`, text, problems));
  const result = checkDocuments(files, exists);
  const all = sortProblems([...problems, ...result.problems]);
  return { ...result, lines: all.filter((p) => !p.severity).map(formatProblem), warnings: all.filter((p) => p.severity).map(formatProblem) };
}

describe('checkDocuments', () => {
  it('accepts a document with its attachment', () => {
    const { lines, documents } = build({ 'a.mdx': doc('attachments:\n  - file: /files/van-ban/a.pdf\n    label: "Toàn văn"\n') });
    expect(lines).toEqual([]);
    expect(documents[0]).toMatchObject({ slug: 'a', issued: '2020-01-01', attachments: [{ file: '/files/van-ban/a.pdf', label: 'Toàn văn' }] });
  });

  it('reads an issue time written without quotes in Vietnam time, whatever the machine’s zone', () => {
    // 20:00 on the 23rd in Vietnam; as UTC it would already be the 24th in Vietnam.
    const { documents } = build({ 'a.mdx': doc('').replace('issued: 2020-01-01', 'issued: 2019-12-23T20:00:00') });
    expect(documents[0].issued).toBe('2019-12-23');
  });

  it('reports every problem at once, naming the line and field', () => {
    const { lines } = build({
      'a.mdx': doc('effective: 2019-12-31\n').replace('type: ke-hoach', 'type: ke-hoac'),
      'b.mdx': doc('attachments:\n  - file: /files/van-ban/khong-co.pdf\n    label: "Tệp"\n  - file: files/b.pdf\n    label: ""\n').replace(
        '1/KH-UBND',
        ' 1/kh-ubnd ',
      ),
    });
    expect(lines).toEqual([
      'src/content/documents/a.mdx:4: type: "ke-hoac" không phải giá trị được phép. Chọn một trong: ke-hoach, quyet-dinh, chi-thi, cong-van, bao-cao, thong-bao. Có phải bạn định viết "ke-hoach"?',
      'src/content/documents/b.mdx:3: number: "1/kh-ubnd" đã là số ký hiệu của src/content/documents/a.mdx: mỗi văn bản một số ký hiệu; kiểm tra lại số, hoặc xóa tệp bị trùng.',
      'src/content/documents/b.mdx:8: attachments (mục thứ 1).file: không tìm thấy tệp public/files/van-ban/khong-co.pdf: kiểm tra tên tệp (cả chữ hoa, chữ thường) và nơi đặt tệp: tệp văn bản đặt trong thư mục public/files/van-ban/ và viết /files/van-ban/ten-tep.pdf.',
      'src/content/documents/b.mdx:10: attachments (mục thứ 2).file: phải là đường dẫn trong thư mục public viết từ gốc trang, bắt đầu bằng /, ví dụ /files/van-ban/2993-kh-ubnd-2019.pdf.',
      'src/content/documents/b.mdx:11: attachments (mục thứ 2).label: không được để trống.',
    ]);
  });

  it('says how to fix a path written with public, or a name in the wrong case', () => {
    const problems: Problem[] = [];
    const files = [
      readMarkdownFile(
        'src/content/documents/a.mdx',
        doc(
          'attachments:\n  - file: /public/files/van-ban/a.pdf\n    label: "A"\n  - file: public/files/van-ban/a.pdf\n    label: "A"\n  - file: /files/van-ban/A.PDF\n    label: "A"\n',
        ),
        problems,
      ),
    ];
    const result = checkDocuments(
      files,
      (path) => path === 'public/files/van-ban/a.pdf',
      (path) => (path.toLowerCase() === 'public/files/van-ban/a.pdf' ? 'public/files/van-ban/a.pdf' : undefined),
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'src/content/documents/a.mdx:8: attachments (mục thứ 1).file: không tìm thấy tệp public/public/files/van-ban/a.pdf: bỏ /public ở đầu đường dẫn: thư mục public là gốc của trang, ví dụ /files/van-ban/ten-tep.pdf.',
      'src/content/documents/a.mdx:12: attachments (mục thứ 3).file: không tìm thấy tệp public/files/van-ban/A.PDF: có tệp public/files/van-ban/a.pdf, khác tên viết ở đây chỉ ở chữ hoa, chữ thường: viết đúng như tên tệp.',
      'src/content/documents/a.mdx:10: attachments (mục thứ 2).file: bỏ public ở đầu đường dẫn: viết /files/van-ban/a.pdf.',
    ]);
  });

  it('refuses an effective date before the issue date', () => {
    expect(build({ 'a.mdx': doc('effective: 2019-12-31\n') }).lines).toEqual([
      'src/content/documents/a.mdx:7: effective: ngày hiệu lực 31/12/2019 trước ngày ban hành 01/01/2020: kiểm tra lại hai ngày.',
    ]);
  });

  it('knows every file’s slug, valid or not, and warns of drafts', () => {
    const { slugs, documents, warnings } = build({ 'a.mdx': doc('draft: true\n'), 'b.mdx': doc('').replace('type: ke-hoach\n', '').replace('1/KH', '2/KH') });
    expect([...slugs]).toEqual(['a', 'b']);
    expect(documents.map((d) => d.slug)).toEqual(['a']);
    expect(warnings).toEqual(['src/content/documents/a.mdx:7: draft: bản nháp, chưa đăng. Đổi thành draft: false khi muốn đăng.']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { checkConsultations } from './check.ts';

const now = new Date('2026-12-07T10:00:00+07:00');
const draft = (name: string, frontmatter: string, body = 'Dự thảo nói về việc này.') =>
  readMarkdownFile(`src/content/du-thao/${name}.mdx`, `---\n${frontmatter}\n---\n\n${body}\n`, []);
const files = new Set(['public/files/du-thao/a.pdf']);
const check = (...list: ReturnType<typeof draft>[]) =>
  checkConsultations(list, {
    documents: new Set(['ke-hoach-1-kh-ubnd-2027']),
    now,
    fileExists: (path) => files.has(path),
    sameNameOtherCase: (path) => (path === 'public/files/du-thao/A.pdf' ? 'public/files/du-thao/a.pdf' : undefined),
  });
const base = 'title: "Dự thảo kế hoạch"\nissuer: "Sở Nội vụ"';

describe('checkConsultations', () => {
  it('accepts a draft with its files and the document issued, newest opening first', () => {
    const { problems, consultations } = check(
      draft('cu', `${base}\nopens: 2026-01-05\ncloses: 2026-01-20\ndocument: "ke-hoach-1-kh-ubnd-2027"\nsummary: "Nhận 12 ý kiến."`),
      draft('moi', `${base}\nnumber: "15/KH-UBND"\nopens: 2026-12-01\ncloses: 2026-12-20\nfiles:\n  - file: /files/du-thao/a.pdf\n    label: "Toàn văn"`),
    );
    expect(problems).toEqual([]);
    expect(consultations.map((c) => [c.slug, c.status])).toEqual([
      ['moi', 'published'],
      ['cu', 'published'],
    ]);
    expect(consultations[0].files).toEqual([{ file: '/files/du-thao/a.pdf', label: 'Toàn văn' }]);
    expect(consultations[1]).toMatchObject({ document: 'ke-hoach-1-kh-ubnd-2027', summary: 'Nhận 12 ý kiến.' });
  });

  it('accepts a draft open for one day, and orders drafts opening the same day by name', () => {
    const { problems, consultations } = check(
      draft('b-mot-ngay', `${base}\nopens: 2026-12-01\ncloses: 2026-12-01`),
      draft('a-cung-ngay', `${base}\nopens: 2026-12-01\ncloses: 2026-12-10`),
      draft('c-cu', `${base}\nopens: 2026-11-01\ncloses: 2026-11-10`),
    );
    expect(problems).toEqual([]);
    expect(consultations.map((c) => c.slug)).toEqual(['a-cung-ngay', 'b-mot-ngay', 'c-cu']);
  });

  it('names each mistake with its file, line and field, in Vietnamese, all at once', () => {
    const { problems } = check(
      draft('nguoc', `${base}\nopens: 2026-12-20\ncloses: 2026-12-01\ndocument: "khong-co"`),
      draft(
        'tep',
        `${base}\nopens: 2026-12-01\ncloses: 2026-12-20\nfiles:\n  - file: /files/du-thao/A.pdf\n    label: "Toàn văn"\n  - file: public/files/du-thao/b.pdf\n    label: "Phụ lục"`,
      ),
      draft('trong', `${base}\nopens: 2026-12-01`, ''),
    );
    expect(problems.map(formatProblem)).toEqual([
      'src/content/du-thao/nguoc.mdx:5: closes: ngày hết hạn 01/12/2026 trước ngày bắt đầu 20/12/2026: kiểm tra lại hai ngày.',
      'src/content/du-thao/nguoc.mdx:6: document: không có văn bản nào tên "khong-co" (tệp src/content/documents/khong-co.mdx).',
      // The first file is missing although the second is written wrong: both at once.
      'src/content/du-thao/tep.mdx:7: files (mục thứ 1).file: không tìm thấy tệp public/files/du-thao/A.pdf: có tệp public/files/du-thao/a.pdf, khác tên viết ở đây chỉ ở chữ hoa, chữ thường: viết đúng như tên tệp.',
      'src/content/du-thao/tep.mdx:9: files (mục thứ 2).file: bỏ public ở đầu đường dẫn: viết /files/du-thao/b.pdf.',
      'src/content/du-thao/trong.mdx:1: closes: bắt buộc nhưng chưa có: thêm trường này.',
    ]);
  });

  it('finds a file written with other capitals, and a missing body', () => {
    const { problems } = check(
      draft('hoa', `${base}\nopens: 2026-12-01\ncloses: 2026-12-20\nfiles:\n  - file: /files/du-thao/A.pdf\n    label: "Toàn văn"`, ''),
    );
    expect(problems.map(formatProblem)).toEqual([
      'src/content/du-thao/hoa.mdx:7: files (mục thứ 1).file: không tìm thấy tệp public/files/du-thao/A.pdf: có tệp public/files/du-thao/a.pdf, khác tên viết ở đây chỉ ở chữ hoa, chữ thường: viết đúng như tên tệp.',
      'src/content/du-thao/hoa.mdx:1: (nội dung): chưa có nội dung: viết vài dòng dự thảo nói về việc gì, cần góp ý những gì, dưới dòng --- thứ hai.',
    ]);
  });
});

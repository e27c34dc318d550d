import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { checkNotices, currentNotices } from './check.ts';

const now = new Date('2026-12-07T10:00:00+07:00');
const notice = (name: string, frontmatter: string, body = 'Nội dung thông báo.') =>
  readMarkdownFile(`src/content/thong-bao/${name}.mdx`, `---\n${frontmatter}\n---\n\n${body}\n`, []);
const check = (...files: ReturnType<typeof notice>[]) => checkNotices(files, { documents: new Set(['ke-hoach-1-kh-ubnd-2026']), now });

describe('checkNotices', () => {
  it('accepts a notice with a deadline and a document, and gives it its status', () => {
    const { problems, notices } = check(
      notice('han-nop', 'title: "Hạn nộp báo cáo"\ndate: 2026-11-25T08:00:00\nuntil: 2026-12-31\ndocuments: ["ke-hoach-1-kh-ubnd-2026"]'),
    );
    expect(problems).toEqual([]);
    expect(notices).toMatchObject([{ slug: 'han-nop', until: '2026-12-31', status: 'published', documents: ['ke-hoach-1-kh-ubnd-2026'] }]);
  });

  it('names each mistake with its file, line and field, in Vietnamese, all at once', () => {
    const { problems, notices } = check(
      notice('sai-han', 'title: "Sai hạn"\ndate: 2026-11-25T08:00:00\nuntil: 2026-11-20\ndocuments: ["khong-co"]'),
      notice('khong-noi-dung', 'title: "Trống"\ndate: 2026-11-25T08:00:00', ''),
      notice('sai-ngay', 'title: "Sai ngày"\ndate: 25/11/2026'),
    );
    expect(problems.map(formatProblem)).toEqual([
      'src/content/thong-bao/sai-han.mdx:5: documents (mục thứ 1): không có văn bản nào tên "khong-co" (tệp src/content/documents/khong-co.mdx).',
      'src/content/thong-bao/sai-han.mdx:4: until: ngày 20/11/2026 trước ngày đăng 25/11/2026: thông báo sẽ không hiện ở trang chủ ngày nào; sửa lại ngày, hoặc để trống.',
      'src/content/thong-bao/khong-noi-dung.mdx:1: (nội dung): thông báo chưa có nội dung: viết nội dung dưới dòng --- thứ hai.',
      'src/content/thong-bao/sai-ngay.mdx:3: date: "25/11/2026" phải viết theo dạng năm-tháng-ngày: 2026-11-25.',
    ]);
    // Same posting time: by name, so that every build lists them alike.
    expect(notices.map((n) => n.slug)).toEqual(['khong-noi-dung', 'sai-han']);
  });

  it('warns of drafts and scheduled notices, and lists them newest first', () => {
    const { problems, notices } = check(
      notice('cu', 'title: "Cũ"\ndate: 2026-01-05T08:00:00'),
      notice('nhap', 'title: "Nháp"\ndate: 2026-12-01T08:00:00\ndraft: true'),
      notice('hen-gio', 'title: "Hẹn giờ"\ndate: 2026-12-20T08:00:00'),
    );
    expect(problems.map((p) => [p.file.split('/').at(-1), p.field, p.severity])).toEqual([
      ['nhap.mdx', 'draft', 'warning'],
      ['hen-gio.mdx', 'date', 'warning'],
    ]);
    expect(notices.map((n) => [n.slug, n.status])).toEqual([
      ['hen-gio', 'scheduled'],
      ['nhap', 'draft'],
      ['cu', 'published'],
    ]);
  });
});

describe('currentNotices', () => {
  const list = [
    { slug: 'a', status: 'published' as const, until: '2026-12-07' },
    { slug: 'b', status: 'published' as const, until: '2026-12-06' },
    { slug: 'c', status: 'draft' as const },
    { slug: 'd', status: 'published' as const },
    { slug: 'e', status: 'published' as const },
  ];

  it('keeps published notices until the end of their day (Vietnam), newest first, at most as many as asked', () => {
    expect(currentNotices(list, '2026-12-07', 3).map((n) => n.slug)).toEqual(['a', 'd', 'e']);
    expect(currentNotices(list, '2026-12-08', 3).map((n) => n.slug)).toEqual(['d', 'e']);
    expect(currentNotices(list, '2026-12-06', 2).map((n) => n.slug)).toEqual(['a', 'b']);
  });
});

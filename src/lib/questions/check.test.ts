import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { checkQuestions, questionsByField } from './check.ts';

const now = new Date('2026-12-07T10:00:00+07:00');
const question = (name: string, frontmatter: string, body = 'Trả lời: được.') =>
  readMarkdownFile(`src/content/hoi-dap/${name}.mdx`, `---\n${frontmatter}\n---\n\n${body}\n`, []);
const check = (...files: ReturnType<typeof question>[]) => checkQuestions(files, { documents: new Set(['ke-hoach-1-kh-ubnd-2026']), now });
const base = 'question: "Hỏi gì?"\nansweredBy: "Sở Nội vụ"';

describe('checkQuestions', () => {
  it('accepts a question with its answer, and orders them by the answer, newest first', () => {
    const { problems, questions } = check(
      question('cu', `${base}\nanswered: 2026-10-01T09:00:00\nfield: "Đất đai"`),
      question('moi', `${base}\nasker: "Ông T."\nasked: 2026-11-20\nanswered: 2026-11-25T08:00:00\ndocuments: ["ke-hoach-1-kh-ubnd-2026"]`),
    );
    expect(problems).toEqual([]);
    expect(questions.map((q) => [q.slug, q.status])).toEqual([
      ['moi', 'published'],
      ['cu', 'published'],
    ]);
    expect(questions[0]).toMatchObject({ asker: 'Ông T.', asked: '2026-11-20', documents: ['ke-hoach-1-kh-ubnd-2026'] });
  });

  it('names each mistake with its file, line and field, in Vietnamese, all at once', () => {
    const { problems, questions } = check(
      question('thieu', 'question: "Hỏi?"\nanswered: 2026-11-25'),
      question('khong-tra-loi', `${base}\nanswered: 2026-11-25`, ''),
      question('nguoc-ngay', `${base}\nasked: 2026-11-26\nanswered: 2026-11-25T08:00:00\ndocuments: ["khong-co"]`),
      question('a', `${base}\nanswered: 2026-11-25\nfield: "Đất đai"`),
      question('b', `${base}\nanswered: 2026-11-25\nfield: "đất  đai"`),
    );
    expect(problems.map(formatProblem)).toEqual([
      'src/content/hoi-dap/thieu.mdx:1: answeredBy: bắt buộc nhưng chưa có: thêm trường này.',
      'src/content/hoi-dap/khong-tra-loi.mdx:1: (nội dung): chưa có câu trả lời: viết câu trả lời dưới dòng --- thứ hai.',
      'src/content/hoi-dap/nguoc-ngay.mdx:6: documents (mục thứ 1): không có văn bản nào tên "khong-co" (tệp src/content/documents/khong-co.mdx).',
      'src/content/hoi-dap/nguoc-ngay.mdx:4: asked: ngày hỏi 26/11/2026 sau ngày trả lời 25/11/2026: kiểm tra lại hai ngày.',
      'src/content/hoi-dap/b.mdx:5: field: "đất  đai" và "Đất đai" là một lĩnh vực viết hai cách: viết "Đất đai" như ở các câu hỏi khác.',
    ]);
    expect(questions.map((q) => q.slug)).toEqual(['nguoc-ngay', 'a', 'b', 'khong-tra-loi']);
  });

  it('accepts a question answered the day it was asked, and one field written the same way twice', () => {
    const { problems } = check(
      question('cung-ngay', `${base}\nasked: 2026-11-25\nanswered: 2026-11-25T16:00:00\nfield: "Đất đai"`),
      question('cung-linh-vuc', `${base}\nanswered: 2026-11-24\nfield: "Đất đai"`),
    );
    expect(problems).toEqual([]);
  });

  it('holds back drafts and answers dated later, with a warning', () => {
    const { problems, questions } = check(
      question('nhap', `${base}\nanswered: 2026-11-25\ndraft: true`),
      question('hen', `${base}\nanswered: 2026-12-08T08:00:00`),
    );
    expect(problems.map((p) => [p.field, p.severity])).toEqual([
      ['draft', 'warning'],
      ['answered', 'warning'],
    ]);
    expect(problems[1].message).toBe('hẹn giờ: câu hỏi lên trang ở lần dựng trang đầu tiên sau 08/12/2026 8:00 SA (giờ Việt Nam).');
    expect(questions.map((q) => [q.slug, q.status])).toEqual([
      ['hen', 'scheduled'],
      ['nhap', 'draft'],
    ]);
  });
});

describe('questionsByField', () => {
  it('groups questions by field, fields by name in Vietnamese order, leaving out those without one', () => {
    const groups = questionsByField([
      { slug: '1', field: 'Tư pháp' },
      { slug: '2', field: 'Đất đai' },
      { slug: '3' },
      { slug: '4', field: 'Tư pháp' },
      { slug: '5', field: 'Bảo hiểm' },
    ]);
    expect(groups.map((g) => [g.field, g.slug, g.questions.map((q) => q.slug)])).toEqual([
      ['Bảo hiểm', 'bao-hiem', ['5']],
      ['Đất đai', 'dat-dai', ['2']],
      ['Tư pháp', 'tu-phap', ['1', '4']],
    ]);
  });
});

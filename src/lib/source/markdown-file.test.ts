import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems/problem.ts';
import { readMarkdownFile } from './markdown-file.ts';

const FILE = 'src/content/news/a.mdx';
function read(text: string) {
  const problems: Problem[] = [];
  const file = readMarkdownFile(FILE, text, problems);
  return { file, problems: problems.map((p) => `${p.line}: ${p.field}: ${p.message}`) };
}

describe('readMarkdownFile', () => {
  it('reads dates as the text written (YAML 1.2), and the line of every field', () => {
    const { file, problems } = read('---\ntitle: "Tin"\ndate: 2019-12-23T20:00:00\nattachments:\n  - file: /a.pdf\n    label: A\n---\n\nThân bài.\n');
    expect(problems).toEqual([]);
    expect(file.data).toEqual({ title: 'Tin', date: '2019-12-23T20:00:00', attachments: [{ file: '/a.pdf', label: 'A' }] });
    expect(file.lineOf(['date'])).toBe(3);
    expect(file.lineOf(['attachments', 0, 'label'])).toBe(6);
    // A field that is not written points at the nearest thing that is.
    expect(file.lineOf(['summary'])).toBe(1);
    expect(file.lineOf(['attachments', 0, 'size'])).toBe(5);
  });
  it('keeps the body at the lines it has in the file', () => {
    const { file } = read('---\ntitle: x\n---\nDòng 4\n');
    expect(file.body.split('\n')[3]).toBe('Dòng 4');
  });
  it('copes with a byte-order mark and Windows line ends', () => {
    const { file, problems } = read('\uFEFF---\r\ntitle: x\r\ndate: 2020-01-01\r\n---\r\nBody\r\n');
    expect(problems).toEqual([]);
    expect(file.data).toEqual({ title: 'x', date: '2020-01-01' });
    expect(file.lineOf(['date'])).toBe(3);
  });
  it('says to quote a value with a colon, writing the editor’s own line, for every such line', () => {
    expect(read('---\ndate: 2022-01-01\ntitle: PAR INDEX 2022: Lai Châu tăng hạng\nsummary: Sáng nay: hội nghị\n---\n').problems).toEqual([
      '3: title: giá trị có dấu hai chấm (:) mà không đặt trong ngoặc kép: viết title: "PAR INDEX 2022: Lai Châu tăng hạng".',
      '4: summary: giá trị có dấu hai chấm (:) mà không đặt trong ngoặc kép: viết summary: "Sáng nay: hội nghị".',
    ]);
  });
  it('explains a quote closed too early and a value that runs on to the next line, in Vietnamese only', () => {
    expect(read('---\ntitle: "Sở Nội vụ" tổ chức hội nghị\n---\n').problems).toEqual([
      '2: title: giá trị mở bằng dấu ngoặc thì phải kết thúc bằng đúng dấu ngoặc đó; bên trong dùng “ ”: viết title: "“Sở Nội vụ” tổ chức hội nghị".',
    ]);
    expect(read('---\nsummary: dòng một\ndòng hai tiếp\n---\n').problems).toEqual([
      '3: (tệp): dòng này không có dạng "trường: giá trị". Nếu nó nối tiếp dòng trên, viết cả giá trị trên một dòng, trong ngoặc kép.',
    ]);
  });
  it('catches a # that would silently cut a value short, not a note after a space', () => {
    const { file, problems } = read('---\ntitle: Hội nghị lần #2 về CCHC\nauthor: Thu Hoài # tùy chọn\n---\n');
    expect(problems).toEqual([
      '2: title: dấu # mở đầu một ghi chú nên phần từ dấu # trở đi bị bỏ mất: đặt cả giá trị trong ngoặc kép, viết title: "Hội nghị lần #2 về CCHC".',
    ]);
    expect(file.data?.author).toBe('Thu Hoài');
  });
  it('tells a missing closing --- from a missing frontmatter', () => {
    expect(read('---\ntitle: x\n\nNội dung.\n').problems[0]).toMatch(/^1: \(tệp\): thiếu dòng --- đóng phần thông tin đầu tệp/);
  });
  it('points at the line where a quote was opened and not closed', () => {
    const { problems } = read('---\ntitle: "Chưa đóng\ndate: 2022-01-01\ncategory: a\n---\n');
    expect(problems).toEqual(['2: title: mở dấu ngoặc kép mà không đóng: thêm dấu " ở cuối giá trị.']);
  });
  it('explains tabs, duplicate fields and unclosed lists', () => {
    expect(read('---\ntitle: x\n\tdate: 2022-01-01\n---\n').problems[0]).toMatch(/^3: date: thụt lề bằng phím Tab/);
    expect(read('---\ntitle: a\ntitle: b\n---\n').problems).toEqual(['3: title: trường này được viết hai lần: xóa một dòng.']);
    expect(read('---\ntags: [a, b\ndate: 2022-01-01\n---\n').problems[0]).toMatch(/^2: tags: danh sách mở bằng \[ mà không đóng/);
  });
  it('reports a file without frontmatter', () => {
    const { file, problems } = read('Chỉ có nội dung.\n');
    expect(file.data).toBeUndefined();
    expect(problems[0]).toMatch(/^1: \(tệp\): thiếu phần thông tin đầu tệp/);
  });
});

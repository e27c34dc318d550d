import { describe, expect, it } from 'vitest';
import { byField, describePath, formatProblem, formatReport, type Problem } from './problem.ts';
import { closest, didYouMean } from './suggest.ts';

describe('formatProblem', () => {
  it('writes file:line: field: message', () => {
    expect(formatProblem({ file: 'src/content/news/a.mdx', line: 3, field: 'date', message: 'sai.' })).toBe('src/content/news/a.mdx:3: date: sai.');
  });
});

describe('formatReport', () => {
  const problems: Problem[] = [
    { file: 'b.json', line: 9, field: 'x', message: 'lỗi 3' },
    { file: 'a.mdx', line: 1, field: 'draft', message: 'bản nháp', severity: 'warning' },
    { file: 'a.mdx', line: 7, field: 'y', message: 'lỗi 2' },
    { file: 'a.mdx', line: 2, field: 'z', message: 'lỗi 1' },
  ];
  it('lists errors by file and line, then warnings, one per line, with counts', () => {
    const lines = formatReport(problems).split('\n');
    expect(lines[0]).toBe('Có 3 lỗi trong 2 tệp. Sửa từng dòng dưới đây (tệp:dòng: trường: lỗi), rồi chạy lại npm run check.');
    expect(lines.slice(1, 4)).toEqual(['a.mdx:2: z: lỗi 1', 'a.mdx:7: y: lỗi 2', 'b.json:9: x: lỗi 3']);
    expect(lines.slice(4)).toEqual(['', 'Lưu ý (không phải lỗi, 1):', 'a.mdx:1: draft: bản nháp']);
  });
  it('is empty when there is nothing to say', () => {
    expect(formatReport([])).toBe('');
  });
});

describe('describePath', () => {
  const year = { results: [{ unit: 'a' }, { unit: 'b' }, { unit: 'so-tu-phap', components: { 'chi-dao': { score: 1 } } }] };
  const names = { results: { noun: 'kết quả', id: byField('unit') } };
  it('counts list entries from 1 and names them', () => {
    expect(describePath(['results', 2, 'score'], year, names)).toBe('kết quả thứ 3 (so-tu-phap).score');
    expect(describePath(['results', 2, 'components', 'chi-dao', 'score'], year, names)).toBe('kết quả thứ 3 (so-tu-phap).components.chi-dao.score');
  });
  it('falls back to the position where an entry has no name', () => {
    expect(describePath(['results', 5], year, names)).toBe('kết quả thứ 6');
    expect(describePath(['attachments', 0, 'file'], { attachments: [{}] })).toBe('attachments (mục thứ 1).file');
  });
  it('names the entries of a file that is a list', () => {
    expect(describePath([1, 'id'], [{ id: 'a' }, { id: 'b' }], { '': { noun: 'chuyên mục', id: byField('id') } })).toBe('chuyên mục thứ 2 (b).id');
  });
  it('names the whole file for an empty path', () => {
    expect(describePath([], {})).toBe('(tệp)');
  });
});

describe('did you mean', () => {
  it('suggests the nearest known word for a typo', () => {
    expect(closest('sumary', ['title', 'summary', 'source'])).toBe('summary');
    expect(closest('Titel', ['title', 'date'])).toBe('title');
    expect(didYouMean('ke-hoac', ['ke-hoach', 'chi-thi'])).toBe(' Có phải bạn định viết "ke-hoach"?');
  });
  it('matches a name typed where its id belongs', () => {
    expect(didYouMean('Tin tức sự kiện', ['tin-tuc-su-kien', 'ket-qua-cchc'])).toBe(' Có phải bạn định viết "tin-tuc-su-kien"?');
    expect(didYouMean('Sở Nội vụ', ['so-noi-vu', 'so-tu-phap'])).toBe(' Có phải bạn định viết "so-noi-vu"?');
  });
  it('suggests nothing when no word is close', () => {
    expect(closest('tags', ['date', 'title'])).toBeUndefined();
    expect(didYouMean('xyz', [])).toBe('');
  });
});

describe('did you mean, for letters typed the wrong way round', () => {
  it('counts a swap of two letters as one slip', () => {
    expect(closest('flie', ['file', 'label'])).toBe('file');
    expect(closest('dtae', ['date', 'tags'])).toBe('date');
  });
});

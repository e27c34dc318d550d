import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../problems/problem.ts';
import { checkWrittenFiles } from './written-files.ts';

const FILE = 'src/content/thu/muc.mdx';
function run(written: Record<string, unknown>) {
  const problems: Problem[] = [];
  checkWrittenFiles(
    written,
    { list: 'files', keys: ['file', 'poster'], item: 'tệp', where: 'đặt tệp trong public/files/' },
    {
      file: FILE,
      add: (path, field, message) => problems.push({ file: FILE, line: path.length, field, message }),
      fileExists: (path) => ['public/files/a.pdf', 'src/content/thu/images/b.jpg'].includes(path),
      sameNameOtherCase: (path) => (path === 'public/files/A.pdf' ? 'public/files/a.pdf' : undefined),
    },
  );
  return problems.map(formatProblem);
}

describe('checkWrittenFiles', () => {
  it('names each file of a list that is not where it says, beside the file or under public/', () => {
    expect(run({ files: [{ file: '/files/a.pdf', poster: './images/b.jpg' }, { file: ' /files/A.pdf ' }, null, { poster: '../thu/images/c.jpg' }] })).toEqual([
      'src/content/thu/muc.mdx:3: files (tệp thứ 2).file: không tìm thấy tệp public/files/A.pdf: có tệp public/files/a.pdf, khác tên viết ở đây chỉ ở chữ hoa, chữ thường: viết đúng như tên tệp.',
      'src/content/thu/muc.mdx:3: files (tệp thứ 4).poster: không tìm thấy tệp src/content/thu/images/c.jpg: kiểm tra tên tệp (cả chữ hoa, chữ thường) và nơi đặt tệp: đặt tệp trong public/files/.',
    ]);
  });

  it('leaves to the schema what is not a path, and a list that is not a list', () => {
    expect(run({ files: [{ file: 'public/files/x.pdf' }, { file: '//cdn.example/x.pdf' }, { file: 3 }, 'x'] })).toEqual([]);
    expect(run({ files: 'x.pdf' })).toEqual([]);
    expect(run({})).toEqual([]);
  });
});

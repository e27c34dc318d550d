import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHistory, SHALLOW_NOTE } from './file-history.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-history-'));
  dirs.push(dir);
  return dir;
};
function git(cwd: string, args: string[], date?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Biên tập',
    GIT_AUTHOR_EMAIL: 'b@example.vn',
    GIT_COMMITTER_NAME: 'Biên tập',
    GIT_COMMITTER_EMAIL: 'b@example.vn',
  };
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env });
  if (result.status !== 0) throw new Error(result.stderr);
}
const write = (root: string, path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('fileHistory', () => {
  it('dates each content file by its last modification, paths as the project names them; a file only added has none', () => {
    const root = scratch();
    git(root, ['init', '--quiet', '--initial-branch=main']);
    write(root, 'src/content/news/a.mdx', 'một');
    write(root, 'src/content/news/b.mdx', 'hai');
    write(root, 'src/pages/x.astro', 'mã');
    git(root, ['add', '--all']);
    git(root, ['commit', '--quiet', '-m', 'đầu'], '2026-11-02T10:00:00+07:00');
    write(root, 'src/content/news/a.mdx', 'một, đã sửa');
    git(root, ['commit', '--quiet', '-am', 'sửa'], '2026-11-20T15:00:00+07:00');

    const { changed, note } = fileHistory(root);
    expect(note).toBeUndefined();
    // b.mdx was added and never changed: its posting is its only date.
    expect(Object.fromEntries([...changed].map(([file, date]) => [file, date.toISOString()]))).toEqual({
      'src/content/news/a.mdx': '2026-11-20T08:00:00.000Z',
    });
  });

  it('has no history outside git, and none from a shallow clone (every file would date from its one commit), saying so', () => {
    expect(fileHistory(scratch())).toEqual({ changed: new Map() });

    const origin = scratch();
    git(origin, ['init', '--quiet', '--initial-branch=main']);
    write(origin, 'src/content/news/a.mdx', 'một');
    git(origin, ['add', '--all']);
    git(origin, ['commit', '--quiet', '-m', 'đầu'], '2026-11-02T10:00:00+07:00');
    write(origin, 'src/content/news/a.mdx', 'hai');
    git(origin, ['commit', '--quiet', '-am', 'sửa'], '2026-11-20T15:00:00+07:00');
    const clone = join(scratch(), 'clone');
    git(origin, ['clone', '--quiet', '--depth=1', `file://${origin}`, clone]);
    expect(fileHistory(clone)).toEqual({ changed: new Map(), note: SHALLOW_NOTE });
  });
});

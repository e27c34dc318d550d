import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseFileHistory } from '../lib/build/file-history.ts';

/** When each content file last changed (git), and why there is no history when there is none. */
export interface FileHistory {
  /** Project-relative path (`src/content/news/x.mdx`) → time of its last commit. */
  changed: Map<string, Date>;
  /** Said once by the build when history was expected but cut short. */
  note?: string;
}

// Shared by the build script and the pages Vite bundles (two copies of this module): one git run per build.
const KEY = Symbol.for('cchc-portal.file-history');
const memo = ((globalThis as { [KEY]?: Map<string, FileHistory> })[KEY] ??= new Map());

export const SHALLOW_NOTE =
  'Ngày "Cập nhật lần cuối" được bỏ qua: bản sao git không có đủ lịch sử (shallow clone). Trong quy trình dựng trang, đặt fetch-depth: 0 (GitHub Actions) hoặc GIT_DEPTH: 0 (GitLab CI).';

/**
 * The content files' last modifications from `git log`, run once per project root. No git, no
 * repository or no commit: an empty history, and pages show their posting date alone. A shallow
 * clone (CI's default) would date every file to its one commit: treated as no history, with a note.
 */
export function fileHistory(root: string): FileHistory {
  const known = memo.get(root);
  if (known) return known;
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  let history: FileHistory = { changed: new Map() };
  const shallow = git('rev-parse', '--is-shallow-repository');
  if (shallow.status === 0 && shallow.stdout.trim() === 'true') history = { changed: new Map(), note: SHALLOW_NOTE };
  else if (shallow.status === 0) {
    // Modifications only (--diff-filter=M): the commit that adds a file is its posting, not an
    // update, so that content brought in years after its date (an import) shows none.
    const log = git('log', '--format=%x1e%cI', '--name-only', '--no-renames', '--diff-filter=M', '--relative', '--', join(root, 'src/content'));
    if (log.status === 0) history = { changed: parseFileHistory(log.stdout) };
  }
  memo.set(root, history);
  return history;
}

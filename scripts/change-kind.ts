// For the publishing pipelines: did the commits between two revisions change only content
// (src/content/, data/, public/, portal.config.json) or also code? Prints `code=true` or
// `code=false` (the GitHub Actions output format) on stdout and a line in Vietnamese on stderr.
// Usage: node scripts/change-kind.ts <before> <after>
import { execFileSync } from 'node:child_process';
import { changeKind } from '../src/lib/build/change-kind.ts';

const [before, after = 'HEAD'] = process.argv.slice(2);
let paths: string[] | undefined;
// A new branch has no "before" (all zeros); a failed diff (shallow clone, force push) is unknown.
if (before && !/^0+$/.test(before)) {
  try {
    paths = execFileSync('git', ['diff', '--name-only', before, after], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean);
  } catch {
    paths = undefined;
  }
}
const kind = changeKind(paths);
console.error(
  kind === 'content'
    ? `Chỉ thay đổi nội dung (${paths!.length} tệp): kiểm tra, dựng trang và kiểm tra trang đã dựng, không chạy toàn bộ kiểm thử.`
    : paths === undefined
      ? 'Không xác định được các tệp đã thay đổi: chạy toàn bộ kiểm thử.'
      : 'Có thay đổi mã nguồn: chạy toàn bộ kiểm thử trước khi dựng trang.',
);
console.log(`code=${kind === 'code'}`);

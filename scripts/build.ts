// `npm run build`: the editors' check first (every problem listed, nothing built while any
// remains), then Astro, whose integrations do the rest (src/integrations/post-build.ts: stale
// files, unused pictures, search indexes, _headers). Prints a few lines of progress and the
// problems, nothing else.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatReport, isWarning } from '../src/lib/problems/problem.ts';
import { checkProject, errorsOf, handOverToBuild } from '../src/check/project.ts';
import { CONFIG_FILE } from '../src/content.paths.ts';
import { fileHistory } from '../src/check/file-history.ts';
import { summary } from './check-summary.ts';
import { buildTime } from '../src/lib/build/build-time.ts';

const root = process.cwd();
const INCREMENTAL_MANIFEST = join(root, '.astro', 'cache', 'incremental-build.json');

const started = performance.now();
// When each step ended, in milliseconds since the process started (the benchmark's breakdown).
const marks: Array<[string, number]> = [['Node start-up', started]];
let now: Date;
try {
  now = buildTime();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const project = checkProject(root, { cache: true, now });
const errors = errorsOf(project);
if (errors.length > 0) {
  console.error(formatReport(project.problems));
  console.error(summary(project, performance.now() - started));
  console.error('Trang chưa được dựng và không có gì được đăng: sửa các lỗi trên rồi chạy lại.');
  process.exit(1);
}
const checkTime = performance.now() - started;
marks.push(['check', performance.now()]);
handOverToBuild(project);
const warnings = project.problems.filter(isWarning);
const unfilled = warnings.filter((p) => p.file === CONFIG_FILE).length;
const unpublished = warnings.length - unfilled;
console.log(
  summary(project, performance.now() - started) +
    (unpublished > 0 ? ` ${unpublished} mục chưa đăng (bản nháp, hẹn giờ): xem npm run check.` : '') +
    (unfilled > 0 ? ` ${unfilled} mục cấu hình chưa điền (${CONFIG_FILE}): xem npm run check.` : ''),
);
// The pages' "Cập nhật lần cuối" come from git: read once here, shared with the pages.
const history = fileHistory(root);
if (history.note) console.log(history.note);
marks.push(['git history', performance.now()]);

// Astro's usage report is not for a government office's build machine.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A production build whatever the caller's environment (a test runner sets NODE_ENV=test).
process.env.NODE_ENV = 'production';
const { build } = await import('astro');
marks.push(['loading Astro', performance.now()]);
try {
  // BUILD_LOG_LEVEL=info shows Astro's own progress, page by page, when a build is slow.
  await build({ root, logLevel: process.env.BUILD_LOG_LEVEL === 'info' ? 'info' : 'warn' });
} catch (error) {
  // The check has caught editors' mistakes; what is left is a fault in the code or the machine.
  console.error(`Dựng trang thất bại: ${error instanceof Error ? error.message : String(error)}`);
  // dist/ may now hold pages of a build that never finished: the next one starts afresh.
  rmSync(INCREMENTAL_MANIFEST, { force: true });
  process.exit(1);
}
// The integration (src/integrations/post-build.ts) wrote Astro's, the scan's and search's times.
if (process.env.BUILD_TIMINGS_FILE) {
  const timings = JSON.parse(readFileSync(process.env.BUILD_TIMINGS_FILE, 'utf8'));
  marks.push(...timings.marks, ['end of the build', performance.now()]);
  writeFileSync(process.env.BUILD_TIMINGS_FILE, JSON.stringify({ check: checkTime, ...timings, marks }));
}
// Everything is written. Astro leaves timers and workers behind that kept the process alive for
// most of a second more.
process.exit(0);

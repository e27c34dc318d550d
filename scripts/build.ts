// `npm run build`: the editors' check first (every problem listed, nothing built while any
// remains), then Astro, whose integrations do the rest (src/integrations/post-build.ts: stale
// files, unused pictures, search indexes, _headers). When only the text of some articles
// changed since the last build, their pages are republished without Astro (src/republish/);
// `npm run build -- --full` always runs Astro. Prints a few lines of progress and the problems,
// nothing else.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatReport, isWarning } from '../src/lib/problems/problem.ts';
import { checkProject, errorsOf, handOverToBuild } from '../src/check/project.ts';
import { CONFIG_FILE } from '../src/content.paths.ts';
import { fileHistory } from '../src/check/file-history.ts';
import { summary } from './check-summary.ts';
import { buildTime } from '../src/lib/build/build-time.ts';
import { republish } from '../src/republish/republish.ts';
import { modelDigests, snapshotInputs, writeState } from '../src/republish/state.ts';
import { formatNumber } from '../src/lib/vietnamese/numbers.ts';

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
// Before anything is read: a file saved during the build is then read again by the next one.
const snapshot = snapshotInputs(root);
const project = checkProject(root, { cache: true, now, stamps: snapshot.files });
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

// What the pages are made from besides the files: compared now, recorded after Astro's build.
const digests = modelDigests(project, history, now);
if (!process.argv.includes('--full')) {
  const done = await republish(root, { project, snapshot, digests }, marks);
  if ('pages' in done) {
    console.log(
      `Đăng lại nhanh: ${done.files.length} tệp chỉ đổi nội dung, ${done.pages.length} trang viết lại, các trang khác giữ nguyên (${formatNumber((performance.now() - started) / 1000, 1)} giây).`,
    );
    writeTimings([]);
    process.exit(0);
  }
  // With Astro's own progress, in English: why the pages are not republished alone.
  if (process.env.BUILD_LOG_LEVEL === 'info') console.log(`Not republished without Astro: ${done.notDone}.`);
}

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
// What the next build compares to republish an edited text without Astro (src/republish/).
writeState(root, { ...snapshot, ...digests, republished: {}, pages: [] });
// The integration (src/integrations/post-build.ts) wrote Astro's, the scan's and search's times.
writeTimings(process.env.BUILD_TIMINGS_FILE ? JSON.parse(readFileSync(process.env.BUILD_TIMINGS_FILE, 'utf8')).marks : []);
// Everything is written. Astro leaves timers and workers behind that kept the process alive for
// most of a second more.
process.exit(0);

/** The build's steps, for the benchmark (tools/bench/run-build.ts), after `more` of its own. */
function writeTimings(more: Array<[string, number]>) {
  if (!process.env.BUILD_TIMINGS_FILE) return;
  marks.push(...more, ['end of the build', performance.now()]);
  const timings = existsSync(process.env.BUILD_TIMINGS_FILE) ? JSON.parse(readFileSync(process.env.BUILD_TIMINGS_FILE, 'utf8')) : {};
  writeFileSync(process.env.BUILD_TIMINGS_FILE, JSON.stringify({ check: checkTime, ...timings, marks }));
}

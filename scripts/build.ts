// `npm run build`: the editors' check first (every problem listed, nothing built while any
// remains), then the site with Astro, then the search index with pagefind. Prints a few lines
// of progress and the problems, nothing else.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorOrigins, editorPolicy, formatHeadersFile, headerRules, sitePolicy } from '../src/lib/hosting/headers.ts';
import { formatReport, isWarning } from '../src/lib/problems/problem.ts';
import { formatNumber } from '../src/lib/vietnamese/numbers.ts';
import { checkProject, errorsOf, handOverToBuild } from '../src/check/project.ts';
import { CONFIG_FILE } from '../src/content.paths.ts';
import { recordedPages, staleOutputs } from '../src/lib/build/stale-output.ts';
import { cachedFacts, isScanned, scanFile, SCAN_CACHE_VERSION, type ScanCache } from '../src/lib/build/output-scan.ts';
import { urls } from '../src/lib/urls.ts';
import { writeSearchIndexes } from './search-index.ts';
import { summary } from './check-summary.ts';

const root = process.cwd();
// Whatever in dist/ changed before this instant is the previous build's (src/lib/build/stale-output.ts).
const buildStarted = Date.now();
// Phase times in milliseconds, written to BUILD_TIMINGS_FILE when it is set (the benchmark's).
const timings: Record<string, number> = {};
const INCREMENTAL_MANIFEST = join(root, '.astro', 'cache', 'incremental-build.json');
const SCAN_CACHE = join(root, '.astro', 'output-scan.json');
const seconds = (since: number) => `${formatNumber((performance.now() - since) / 1000, 1)} giây`;

let started = performance.now();
const project = checkProject(root);
const errors = errorsOf(project);
if (errors.length > 0) {
  console.error(formatReport(project.problems));
  console.error(summary(project, performance.now() - started));
  console.error('Trang chưa được dựng và không có gì được đăng: sửa các lỗi trên rồi chạy lại.');
  process.exit(1);
}
timings.check = performance.now() - started;
handOverToBuild(project);
const warnings = project.problems.filter(isWarning);
const unfilled = warnings.filter((p) => p.file === CONFIG_FILE).length;
const unpublished = warnings.length - unfilled;
console.log(
  summary(project, performance.now() - started) +
    (unpublished > 0 ? ` ${unpublished} mục chưa đăng (bản nháp, hẹn giờ): xem npm run check.` : '') +
    (unfilled > 0 ? ` ${unfilled} mục cấu hình chưa điền (${CONFIG_FILE}): xem npm run check.` : ''),
);

// Astro's usage report is not for a government office's build machine.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A production build whatever the caller's environment (a test runner sets NODE_ENV=test).
process.env.NODE_ENV = 'production';
const { build } = await import('astro');
started = performance.now();
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
timings.astro = performance.now() - started;
started = performance.now();
const dist = join(root, 'dist');
// dist/ is kept between builds (astro.config.mjs): what this build neither wrote nor reused goes.
const written = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => {
    const path = join(e.parentPath, e.name);
    const stat = statSync(path);
    return { path: path.slice(dist.length + 1), changedMs: stat.ctimeMs, size: stat.size };
  });
const reused = existsSync(INCREMENTAL_MANIFEST) ? recordedPages(JSON.parse(readFileSync(INCREMENTAL_MANIFEST, 'utf8'))) : new Set<string>();
const stale = new Set(staleOutputs(written, reused, buildStarted));
for (const f of stale) rmSync(join(dist, f));
removeEmptyFolders(dist);
const kept = written.filter((f) => !stale.has(f.path));
const files = kept.map((f) => f.path);
const pages = files.filter((f) => f.endsWith('.html')).length;
// Astro copies the original of every processed picture (a camera's 4000 px JPEG) although no
// page links it: drop the pictures in _astro/ that no page, stylesheet or feed refers to.
// The same pass collects the hashes of the pages' inline scripts and styles for the CSP, and
// what the search indexes hold. File by file, so that 10,000 pages are never held in memory at
// once, and only the files written since the last build (src/lib/build/output-scan.ts).
const previousScan = existsSync(SCAN_CACHE) ? (JSON.parse(readFileSync(SCAN_CACHE, 'utf8')) as ScanCache) : undefined;
const scan: ScanCache = { version: SCAN_CACHE_VERSION, files: {} };
const referenced = new Set<string>();
const inline = { scripts: new Set<string>(), styles: new Set<string>() };
const indexedPages = new Map<string, string>();
for (const { path, changedMs, size } of kept.filter((f) => isScanned(f.path))) {
  const facts = cachedFacts(previousScan, path, changedMs, size) ?? scanFile(path, readFileSync(join(dist, path), 'utf8'));
  scan.files[path] = { changedMs, size, facts };
  facts.assets.forEach((a) => referenced.add(a));
  if (facts.searchDigest) indexedPages.set(path, facts.searchDigest);
  facts.scripts.forEach((h) => inline.scripts.add(h));
  facts.styles.forEach((h) => inline.styles.add(h));
}
const unused = files.filter((f) => /^_astro\/[^/]+\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(f) && !referenced.has(f.slice('_astro/'.length)));
for (const f of unused) rmSync(join(dist, f));
timings.scan = performance.now() - started;
console.log(`Dựng trang: ${pages} trang HTML trong dist/ (${formatNumber((timings.astro + timings.scan) / 1000, 1)} giây).`);

started = performance.now();
// Older years of news get indexes of their own, searched when the reader asks for them.
// Outside Astro the addresses are written from the site's root, as files are laid out in dist/.
const distPath = (slug: string) => `${urls.article(slug).slice(1)}index.html`;
const archive = new Map(project.newsSearch.archiveYears.map(({ year, slugs }) => [year, new Set(slugs.map(distPath))]));
const search = await writeSearchIndexes({ root, dist, pages: indexedPages, archive });
if (search.errors.length > 0) {
  console.error(`Tạo chỉ mục tìm kiếm thất bại: ${search.errors.join('; ')}`);
  process.exit(1);
}
timings.pagefind = performance.now() - started;
// Saved once search is done: pagefind reads pages through hard links, whose making and removing
// changes a page's ctime though not its text.
for (const [path, entry] of Object.entries(scan.files)) entry.changedMs = statSync(join(dist, path)).ctimeMs;
writeFileSync(SCAN_CACHE, JSON.stringify(scan));
console.log(`Chỉ mục tìm kiếm: ${search.indexed} trang trong ${archive.size + 1} chỉ mục, ${search.rebuilt.length} chỉ mục lập mới (${seconds(started)}).`);

// Security and cache headers (SPEC 9), once every file is in place.
const entries = (dir: string) => readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
const rules = headerRules({
  base: project.config!.base,
  entries: {
    top: entries(dist).filter((name) => name !== '_headers'),
    pagefind: entries(join(dist, 'pagefind')),
    pagefindArchive: existsSync(join(dist, 'pagefind', 'nam'))
      ? Object.fromEntries(readdirSync(join(dist, 'pagefind', 'nam')).map((year) => [year, entries(join(dist, 'pagefind', 'nam', year))]))
      : undefined,
  },
  sitePolicy: sitePolicy(inline),
  editorPolicy: editorPolicy(editorOrigins(project.config!.editor)),
});
writeFileSync(join(dist, '_headers'), formatHeadersFile(rules));
if (process.env.BUILD_TIMINGS_FILE) writeFileSync(process.env.BUILD_TIMINGS_FILE, JSON.stringify(timings));

/** Folders emptied by the removal of stale files (a deleted article's), deepest first. */
function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && removeEmptyFolders(join(dir, entry.name))) rmSync(join(dir, entry.name), { recursive: true });
    else empty = false;
  }
  return empty;
}

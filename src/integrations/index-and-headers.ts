// The last steps of a build, once every page is in dist/ and scanned: the search indexes and
// `_headers`. After Astro (src/integrations/post-build.ts), and after a text is republished
// without it (src/republish/republish.ts).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheckedProject } from '../check/project.ts';
import type { ScanCache } from '../lib/build/output-scan.ts';
import { editorOrigins, editorPolicy, formatHeadersFile, headerRules, sitePolicy } from '../lib/hosting/headers.ts';
import { urls } from '../lib/urls.ts';
import { formatNumber } from '../lib/vietnamese/numbers.ts';
import { writeSearchIndexes } from './search-index.ts';

const SCAN_CACHE = '.astro/output-scan.json';

export const seconds = (ms: number) => `${formatNumber(ms / 1000, 1)} giây`;

/** The facts of every file of dist/ as the last build left them (src/lib/build/output-scan.ts). */
export function readScanCache(root: string): ScanCache | undefined {
  const file = join(root, SCAN_CACHE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ScanCache) : undefined;
}

/**
 * `scan`: every scanned file of dist/ with its facts. Makes the search indexes whose pages
 * changed, saves the scan for the next build, and writes `_headers` with the CSP hashes of the
 * pages' inline scripts and styles.
 */
export async function indexAndHeaders(root: string, dist: string, project: CheckedProject, scan: ScanCache, marks: Array<[string, number]>) {
  const started = performance.now();
  const inline = { scripts: new Set<string>(), styles: new Set<string>() };
  const indexedPages = new Map<string, string>();
  for (const [path, { facts }] of Object.entries(scan.files)) {
    if (facts.searchDigest) indexedPages.set(path, facts.searchDigest);
    facts.scripts.forEach((h) => inline.scripts.add(h));
    facts.styles.forEach((h) => inline.styles.add(h));
  }
  // Outside Astro's pages the addresses are written from the site's root, as files are laid out in dist/.
  const distPath = (slug: string) => `${urls.article(slug).slice(1)}index.html`;
  // Older years of news get indexes of their own, searched when the reader asks for them.
  const archive = new Map(project.newsSearch.archiveYears.map(({ year, slugs }) => [year, new Set(slugs.map(distPath))]));
  const search = await writeSearchIndexes({ root, dist, pages: indexedPages, archive });
  if (search.errors.length > 0) throw new Error(`Tạo chỉ mục tìm kiếm thất bại: ${search.errors.join('; ')}`);
  const pagefindTime = performance.now() - started;
  marks.push(['search indexes', performance.now()]);
  // Saved once search is done: pagefind reads pages through hard links, whose making and removing
  // changes a page's ctime though not its text.
  for (const path of search.read) if (scan.files[path]) scan.files[path].changedMs = statSync(join(dist, path)).ctimeMs;
  writeFileSync(join(root, SCAN_CACHE), JSON.stringify(scan));
  console.log(
    `Chỉ mục tìm kiếm: ${search.indexed} trang trong ${archive.size + 1} chỉ mục, ${search.rebuilt.length} chỉ mục lập mới (${seconds(pagefindTime)}).`,
  );

  // Security and cache headers (SPEC 9), once every file is in place.
  const entries = (folder: string) => readdirSync(folder, { withFileTypes: true }).map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
  const rules = headerRules({
    base: project.config!.base,
    entries: {
      top: entries(dist).filter((name) => name !== '_headers'),
      pagefind: entries(join(dist, 'pagefind')),
      pagefindArchive: existsSync(join(dist, 'pagefind', 'nam'))
        ? Object.fromEntries(readdirSync(join(dist, 'pagefind', 'nam')).map((year) => [year, entries(join(dist, 'pagefind', 'nam', year))]))
        : undefined,
    },
    sitePolicy: sitePolicy(inline, project.config!.feedback?.endpoint ? [new URL(project.config!.feedback.endpoint).origin] : []),
    editorPolicy: editorPolicy(editorOrigins(project.config!.editor)),
  });
  writeFileSync(join(dist, '_headers'), formatHeadersFile(rules));
  marks.push(['security headers', performance.now()]);
  return { pagefind: pagefindTime };
}

// What the benchmark reads off a built site: file count and size, page weight as a phone
// downloads it (gzip), JavaScript per page type, and what three searches download.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface OutputStats {
  files: number;
  bytes: number;
  pagefindFiles: number;
  htmlPages: number;
}

export function outputStats(dist: string): OutputStats {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const path = (e: (typeof files)[number]) => join(e.parentPath, e.name);
  return {
    files: files.length,
    bytes: files.reduce((n, e) => n + statSync(path(e)).size, 0),
    pagefindFiles: files.filter((e) => path(e).startsWith(join(dist, 'pagefind'))).length,
    htmlPages: files.filter((e) => e.name.endsWith('.html')).length,
  };
}

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The file a URL path is served from (directory format). */
function fileOf(dist: string, url: string) {
  const path = url.split(/[?#]/)[0];
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** HTML + stylesheets of a page, each gzipped as a server would send it. */
export function pageWeight(dist: string, path: string) {
  const html = readFileSync(fileOf(dist, path), 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => gzip(readFileSync(fileOf(dist, m[1]))));
  return { html: gzip(html), css: css.reduce((n, b) => n + b, 0) };
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * JavaScript a page loads before any interaction, gzipped: its inline scripts (JSON-LD is data,
 * not code) and its module scripts with everything they import statically.
 */
export function scriptWeight(dist: string, path: string) {
  const html = readFileSync(fileOf(dist, path), 'utf8');
  let bytes = 0;
  for (const m of html.matchAll(/<script(?![^>]*application\/ld\+json)([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (m[2].trim()) bytes += gzip(m[2]);
  }
  const seen = new Set<string>();
  const visit = (url: string) => {
    const file = fileOf(dist, url);
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    bytes += gzip(code);
    for (const i of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(new URL(i[1], `http://x${url}`).pathname);
  };
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) visit(m[1]);
  return bytes;
}

export interface SearchDownload {
  query: string;
  /** Searched in every year's index, as after "Tìm cả tin tức các năm …". */
  allYears?: boolean;
  bytes: number;
  files: number;
  results: string;
}

/** Bytes of /pagefind/ a fresh browser downloads to show the first ten results of each query. */
export async function searchDownloads(dist: string, queries: Array<{ query: string; allYears?: boolean }>): Promise<SearchDownload[]> {
  // A plain-JavaScript helper shared with the other command-line tools.
  const { launchChromium, serveDist } = await import('../serve-dist.mjs');
  const { base, served, close } = await serveDist(dist);
  const browser = await launchChromium();
  const downloads: SearchDownload[] = [];
  try {
    for (const { query, allYears } of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      served.length = 0;
      await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}${allYears ? '&tat-ca-nam=1' : ''}`);
      await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('search-status')?.textContent ?? ''), null, {
        timeout: 60_000,
      });
      await page.waitForLoadState('networkidle');
      const results = (await page.textContent('#search-status')) ?? '';
      await context.close();
      const search = (served as { path: string; bytes: number }[]).filter((r) => r.path.startsWith('/pagefind/'));
      // As a host sends them: scripts and JSON compressed; pagefind's index files are already.
      const sent = (r: { path: string; bytes: number }) => (/\.(js|css|json)$/.test(r.path) ? gzip(readFileSync(fileOf(dist, r.path))) : r.bytes);
      downloads.push({ query, allYears, bytes: search.reduce((n, r) => n + sent(r), 0), files: search.length, results: results.trim() });
    }
  } finally {
    await browser.close();
    close();
  }
  return downloads;
}

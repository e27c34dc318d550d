// What `npm run build` does once Astro has written the pages, as an Astro integration (the way
// Starlight runs pagefind): what the build neither wrote nor reused goes, pictures no page refers
// to go, the search indexes are made, and `_headers` is written with the pages' CSP hashes.
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkProject, handedOverProject, type CheckedProject } from '../check/project.ts';
import { cachedFacts, isScanned, scanFile, SCAN_CACHE_VERSION, type ScanCache } from '../lib/build/output-scan.ts';
import { recordedPages, staleOutputs } from '../lib/build/stale-output.ts';
import { forgetRepublished } from '../republish/state.ts';
import { indexAndHeaders, readScanCache, seconds } from './index-and-headers.ts';

export function postBuild(): AstroIntegration {
  // Whatever in dist/ changed before this instant is the previous build's (src/lib/build/stale-output.ts).
  let buildStarted = Date.now();
  let root = process.cwd();
  let astroStarted = performance.now();
  // When each step ended, in milliseconds since the process started, for the benchmark's
  // breakdown of a build (tools/bench/run-build.ts): each names what was done by then.
  const marks: Array<[string, number]> = [];
  return {
    name: 'cchc-post-build',
    hooks: {
      'astro:config:setup': () => {
        marks.push(['Astro configuration', performance.now()]);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        // A text republished without Astro since it last built (src/republish/) is rendered again.
        forgetRepublished(root);
        buildStarted = Date.now();
        astroStarted = performance.now();
        marks.push(['Astro set-up and content sync', astroStarted]);
      },
      'astro:build:done': async ({ dir }) => {
        marks.push(['Astro build and integrations', performance.now()]);
        // The project `npm run build` checked; a bare `astro build` checks it here.
        const project = handedOverProject() ?? checkProject(root);
        const astro = performance.now() - astroStarted;
        const timings = { astro, ...(await finish(root, fileURLToPath(dir).replace(/\/$/, ''), project, buildStarted, astro, marks)) };
        // Phase times in milliseconds, for the benchmark (tools/bench.ts).
        if (process.env.BUILD_TIMINGS_FILE) writeFileSync(process.env.BUILD_TIMINGS_FILE, JSON.stringify({ ...timings, marks }));
      },
    },
  };
}

async function finish(root: string, dist: string, project: CheckedProject, buildStarted: number, astroTime: number, marks: Array<[string, number]>) {
  const incrementalManifest = join(root, '.astro', 'cache', 'incremental-build.json');
  const started = performance.now();
  // dist/ is kept between builds (astro.config.mjs): what this build neither wrote nor reused goes.
  const written = outputFiles(dist);
  const reused = existsSync(incrementalManifest) ? recordedPages(JSON.parse(readFileSync(incrementalManifest, 'utf8'))) : new Set<string>();
  const stale = new Set(staleOutputs(written, reused, buildStarted));
  for (const f of stale) rmSync(join(dist, f));
  removeEmptiedFolders(dist, stale);
  const kept = written.filter((f) => !stale.has(f.path));
  const files = kept.map((f) => f.path);
  const pages = files.filter((f) => f.endsWith('.html')).length;
  // Astro copies the original of every processed picture (a camera's 4000 px JPEG) although no
  // page links it: drop the pictures in _astro/ that no page, stylesheet or feed refers to.
  // The same pass collects the hashes of the pages' inline scripts and styles for the CSP, and
  // what the search indexes hold (src/integrations/index-and-headers.ts). File by file, so that
  // 10,000 pages are never held in memory at once, and only the files written since the last
  // build (src/lib/build/output-scan.ts).
  const previousScan = readScanCache(root);
  const scan: ScanCache = { version: SCAN_CACHE_VERSION, files: {} };
  const referenced = new Set<string>();
  for (const { path, changedMs, size } of kept.filter((f) => isScanned(f.path))) {
    const facts = cachedFacts(previousScan, path, changedMs, size) ?? scanFile(path, readFileSync(join(dist, path), 'utf8'));
    scan.files[path] = { changedMs, size, facts };
    facts.assets.forEach((a) => referenced.add(a));
  }
  const unused = files.filter((f) => /^_astro\/[^/]+\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(f) && !referenced.has(f.slice('_astro/'.length)));
  for (const f of unused) rmSync(join(dist, f));
  const scanTime = performance.now() - started;
  marks.push(['output scan', performance.now()]);
  console.log(`Dựng trang: ${pages} trang HTML trong dist/ (${seconds(astroTime + scanTime)}).`);
  const { pagefind: pagefindTime } = await indexAndHeaders(root, dist, project, scan, marks);
  return { scan: scanTime, pagefind: pagefindTime };
}

/**
 * Every file in dist/ with its change time and size, but for the search indexes' folder, which is
 * search's own to keep or replace (src/integrations/search-index.ts) and is not walked at all.
 */
function outputFiles(dist: string): Array<{ path: string; changedMs: number; size: number }> {
  const files: Array<{ path: string; changedMs: number; size: number }> = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(dist, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (path !== 'pagefind') walk(path);
      } else if (entry.isFile()) {
        const stat = statSync(join(dist, path));
        files.push({ path, changedMs: stat.ctimeMs, size: stat.size });
      }
    }
  };
  walk('');
  return files;
}

/** The folders that the removal of `removed` (a deleted article's page) left empty, deepest first. */
function removeEmptiedFolders(dist: string, removed: Iterable<string>) {
  const folders = new Set<string>();
  for (const file of removed) for (let folder = dirname(file); folder !== '.'; folder = dirname(folder)) folders.add(folder);
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    if (readdirSync(join(dist, folder)).length === 0) rmdirSync(join(dist, folder));
  }
}

// `npm run bench -- --articles N --format md|mdx`: generates a synthetic portal of N articles
// outside src/ (.bench/), builds it and a bare Astro + MDX + pagefind project on the same
// article files in one run, and reports time, memory, phases, output and page weight as a
// table and as JSON. Targets are reported, never asserted (docs/performance.md).
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { computeRelated } from '../src/lib/news/related.ts';
import { checkProject, errorsOf } from '../src/check/project.ts';
import { writeBaseline } from './bench/baseline.ts';
import { median, outputStats, pageWeight, scriptWeight, searchDownloads } from './bench/measure.ts';
import { runBuild, type BuildRun } from './bench/run-build.ts';
import { articleSlug, FIRST_YEAR, writeSyntheticContent } from './bench/synthetic-portal.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    format: { type: 'string', default: 'mdx' },
    // Per cent of the articles using the components of SPEC 12 (every n-th, .mdx only).
    components: { type: 'string', default: '0' },
    out: { type: 'string' },
    'no-baseline': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    portal: { type: 'string' },
  },
});
const count = Number(values.articles);
const format = values.format as 'md' | 'mdx';
if (!Number.isInteger(count) || count < 1 || !['md', 'mdx'].includes(format)) {
  console.error('Usage: npm run bench -- [--articles 10000] [--format mdx|md] [--components 5] [--out file.json] [--no-baseline] [--no-search] [--portal dir]');
  process.exit(2);
}

const PROJECT = resolve(import.meta.dirname, '..');
const BENCH = join(PROJECT, '.bench');
const portalRoot = join(BENCH, `portal-${count}-${format}`);
const baselineRoot = join(BENCH, `baseline-${count}-${format}`);
const outFile = values.out ?? join(BENCH, `bench-${count}-${format}.json`);

// The portal: the project's code, and the configuration, categories, national files and public
// files of this portal (or of the one --portal names), with synthetic articles, documents and
// results in place of its own.
let started = performance.now();
rmSync(portalRoot, { recursive: true, force: true });
mkdirSync(portalRoot, { recursive: true });
const contentRoot = resolve(values.portal ?? PROJECT);
const ownContent = join(PROJECT, 'src/content');
for (const source of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts']) {
  cpSync(join(PROJECT, source), join(portalRoot, source), { recursive: true, filter: (path) => path !== ownContent && !path.startsWith(`${ownContent}/`) });
}
for (const source of ['portal.config.json', 'src/content', 'public', 'data']) {
  if (existsSync(join(contentRoot, source))) cpSync(join(contentRoot, source), join(portalRoot, source), { recursive: true });
}
// Notices, questions and consultations name the portal's own documents, and albums its articles' pictures, which give way to synthetic ones: they go too.
for (const path of [
  'src/content/news',
  'src/content/documents',
  'src/content/thong-bao',
  'src/content/hoi-dap',
  'src/content/du-thao',
  'src/content/thu-vien',
  'data/par-index',
  'data/units.json',
])
  rmSync(join(portalRoot, path), { recursive: true, force: true });
symlinkSync(join(PROJECT, 'node_modules'), join(portalRoot, 'node_modules'), 'dir');
await writeSyntheticContent(portalRoot, count, format, Number(values.components) / 100);
writeBaseline(baselineRoot, join(portalRoot, 'src/content/news'), join(PROJECT, 'node_modules'));
const generateSeconds = (performance.now() - started) / 1000;
console.log(`Generated ${count} .${format} articles in ${portalRoot} (${generateSeconds.toFixed(1)} s)`);

// The model on its own: reading and checking every file, then "Tin liên quan" for every article.
started = performance.now();
const project = checkProject(portalRoot);
const checkSeconds = (performance.now() - started) / 1000;
if (errorsOf(project).length > 0)
  throw new Error(
    `the generated content has errors:\n${project.problems
      .slice(0, 10)
      .map((p) => JSON.stringify(p))
      .join('\n')}`,
  );
started = performance.now();
const related = computeRelated(
  project.news.map((a) => ({ slug: a.slug, title: a.data.title, date: a.date, category: a.data.category, tags: a.data.tags, related: a.data.related })),
  { count: project.config!.relatedNewsCount },
);
const relatedSeconds = (performance.now() - started) / 1000;

const portal = await runBuild(portalRoot, 'scripts/build.ts');
console.log(`Portal built in ${portal.seconds.toFixed(1)} s`);
// An editor's edit: one article's text changed, the previous build's .astro/ and dist/ kept
// (its page is republished without Astro, src/republish/).
const edited = join(portalRoot, 'src/content/news', `${articleSlug(Math.floor(count / 2))}.${format}`);
writeFileSync(edited, readFileSync(edited, 'utf8') + '\nĐoạn bổ sung sau khi biên tập viên sửa bài.\n');
const warm = await runBuild(portalRoot, 'scripts/build.ts');
console.log(`Portal rebuilt after editing one article's text in ${warm.seconds.toFixed(1)} s`);
// One article's title changed: it shows on the pages listing it, which Astro renders again.
const retitled = join(portalRoot, 'src/content/news', `${articleSlug(Math.floor(count / 4))}.${format}`);
writeFileSync(retitled, readFileSync(retitled, 'utf8').replace(/^title: "/m, 'title: "Đã sửa: '));
const warmTitle = await runBuild(portalRoot, 'scripts/build.ts');
console.log(`Portal rebuilt after editing one article's title in ${warmTitle.seconds.toFixed(1)} s`);
// A CI machine that keeps .astro/ in its cache but starts without dist/ (the GitHub workflow):
// the reused pages are copied back from .astro/cache/dist/.
const editedAgain = join(portalRoot, 'src/content/news', `${articleSlug(Math.floor(count / 3))}.${format}`);
writeFileSync(editedAgain, readFileSync(editedAgain, 'utf8') + '\nĐoạn bổ sung sau khi biên tập viên sửa bài.\n');
rmSync(join(portalRoot, 'dist'), { recursive: true, force: true });
const warmNoDist = await runBuild(portalRoot, 'scripts/build.ts');
console.log(`Portal rebuilt after editing one article, without dist/, in ${warmNoDist.seconds.toFixed(1)} s`);
const baseline = values['no-baseline'] ? undefined : await runBuild(baselineRoot, 'build.mjs');
if (baseline) console.log(`Baseline built in ${baseline.seconds.toFixed(1)} s`);

const dist = join(portalRoot, 'dist');
const output = outputStats(dist);
// Article pages spread over the whole range, so that long and short ones, with and without pictures, all count.
const sample = Array.from({ length: Math.min(count, 200) }, (_, i) => `/tin-tuc/${articleSlug(Math.floor((i * count) / Math.min(count, 200)))}/`);
const weights = sample.map((path) => pageWeight(dist, path));
const firstCategory = project.categories[0].id;
const pageTypes: Record<string, string> = {
  home: '/',
  article: `/tin-tuc/${articleSlug(0)}/`,
  news: '/tin-tuc/',
  category: `/chuyen-muc/${firstCategory}/`,
  'news year': `/tin-tuc/nam/${FIRST_YEAR + 5}/`,
  documents: '/van-ban/',
  'results year': `/chi-so-cchc/${FIRST_YEAR + 5}/`,
  unit: '/don-vi/so-thu-nghiem-1/',
  search: '/tim-kiem/',
};
const scripts = Object.fromEntries(Object.entries(pageTypes).map(([type, path]) => [type, scriptWeight(dist, path)]));
// The first search covers the newest years; the last line is what a reader who then asks for
// every year downloads in all (src/lib/search/index-split.ts).
const searches = values['no-search']
  ? []
  : await searchDownloads(dist, [
      { query: 'chỉ số cải cách hành chính' },
      { query: 'dang ky kinh doanh' },
      { query: `bài thử nghiệm số ${Math.floor(count / 2)}` },
      { query: 'chỉ số cải cách hành chính', allYears: true },
    ]);

const report = {
  date: new Date().toISOString(),
  machine: await machine(),
  articles: count,
  format,
  related: { articles: related.size, seconds: relatedSeconds },
  check: { seconds: checkSeconds },
  portal: summarise(portal),
  baseline: baseline && summarise(baseline),
  ratio: baseline ? portal.seconds / baseline.seconds : undefined,
  warmRebuild: { ...summarise(warm), ofCold: warm.seconds / portal.seconds },
  warmRebuildTitle: { ...summarise(warmTitle), ofCold: warmTitle.seconds / portal.seconds },
  warmRebuildWithoutDist: { ...summarise(warmNoDist), ofCold: warmNoDist.seconds / portal.seconds },
  output,
  baselineOutput: baseline ? outputStats(join(baselineRoot, 'dist')) : undefined,
  articlePage: {
    medianHtmlGzip: median(weights.map((w) => w.html)),
    medianCssGzip: median(weights.map((w) => w.css)),
    medianTotalGzip: median(weights.map((w) => w.html + w.css)),
    sampled: sample.length,
  },
  scriptGzipByPageType: scripts,
  searches,
};
writeFileSync(outFile, JSON.stringify(report, null, 2) + '\n');
console.log(table(report));
console.log(`JSON: ${outFile}`);

function summarise(run: BuildRun) {
  return { seconds: run.seconds, peakMb: run.peakMb, memoryOf: run.memoryOf, phases: run.phases, steps: run.steps };
}

/** The portal's builds step by step, side by side: where a rebuild's seconds go. */
function steps(r: typeof report) {
  const runs = [r.portal, r.warmRebuild, r.warmRebuildTitle, r.warmRebuildWithoutDist];
  const names = [...new Set(runs.flatMap((run) => run.steps.map((s) => s.step)))];
  const s = (n?: number) => (n === undefined ? '–' : `${n.toFixed(2)} s`);
  const of = (run: (typeof runs)[number], name: string) => run.steps.find((step) => step.step === name)?.seconds;
  const rest = (run: (typeof runs)[number]) => run.seconds - run.steps.reduce((sum, step) => sum + step.seconds, 0);
  return [
    '| step of the portal build | cold | rebuild, one article’s text edited | one article’s title edited | a text edited, without dist/ |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...names.map((name) => `| ${name} | ${runs.map((run) => s(of(run, name))).join(' | ')} |`),
    `| process exit, measuring | ${runs.map((run) => s(rest(run))).join(' | ')} |`,
    ...['content sync', 'bundling', 'rendering'].map((phase) => `| of which Astro’s ${phase} | ${runs.map((run) => s(run.phases[phase])).join(' | ')} |`),
    `| **total** | ${runs.map((run) => s(run.seconds)).join(' | ')} |`,
  ];
}

async function machine() {
  const os = await import('node:os');
  return {
    cpus: os.availableParallelism(),
    cpu: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

function table(r: typeof report) {
  const s = (n?: number) => (n === undefined ? '–' : `${n.toFixed(1)} s`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const phases = [...new Set([...Object.keys(r.portal.phases), ...Object.keys(r.baseline?.phases ?? {})])];
  const rows = [
    '| | portal | baseline |',
    '| --- | ---: | ---: |',
    `| total | ${s(r.portal.seconds)} | ${s(r.baseline?.seconds)} |`,
    `| ratio to baseline | ${r.ratio?.toFixed(2) ?? '–'} | ${r.ratio === undefined ? '–' : '1.00'} |`,
    `| rebuild after editing one article's text | ${s(r.warmRebuild.seconds)} (${(r.warmRebuild.ofCold * 100).toFixed(0)} % of cold) | |`,
    `| rebuild after editing one article's title | ${s(r.warmRebuildTitle.seconds)} (${(r.warmRebuildTitle.ofCold * 100).toFixed(0)} % of cold) | |`,
    `| the same, .astro/ kept but not dist/ | ${s(r.warmRebuildWithoutDist.seconds)} (${(r.warmRebuildWithoutDist.ofCold * 100).toFixed(0)} % of cold) | |`,
    `| peak memory (${r.portal.memoryOf}) | ${r.portal.peakMb.toFixed(0)} MB | ${r.baseline ? `${r.baseline.peakMb.toFixed(0)} MB` : '–'} |`,
    ...phases.map((p) => `| ${p} | ${s(r.portal.phases[p])} | ${s(r.baseline?.phases[p])} |`),
    `| output files | ${r.output.files} | ${r.baselineOutput?.files ?? '–'} |`,
    `| output size | ${(r.output.bytes / 2 ** 20).toFixed(1)} MB | ${r.baselineOutput ? `${(r.baselineOutput.bytes / 2 ** 20).toFixed(1)} MB` : '–'} |`,
    `| search index files | ${r.output.pagefindFiles} | ${r.baselineOutput?.pagefindFiles ?? '–'} |`,
  ];
  const more = [
    `articles: ${r.articles} .${r.format}; check (read + validate every file): ${s(r.check.seconds)}; related news for all: ${s(r.related.seconds)}`,
    `article page, median of ${r.articlePage.sampled} (gzip): HTML ${kb(r.articlePage.medianHtmlGzip)} + CSS ${kb(r.articlePage.medianCssGzip)} = ${kb(r.articlePage.medianTotalGzip)}`,
    `JavaScript per page type (gzip): ${Object.entries(r.scriptGzipByPageType)
      .map(([t, b]) => `${t} ${kb(b)}`)
      .join(', ')}`,
    ...r.searches.map((q) => `search ${JSON.stringify(q.query)}${q.allYears ? ' (all years)' : ''}: ${kb(q.bytes)} in ${q.files} files (${q.results})`),
  ];
  return [...rows, '', ...steps(r), '', ...more].join('\n');
}

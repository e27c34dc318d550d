// Commit to live, measured locally (SPEC 10): what the publishing pipeline runs for a commit
// that changes one article, after a previous build whose .astro/ and dist/ are kept. Edits the
// middle article of src/content/news/ (by name), times the check, the build and the built-site gates, then
// puts the article back (build again afterwards). The install from cache is timed apart: the
// pipeline's `npm ci` does not depend on the content.
// Usage: npm run build && node tools/measure-publish.ts [portal root, default .]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const project = resolve(import.meta.dirname, '..');
const newsDir = join(root, 'src/content/news');
// One from the middle: the newest articles are listed on every page ("Tin mới nhất"), so an edit
// of one of them renders every page again, which is not the common case.
const articles = readdirSync(newsDir)
  .filter((f) => /\.mdx?$/.test(f))
  .sort();
const article = articles[Math.floor(articles.length / 2)];
if (!article) {
  console.error(`Không có bài viết nào trong ${newsDir} để thử.`);
  process.exit(1);
}
const file = join(newsDir, article);
const original = readFileSync(file, 'utf8');
writeFileSync(file, `${original}\nĐoạn bổ sung khi đo thời gian đăng một bài (${new Date().toISOString()}).\n`);

// The build in the environment of the build before it: Astro's incremental build hashes the
// pages' code anew when started differently (docs/performance.md) and would render every page.
const gatesEnv = { ...process.env, CI: 'true', GATES_DIST: join(root, 'dist') };
const steps: Array<[string, string[], string, NodeJS.ProcessEnv]> = [
  ['check', ['run', 'check'], root, process.env],
  ['build (previous .astro/ and dist/ kept)', ['run', 'build'], root, process.env],
  // The gates run from the project (they are its tests) on the portal's dist/.
  ['gates', ['run', 'gates'], project, gatesEnv],
];
const NPM = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();
const rows: Array<[string, number]> = [];
try {
  for (const [name, args, cwd, env] of steps) {
    const started = performance.now();
    // `_` as a shell sets it for `npm …`: Astro 7.3.5's incremental build counts a change of it as
    // a change of every page's code (measured), and the build before was started from a shell.
    const run = spawnSync('npm', args, { cwd, env: { ...env, _: NPM }, encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`${name} failed:\n${run.stdout}${run.stderr}`);
    rows.push([name, seconds]);
  }
} finally {
  writeFileSync(file, original);
}
console.log(`One article edited (${article}) in ${root}:`);
for (const [name, seconds] of rows) console.log(`| ${name} | ${seconds.toFixed(1)} s |`);
console.log(`| total | ${rows.reduce((sum, [, s]) => sum + s, 0).toFixed(1)} s |`);
console.log('The article was put back: build again to match it.');

// Commit to live, measured locally (SPEC 10): what the publishing pipeline runs for a commit
// that changes one article, after a previous build whose .astro/ and dist/ are kept. Edits the
// first article of src/content/news/, times the check, the build and the built-site gates, then
// puts the article back (build again afterwards). The install from cache is timed apart: the
// pipeline's `npm ci` does not depend on the content.
// Usage: npm run build && node scripts/measure-publish.ts [portal root, default .]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const project = resolve(import.meta.dirname, '..');
const newsDir = join(root, 'src/content/news');
const article = readdirSync(newsDir).filter((f) => /\.mdx?$/.test(f)).sort()[0];
if (!article) {
  console.error(`Không có bài viết nào trong ${newsDir} để thử.`);
  process.exit(1);
}
const file = join(newsDir, article);
const original = readFileSync(file, 'utf8');
writeFileSync(file, `${original}\nĐoạn bổ sung khi đo thời gian đăng một bài.\n`);

const env = { ...process.env, CI: 'true', GATES_DIST: join(root, 'dist') };
const steps: Array<[string, string[], string]> = [
  ['check', ['run', 'check'], root],
  ['build (previous .astro/ and dist/ kept)', ['run', 'build'], root],
  // The gates run from the project (they are its tests) on the portal's dist/.
  ['gates', ['run', 'gates'], project],
];
const rows: Array<[string, number]> = [];
try {
  for (const [name, args, cwd] of steps) {
    const started = performance.now();
    const run = spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
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

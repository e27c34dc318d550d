// Measures what a reader's browser downloads for search on the built site: the search page
// itself, then each query (pagefind's script, WebAssembly, index chunks, result fragments), as
// bytes served, uncompressed (pagefind compresses its own index files). Usage: npm run build && node tools/measure-search.mjs [dist] [query …]
import { launchChromium, serveDist } from './serve-dist.mjs';

const [dist = 'dist', ...queries] = process.argv.slice(2);
if (queries.length === 0) queries.push('chi so cai cach hanh chinh', 'dang ky', '2993/KH-UBND');
const { base, served, close } = await serveDist(dist);
const browser = await launchChromium();

async function measure(query) {
  const context = await browser.newContext(); // a fresh cache for every query
  const page = await context.newPage();
  served.length = 0;
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const status = await page.textContent('#search-status');
  await context.close();
  const sum = (list) => list.reduce((n, r) => n + r.bytes, 0);
  const search = served.filter((r) => r.path.startsWith('/pagefind/'));
  return { query, status, search: sum(search), files: search.length, other: sum(served) - sum(search) };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`site: ${dist}`);
for (const query of queries) {
  const m = await measure(query);
  console.log(`${JSON.stringify(m.query)}: ${kb(m.search)} in ${m.files} search files, ${kb(m.other)} for the page and its script — ${m.status}`);
}
await browser.close();
close();

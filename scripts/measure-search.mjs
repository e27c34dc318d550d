// Measures what a reader's browser downloads for search on the built site: the search page
// itself, then each query (index chunks, fragments). Usage: npm run build && node scripts/measure-search.mjs [dist] [query …]
import { launchChromium, serveDist } from './serve-dist.mjs';

const [dist = 'dist', ...queries] = process.argv.slice(2);
if (queries.length === 0) queries.push('chi so cai cach hanh chinh', 'dang ky', '2993/KH-UBND');
// gzip like a CDN would; pagefind's index files are compressed already.
const { base, close } = await serveDist(dist, { gzip: true });
const browser = await launchChromium();

async function measure(query) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const urls = new Map();
  let bytes = { search: 0, other: 0 };
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId) ?? '';
    bytes[url.includes('/pagefind/') ? 'search' : 'other'] += e.encodedDataLength;
  });
  await page.goto(`${base}/tim-kiem/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('search-status')?.textContent ?? ''), null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  const status = await page.textContent('#search-status');
  await page.close();
  return { query, status, ...bytes };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`site: ${dist}`);
for (const query of queries) {
  const m = await measure(query);
  console.log(`${JSON.stringify(m.query)}: search files ${kb(m.search)}, page and its script ${kb(m.other)} — ${m.status}`);
}
await browser.close();
close();

// Page weight as a phone downloads it on a first visit: every byte served for each page
// (HTML, CSS, script, images in view), uncompressed. Usage: npm run build && node tools/measure-pages.mjs [dist] [/path/ …]
import { pageExamples } from './page-examples.mjs';
import { launchChromium, serveDist } from './serve-dist.mjs';

const [dist = 'dist', ...paths] = process.argv.slice(2);
// Without paths: the home page, the news list, an article, the index overview, the latest year,
// a unit and the documents list of this portal.
if (paths.length === 0) {
  const kinds = /^\/(tin-tuc\/([^/]+\/)?|chi-so-cchc\/(\d{4}\/)?|don-vi\/[^/]+\/|van-ban\/)?$/;
  paths.push(...pageExamples(dist, { search: '' }).filter((path) => kinds.test(path)));
}
const { base, served, close } = await serveDist(dist);
const browser = await launchChromium();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('page: total (HTML / CSS / JS / images), requests — 360×740 phone, empty cache');
for (const path of paths) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true });
  const page = await context.newPage();
  served.length = 0;
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await context.close();
  const by = (re) => served.filter((r) => re.test(r.path.split('?')[0])).reduce((n, r) => n + r.bytes, 0);
  const total = served.reduce((n, r) => n + r.bytes, 0);
  console.log(
    `${path}: ${kb(total)} (${kb(by(/\/$|\.html$/))} / ${kb(by(/\.css$/))} / ${kb(by(/\.js$/))} / ${kb(by(/\.(avif|webp|jpe?g|png|svg)$/))}), ${served.length} requests`,
  );
}
await browser.close();
close();

// Page weight as a phone downloads it on a first visit: every byte served for each page
// (HTML, CSS, script, images in view), uncompressed. Usage: npm run build && node scripts/measure-pages.mjs [dist] [/path/ …]
import { launchChromium, serveDist } from './serve-dist.mjs';

const [dist = 'dist', ...paths] = process.argv.slice(2);
if (paths.length === 0) {
  paths.push('/', '/tin-tuc/', '/tin-tuc/par-index-2022-lai-chau-dat-86-29-diem-xep-thu-24-63/', '/chi-so-cchc/', '/chi-so-cchc/2019/', '/don-vi/so-tu-phap/', '/van-ban/');
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
  console.log(`${path}: ${kb(total)} (${kb(by(/\/$|\.html$/))} / ${kb(by(/\.css$/))} / ${kb(by(/\.js$/))} / ${kb(by(/\.(avif|webp|jpe?g|png|svg)$/))}), ${served.length} requests`);
}
await browser.close();
close();

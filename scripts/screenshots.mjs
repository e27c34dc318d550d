// Screenshots of the built site at phone and desktop widths, for looking at what we build.
// Usage: npm run build && node scripts/screenshots.mjs [/path/ …]   → screenshots/*.png
import { mkdir } from 'node:fs/promises';
import { launchChromium, serveDist } from './serve-dist.mjs';

const paths = process.argv.slice(2);
if (paths.length === 0) paths.push('/', '/tin-tuc/', '/chuyen-muc/ket-qua-cchc/', '/404.html');
const { base, close } = await serveDist('dist');
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 360 ? 740 : 900 } });
  for (const path of paths) {
    await page.goto(base + path);
    const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    await page.screenshot({ path: `screenshots/${name}-${width}.png`, fullPage: true });
    console.log(`screenshots/${name}-${width}.png`);
  }
  await page.close();
}
await browser.close();
close();

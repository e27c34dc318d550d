// Screenshots of the built site at phone and desktop widths, for looking at what we build.
// Usage: npm run build && npm run screenshots [-- [--contrast] /path/ …]   → screenshots/*.png
// Without paths: one page of every type. --contrast: in the reader controls' high-contrast mode.
import { mkdir } from 'node:fs/promises';
import { pageExamples } from './page-examples.mjs';
import { launchChromium, serveDist } from './serve-dist.mjs';

const args = process.argv.slice(2);
const contrast = args.includes('--contrast');
const paths = args.filter((a) => a !== '--contrast');
if (paths.length === 0) paths.push(...pageExamples('dist'));
const { base, close } = await serveDist('dist');
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 360 ? 740 : 900 } });
  // What reader-settings.js reads before first paint, as if the reader had pressed the button.
  if (contrast) await page.addInitScript(() => localStorage.setItem('cchc-doc-gia', JSON.stringify({ c: true })));
  for (const path of paths) {
    await page.goto(base + path);
    // The search page fills its results after load.
    if (path.startsWith('/tim-kiem/')) await page.waitForSelector('#search-results li', { timeout: 5000 }).catch(() => {});
    const name =
      path
        .split('?')[0]
        .replace(/[^a-z0-9]+/gi, '-')
        .replace(/^-|-$/g, '') || 'home';
    const file = `screenshots/${name}${contrast ? '-contrast' : ''}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
close();

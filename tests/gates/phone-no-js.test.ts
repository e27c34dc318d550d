import { describe, expect, inject, it } from 'vitest';
import { useChromium, withoutChromium } from '../support/browser.ts';
import { allFiles } from '../support/dist.ts';
import { samplePages } from '../support/sample-pages.ts';

// A publishing gate (SPEC 10): what a reader gets from any portal's built site, on a phone, with
// and without JavaScript, under the site's own headers. Nothing here is timed.
const dist = inject('dist');
const baseUrl = inject('baseUrl');
const browser = useChromium();
const PHONE = { width: 360, height: 740 };

describe.skipIf(withoutChromium)('every kind of page, on a 360 px phone', () => {
  const pages = samplePages(allFiles(dist));

  it('is found in the built site', () => {
    expect(pages).toContain('/');
    expect(pages.length).toBeGreaterThan(5);
  });

  it('loads under its Content-Security-Policy with no violation and no error, and never scrolls sideways', async () => {
    const context = await browser().newContext({ viewport: PHONE });
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    for (const path of pages) {
      await page.goto(baseUrl + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) problems.push(`${path}: ${width} px wide`);
      for (const violation of await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))
        problems.push(`${path}: CSP ${violation}`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('reads without JavaScript: the same width, and every menu item reachable from the menu button', async () => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of pages) {
      await page.goto(baseUrl + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) problems.push(`${path}: ${width} px wide without JavaScript`);
    }
    await page.goto(`${baseUrl}/`);
    const links = page.locator('.menu-phone a');
    expect(await links.count()).toBeGreaterThan(0);
    await page.locator('.menu-phone summary').click();
    for (let i = 0; i < (await links.count()); i++) {
      const box = await links.nth(i).boundingBox();
      if (!box || box.x < 0 || box.x + box.width > PHONE.width || box.y + box.height > PHONE.height) problems.push(`menu item ${i + 1} off the screen`);
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);
});

import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, withoutChromium } from '../support/browser.ts';
import { PAGE_TYPES, pageReady } from '../support/page-types.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

async function withPage(options: BrowserContextOptions, run: (page: Page) => Promise<void>) {
  const context = await browser().newContext(options);
  try {
    await run(await context.newPage());
  } finally {
    await context.close();
  }
}

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const COMMANDS = { 'A−': '-', A: '0', 'A+': '+', 'Tương phản cao': 'c' } as const;
// The header's controls on a wide screen (a phone has them in its menu panel).
const button = (page: Page, label: keyof typeof COMMANDS) =>
  page.locator(`.utility .reader-controls button[data-doc-gia="${COMMANDS[label]}"]`, { hasText: label });

describe.skipIf(withoutChromium)('reader controls: text size and high contrast', () => {
  it('enlarges and shrinks the text in steps, resets it, and remembers it on the next page', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseUrl}/`);
      expect(await rootFontSize(page)).toBe(16);
      await button(page, 'A+').click();
      expect(await rootFontSize(page)).toBe(18);
      await button(page, 'A+').click();
      await button(page, 'A+').click();
      await button(page, 'A+').click(); // one more than the largest size: stays there
      expect(await rootFontSize(page)).toBe(24);
      await page.goto(`${baseUrl}/tin-tuc/`);
      expect(await rootFontSize(page)).toBe(24);
      await button(page, 'A').click();
      expect(await rootFontSize(page)).toBe(16);
      await button(page, 'A−').click();
      expect(await rootFontSize(page)).toBe(14);
    });
  });

  it('switches high contrast on and off by keyboard, says whether it is on, and keeps it across pages', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseUrl}/`);
      const normal = await bodyBackground(page);
      const contrast = button(page, 'Tương phản cao');
      expect(await contrast.getAttribute('aria-pressed')).toBe('false');
      await contrast.focus();
      await page.keyboard.press('Enter');
      expect(await contrast.getAttribute('aria-pressed')).toBe('true');
      expect(await bodyBackground(page)).toBe('rgb(0, 0, 0)');
      await page.goto(`${baseUrl}/chi-so-cchc/2019/`);
      expect(await bodyBackground(page)).toBe('rgb(0, 0, 0)');
      expect(await button(page, 'Tương phản cao').getAttribute('aria-pressed')).toBe('true');
      await button(page, 'Tương phản cao').press('Space');
      expect(await bodyBackground(page)).toBe(normal);
    });
  });

  it('sits in the menu panel on a phone, where it works the same', async () => {
    await withPage({ viewport: { width: 360, height: 740 }, isMobile: true }, async (page) => {
      await page.goto(`${baseUrl}/`);
      expect(await page.locator('.utility').isVisible()).toBe(false);
      await page.locator('.menu-phone summary').click();
      const panel = page.locator('.menu-panel');
      expect(await panel.locator('a[hreflang="en"]').isVisible()).toBe(true);
      await panel.locator('button[data-doc-gia="+"]').click();
      expect(await rootFontSize(page)).toBe(18);
      await panel.locator('button[data-doc-gia="c"]').click();
      expect(await panel.locator('button[data-doc-gia="c"]').getAttribute('aria-pressed')).toBe('true');
      expect(await bodyBackground(page)).toBe('rgb(0, 0, 0)');
    });
  });

  it('applies the stored choice before the first paint, so that the page never flashes', async () => {
    await withPage({}, async (page) => {
      await page.addInitScript(() => localStorage.setItem('cchc-doc-gia', JSON.stringify({ t: 2, c: true })));
      // What the page looks like when the <body> starts to be parsed: the classes must already be there.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.body) {
            (window as unknown as { atBody: string }).atBody = document.documentElement.className;
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${baseUrl}/tin-tuc/`);
      const atBody = await page.evaluate(() => (window as unknown as { atBody: string }).atBody);
      expect(atBody.split(' ')).toEqual(expect.arrayContaining(['js', 'co-chu2', 'tuong-phan']));
    });
  });

  it('hides the controls without JavaScript, and the page reads normally', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${baseUrl}/`);
      expect(await page.locator('.utility .reader-controls').isVisible()).toBe(false);
      expect(await page.locator('.utility a[hreflang="en"]', { hasText: 'English' }).isVisible()).toBe(true);
      expect(await rootFontSize(page)).toBe(16);
    });
  });

  it('reflows at 320 px with the largest text: no page scrolls sideways (WCAG 1.4.10)', async () => {
    await withPage({ viewport: { width: 320, height: 640 }, isMobile: true }, async (page) => {
      await page.addInitScript(() => localStorage.setItem('cchc-doc-gia', JSON.stringify({ t: 3 })));
      const wide: string[] = [];
      for (const path of Object.values(PAGE_TYPES)) {
        await page.goto(`${baseUrl}${path}`);
        await pageReady(page, path);
        expect(await rootFontSize(page)).toBe(24);
        if ((await page.evaluate(() => document.documentElement.scrollWidth)) > 320) wide.push(path);
      }
      expect(wide).toEqual([]);
    });
  });
});

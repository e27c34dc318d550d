import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, withoutChromium } from '../support/browser.ts';
import { PAGE_TYPES, pageReady } from '../support/page-types.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

async function withPage<T>(options: Parameters<Browser['newContext']>[0], run: (page: Page, context: BrowserContext) => Promise<T>) {
  const context = await browser().newContext(options);
  try {
    return await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** The first article linked from the news list, to have a real article URL. */
async function firstArticleUrl(page: Page) {
  await page.goto(`${baseUrl}/tin-tuc/`);
  return page.locator('.article-list .title a').first().getAttribute('href');
}

describe.skipIf(withoutChromium)('a reader in Chromium', () => {
  it('goes from the home page to a category, an article and a related article', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.goto(`${baseUrl}/`);
      const categoryLink = page.locator('nav.menu .menu-wide a[href^="/chuyen-muc/"]').first();
      const categoryName = (await categoryLink.textContent())!.trim();
      await categoryLink.click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(categoryName);

      const articleLink = page.locator('.article-list .title a').first();
      const title = (await articleLink.textContent())!.trim();
      await articleLink.click();
      expect((await page.locator('h1').textContent())!.trim()).toBe(title);
      expect(await page.locator('nav.breadcrumbs a').last().textContent()).toBe(categoryName);

      const related = page.locator('#tin-lien-quan + ul a').first();
      const relatedTitle = (await related.textContent())!.trim();
      await related.click();
      expect((await page.locator('h1').textContent())!.trim()).toBe(relatedTitle);
      expect(page.url()).toMatch(/\/tin-tuc\/[a-z0-9-]+\/$/);
    });
  });

  it.each([320, 360])('fits a %i px wide phone without horizontal scrolling; wide tables scroll by keyboard', async (width) => {
    await withPage({ viewport: { width, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }, async (page) => {
      for (const path of Object.values(PAGE_TYPES)) {
        await page.goto(`${baseUrl}${path}`);
        await pageReady(page, path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
        // A table wider than the screen scrolls in its own box, which the keyboard can reach.
        const unreachable = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.table-scroll')]
            .filter((box) => box.scrollWidth > box.clientWidth && (box.tabIndex < 0 || !box.getAttribute('aria-label')))
            .map((box) => box.querySelector('caption')?.textContent),
        );
        expect(unreachable, path).toEqual([]);
      }
    });
  });

  it('works with JavaScript off: pages, lists and links are all there', async () => {
    await withPage({ javaScriptEnabled: false }, async (page) => {
      const article = await firstArticleUrl(page);
      await page.goto(`${baseUrl}${article}`);
      await expect.poll(() => page.locator('article h1').isVisible()).toBe(true);
      expect(await page.locator('#tin-lien-quan + ul a').count()).toBeGreaterThan(0);
      expect(await page.locator('#tin-moi-nhat + ul a').count()).toBeGreaterThan(0);
      // Printing needs script: the button stays hidden rather than doing nothing.
      expect(await page.locator('button[data-print]').isVisible()).toBe(false);
      expect(await page.locator('a[href^="mailto:"]', { hasText: 'Gửi trang này qua thư' }).isVisible()).toBe(true);

      // The header search is a plain form: submitting it lands on /tim-kiem/?q=…
      await page.fill('#header-q', 'chỉ số');
      await page.press('#header-q', 'Enter');
      await page.waitForURL(/\/tim-kiem\/\?q=/);
      expect(decodeURIComponent(new URL(page.url()).searchParams.get('q')!)).toBe('chỉ số');
      expect(await page.locator('noscript').count()).toBeGreaterThan(0);
    });
  });

  it('offers print with JavaScript on, and prints the article alone', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseUrl}${await firstArticleUrl(page)}`);
      expect(await page.locator('button[data-print]').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', 'nav.breadcrumbs', '#tin-lien-quan', '#tin-moi-nhat', '.actions']) {
        expect(await page.locator(selector).isVisible(), selector).toBe(false);
      }
      expect(await page.locator('article h1').isVisible()).toBe(true);
      expect(await page.locator('article .body').isVisible()).toBe(true);
      // The printout still says where it comes from.
      expect(await page.locator('.print-site-name').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.print-site-name').isVisible()).toBe(false);
    });
  });

  it('can be used with the keyboard: the skip link comes first and focus is visible', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseUrl}/`);
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      expect(await focused.getAttribute('class')).toBe('skip-link');
      const box = await focused.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    });
  });

  it('shows text from frontmatter as text, never runs it', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${baseUrl}/tin-tuc/kiem-thu-gio-viet-nam/`);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('.summary').textContent()).toContain('<script>');
    });
  });

  it('reads the year and unit pages well on a 360 px phone: charts fit and their text stays legible', async () => {
    await withPage({ viewport: { width: 360, height: 740 }, isMobile: true }, async (page) => {
      for (const path of ['/chi-so-cchc/2019/', '/don-vi/so-tu-phap/', '/chi-so-cchc/']) {
        await page.goto(`${baseUrl}${path}`);
        // The drawing shown on a phone (a chart may have another for wider screens).
        const charts = page.locator('svg[role="img"] >> visible=true');
        expect(await charts.count(), path).toBeGreaterThan(0);
        const box = await charts.first().boundingBox();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(360);
        // Rendered size of the chart's labels, after the viewBox has scaled them down.
        const smallest = await charts
          .first()
          .evaluate((svg) => Math.min(...[...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0)));
        expect(smallest, path).toBeGreaterThanOrEqual(10);
        // Wide tables scroll inside their own box, which is reachable by keyboard.
        const table = page.locator('.table-scroll').first();
        expect(await table.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(360);
      }
    });
  });

  it('sets titles in lists across their column on a desktop, not at half of it', async () => {
    await withPage({ viewport: { width: 1280, height: 900 } }, async (page) => {
      let checked = 0;
      for (const path of ['/', '/tin-tuc/', '/van-ban/']) {
        await page.goto(`${baseUrl}${path}`);
        // For each title that wraps: how much of its column its first line fills.
        const wrapped = await page.$$eval('main .title a, main .document-title a, main h3 a', (links) =>
          links.flatMap((a) => {
            const range = document.createRange();
            range.selectNodeContents(a);
            const lines = [...range.getClientRects()].filter((r) => r.width > 0);
            const tops = new Set(lines.map((r) => Math.round(r.top)));
            if (tops.size < 2) return [];
            const column = a.closest('li, article, section, td, div')!.getBoundingClientRect().width;
            const firstTop = Math.min(...lines.map((r) => r.top));
            const first = lines.filter((r) => Math.abs(r.top - firstTop) < 2).reduce((w, r) => w + r.width, 0);
            return [{ title: a.textContent!.trim().slice(0, 50), filled: first / column }];
          }),
        );
        for (const title of wrapped) expect(title.filled, `${path}: ${title.title}`).toBeGreaterThan(0.7);
        checked += wrapped.length;
      }
      expect(checked).toBeGreaterThan(0);
    });
  });
});

import { describe, expect, inject, it } from 'vitest';
import { useChromium, withoutChromium } from '../support/browser.ts';

// The fixture portal's album of three pictures (tests/fixtures/portal/src/content/thu-vien/).
const baseUrl = inject('baseUrl');
const browser = useChromium();
const ALBUM = '/thu-vien/album-mot-cua/';

describe.skipIf(withoutChromium)('the album viewer', () => {
  it('opens a picture from the keyboard, goes to the next and back with the arrows, and closes with Esc back on its thumbnail', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    try {
      await page.goto(baseUrl + ALBUM);
      const links = page.locator('[data-photo-grid] a[data-photo]');
      const dialog = page.locator('dialog.photo-viewer');
      await links.first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
      // Onwards is focused first.
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-next'))).toBe(true);
      const shown = () => dialog.locator('img').evaluate((img: HTMLImageElement) => ({ src: new URL(img.src).pathname, alt: img.alt }));
      const link = async (i: number) => ({ src: await links.nth(i).getAttribute('href'), alt: await links.nth(i).locator('img').getAttribute('alt') });
      expect(await shown()).toEqual(await link(0));
      expect(await dialog.locator('.viewer-caption').textContent()).toBe('Quầy tiếp nhận hồ sơ.');
      // The picture loads, and is the large one, not the thumbnail.
      await expect.poll(() => dialog.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(540);

      await page.keyboard.press('ArrowRight');
      expect(await shown()).toEqual(await link(1));
      expect(await dialog.locator('.viewer-position').textContent()).toBe('Ảnh 2/3');
      // A picture without a caption hides the caption's line.
      expect(await dialog.locator('.viewer-caption').isHidden()).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      expect(await dialog.locator('.viewer-position').textContent()).toBe('Ảnh 3/3');

      // Its buttons are reachable by Tab inside the dialog.
      await dialog.getByRole('button', { name: 'Ảnh sau ›' }).focus();
      await page.keyboard.press('Enter');
      expect(await dialog.locator('.viewer-position').textContent()).toBe('Ảnh 1/3');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => dialog.locator('.viewer-position').textContent()).toBe('Ảnh 2/3');
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
      // Back on the thumbnail of the picture last seen.
      const second = await links.nth(1).getAttribute('href');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, a thumbnail is a link to the picture large', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    try {
      await page.goto(baseUrl + ALBUM);
      const href = await page.locator('[data-photo-grid] a[data-photo]').first().getAttribute('href');
      await page.locator('[data-photo-grid] a[data-photo]').first().click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(href);
      expect(await page.locator('dialog.photo-viewer').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

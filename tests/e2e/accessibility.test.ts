import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useChromium, withoutChromium } from '../support/browser.ts';
import { PAGE_TYPES, pageReady } from '../support/page-types.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describe.skipIf(withoutChromium)('accessibility gate (axe, WCAG 2.1 A and AA)', () => {
  for (const mode of ['normal', 'high contrast'] as const) {
    it(`finds no violation on any page type, ${mode}`, async () => {
      const context = await browser().newContext();
      // What the reader controls store; reader-settings.js applies it before first paint.
      if (mode === 'high contrast') await context.addInitScript(() => localStorage.setItem('cchc-doc-gia', JSON.stringify({ c: true })));
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        await page.goto(`${baseUrl}${path}`);
        await pageReady(page, path);
        expect(await page.evaluate(() => document.documentElement.classList.contains('tuong-phan')), path).toBe(mode === 'high contrast');
        const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
        const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        if (violations.length > 0) found[`${name} (${path})`] = violations;
      }
      await context.close();
      expect(found).toEqual({});
    }, 180_000);
  }
});

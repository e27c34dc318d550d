import { describe, expect, inject, it } from 'vitest';
import { useChromium, withoutChromium } from '../support/browser.ts';
import { PAGE_TYPES, pageReady } from '../support/page-types.ts';

const baseUrl = inject('baseUrl');
const browser = useChromium();

/**
 * The test server serves dist/ with the headers of dist/_headers (tests/support/global-setup.ts),
 * as Netlify or Cloudflare Pages would: anything the policy blocks shows up here.
 */
describe.skipIf(withoutChromium)('the site under its own Content-Security-Policy', () => {
  it('loads every page type, searches, and uses the reader controls with no violation and no console error', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    const violations: Record<string, string[]> = {};
    const policy = async () => (await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)) ?? [];

    for (const path of Object.values(PAGE_TYPES)) {
      const response = await page.goto(`${baseUrl}${path}`);
      // The policy is really there: a page served without it would pass vacuously.
      const csp = response!.headers()['content-security-policy'] ?? '';
      expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
      expect(csp, path).not.toContain('unsafe-inline');
      await pageReady(page, path);
      if (path === '/') {
        for (const command of ['+', '-', '0', 'c', 'c']) await page.locator(`.utility .reader-controls button[data-doc-gia="${command}"]`).click();
      }
      if (path.startsWith('/tim-kiem/')) {
        // A second query, typed: pagefind loads more of its index.
        await page.fill('#q', 'moc ban');
        await page.locator('#search-results li').first().waitFor();
      }
      const found = await policy();
      if (found.length > 0) violations[path] = found;
    }
    await context.close();
    expect(violations).toEqual({});
    // 404.html is fetched as a page, so the server answers 200; a real missing page is not requested here.
    expect(errors).toEqual([]);
  }, 120_000);

  it('sends the other security headers and caches hashed assets for a year, pages not at all', async () => {
    const page = await (await browser().newContext()).newPage();
    const response = await page.goto(`${baseUrl}/tin-tuc/`);
    const headers = response!.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8}/);
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const css = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
    const asset = await page.request.get(`${baseUrl}${css}`);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    await page.context().close();
  });
});

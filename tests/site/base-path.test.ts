import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../support/browser.ts';
import { page } from '../support/dist.ts';
import { brokenLinks, builtLinks } from '../support/links.ts';
import { FIXTURE_PORTAL } from '../support/fixture-portal.ts';
import { buildSite, prepareSite } from '../support/site-build.ts';

// The fixture portal served under a sub-path, as on a shared provincial domain (SPEC 9).
const BASE = '/cchc/';
let dist: string;
let site: string;
let server: Server | undefined;
let origin = '';
let browser: Browser | undefined;

beforeAll(async () => {
  const config = JSON.parse(readFileSync(join(FIXTURE_PORTAL, 'portal.config.json'), 'utf8'));
  site = config.site;
  const root = await prepareSite('base', { 'portal.config.json': JSON.stringify({ ...config, base: BASE }, null, 2) });
  const result = await buildSite(root);
  if (result.code !== 0) throw new Error(result.output);
  dist = join(root, 'dist');
  // dist/ as a host would serve it under /cchc/; nothing at the root.
  const serve = sirv(dist, { dev: false });
  server = createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end('Not found');
    };
    if (!req.url?.startsWith(BASE)) return notFound();
    req.url = req.url.slice(BASE.length - 1);
    serve(req, res, notFound);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe(`the site under ${BASE}`, () => {
  it('writes every link, picture, stylesheet, attachment, feed and sitemap address under it, and each leads to a file', () => {
    const links = builtLinks(dist);
    // Each kind of address is there to be checked.
    for (const sample of ['/cchc/_astro/', '/cchc/files/', '/cchc/du-lieu/', '/cchc/rss.xml', `${site}/cchc/tin-tuc/`, '/cchc/favicon.svg']) {
      expect(
        links.some((l) => l.url.startsWith(sample)),
        sample,
      ).toBe(true);
    }
    expect(brokenLinks(dist, site, BASE)).toEqual([]);
  });

  it('serves the web editor under it, its config saying where the site lives', () => {
    const admin = page(dist, '/admin/');
    expect(admin.querySelector('link[rel="cms-config-url"]')?.getAttribute('href')).toBe('/cchc/admin/config.yml');
    const script = admin.querySelector('script[src]')!.getAttribute('src')!;
    expect(script.startsWith('/cchc/_astro/')).toBe(true);
    // The script and the modules it imports know the sub-path (Decap loads from <base>admin/).
    const code = readFileSync(join(dist, script.slice(BASE.length)), 'utf8');
    const imported = [...code.matchAll(/from"\.\/([^"]+\.js)"/g)].map((m) => readFileSync(join(dist, '_astro', m[1]), 'utf8'));
    expect([code, ...imported].join('\n')).toContain('`/cchc/`');
    expect(code).toContain('decap-cms.js');
    expect(readFileSync(join(dist, 'admin/config.yml'), 'utf8')).toContain(`site_url: ${site}/cchc/`);
  });

  it('links an article body written from the root (/van-ban/…) under the sub-path', () => {
    const hrefs = page(dist, '/tin-tuc/trien-khai-cham-diem-xep-loai-ket-qua-cchc-nam-2019/')
      .querySelectorAll('.body a')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/cchc/van-ban/ke-hoach-2993-kh-ubnd-2019/');
  });

  it.skipIf(process.env.CI !== 'true' && !existsSync(CHROMIUM))('loads pages with their styles and finds, in Chromium, results that open', async () => {
    const tab = await browser!.newPage();
    const failed: string[] = [];
    tab.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await tab.goto(`${origin}${BASE}`);
    const sheets = await tab.evaluate(() =>
      [...document.styleSheets].filter((s) => s.href).map((s) => ({ href: new URL(s.href!).pathname, rules: s.cssRules.length })),
    );
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      expect(sheet.href.startsWith('/cchc/_astro/'), sheet.href).toBe(true);
      expect(sheet.rules).toBeGreaterThan(10);
    }
    await tab.goto(`${origin}${BASE}tim-kiem/?q=${encodeURIComponent('2993/KH-UBND')}`);
    await tab.waitForSelector('#search-results li a');
    const first = await tab.locator('#search-results li a').first().getAttribute('href');
    expect(first).toBe('/cchc/van-ban/ke-hoach-2993-kh-ubnd-2019/');
    await tab.locator('#search-results li a').first().click();
    await tab.waitForURL(`${origin}/cchc/van-ban/ke-hoach-2993-kh-ubnd-2019/`);
    expect(await tab.locator('h1').textContent()).toContain('Kế hoạch');
    // The web editor starts there too: its script, chunks and config all found under /cchc/.
    await tab.goto(`${origin}${BASE}admin/`);
    await tab
      .getByRole('button', { name: /Đăng nhập/ })
      .first()
      .waitFor({ timeout: 20_000 });
    expect(failed).toEqual([]);
    await tab.close();
  });
});

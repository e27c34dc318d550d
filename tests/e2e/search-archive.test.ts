import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PORTAL } from '../support/fixture-portal.ts';
import { headersFor, IMMUTABLE, parseHeadersFile, REVALIDATE } from '../../src/lib/hosting/headers.ts';
import { useChromium, withoutChromium } from '../support/browser.ts';
import { serveSite } from '../support/serve-site.ts';
import { article, buildSite, prepareSite } from '../support/site-build.ts';

// The fixture portal with a first search covering only the newest articles, so that older years get
// indexes of their own (src/lib/search/index-split.ts), and a word only a 2014 article has.
const WORD = 'zqxluutru';
const OLD_ARTICLE = '/tin-tuc/kiem-thu-luu-tru-nam-2014/';
let dist = '';
let baseUrl = '';
let close: () => Promise<unknown> = async () => {};

beforeAll(async () => {
  const config = JSON.parse(readFileSync(join(FIXTURE_PORTAL, 'portal.config.json'), 'utf8'));
  const root = await prepareSite('search-archive', {
    'portal.config.json': JSON.stringify({ ...config, searchRecentArticles: 5 }),
    'src/content/news/kiem-thu-luu-tru-nam-2014.md': article(
      { title: 'Kiểm thử tin lưu trữ năm 2014', date: '2014-06-02T08:00:00', category: 'tin-tuc-su-kien', tags: ['Kiểm thử'] },
      `Bài viết cũ có từ ${WORD} để tìm.`,
    ),
  });
  const built = await buildSite(root);
  expect(built.code, built.output).toBe(0);
  dist = join(root, 'dist');
  ({ baseUrl, close } = await serveSite(dist));
}, 240_000);
afterAll(() => close());

const pageCount = (file: string) =>
  Object.values((JSON.parse(readFileSync(join(dist, 'pagefind', file), 'utf8')) as { languages: Record<string, { page_count: number }> }).languages)[0]
    .page_count;

describe('search indexes split by year', () => {
  it('keeps older years of news out of the main index, each in an index of its own', () => {
    expect(pageCount('nam/2014/pagefind-entry.json')).toBe(2);
    expect(pageCount('nam/2015/pagefind-entry.json')).toBe(1);
    // The newest year stays in the main index.
    expect(() => pageCount('nam/2026/pagefind-entry.json')).toThrow();
    expect(pageCount('pagefind-entry.json')).toBeGreaterThan(20);
  });

  it('writes no ready-made search interface into an older year’s index, and caches its hashed chunks for good', () => {
    const files = readdirSync(join(dist, 'pagefind', 'nam', '2014'));
    expect(files).toEqual(expect.arrayContaining(['pagefind-entry.json', 'index', 'fragment']));
    expect(files.filter((f) => f.startsWith('pagefind-') && f !== 'pagefind-entry.json' && f !== 'pagefind-worker.js')).toEqual([]);
    // The main index keeps pagefind's files whole, for other tools (SPEC 5).
    expect(readdirSync(join(dist, 'pagefind'))).toContain('pagefind-ui.js');
    const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
    const cache = (path: string) =>
      headersFor(rules, path)
        .filter(([name]) => name === 'Cache-Control')
        .map(([, value]) => value);
    expect(cache('/pagefind/nam/2014/index/x.pf_index')).toEqual([IMMUTABLE]);
    expect(cache('/pagefind/nam/2014/pagefind-entry.json')).toEqual([REVALIDATE]);
  });
});

describe.skipIf(withoutChromium)('searching older years in Chromium', () => {
  const browser = useChromium();

  async function open(query: string, extra = '') {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
    await settled(page);
    return page;
  }
  const settled = (page: Page) => page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('search-status')?.textContent ?? ''));
  const resultUrls = (page: Page) => page.$$eval('#search-results h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it('offers the older years when the first search leaves them out, and finds them on request', async () => {
    const page = await open(WORD);
    expect(await page.textContent('#search-status')).toBe(`Không tìm thấy kết quả nào cho «${WORD}».`);
    expect(await page.isVisible('#search-scope')).toBe(true);
    expect(await page.textContent('#search-widen')).toMatch(/^Tìm cả tin tức các năm 2014–20\d\d$/);
    expect(
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
        .then((r) => r.violations.map((v) => v.id)),
    ).toEqual([]);

    await page.focus('#search-widen');
    await page.keyboard.press('Enter');
    // The reader goes on from the announced results.
    await page.waitForFunction(() => document.activeElement?.id === 'search-status');
    expect(await page.isHidden('#search-scope')).toBe(true);
    expect(await page.textContent('#search-status')).toBe(`Tìm thấy 1 kết quả cho «${WORD}».`);
    expect(await resultUrls(page)).toEqual([OLD_ARTICLE]);
    // The address keeps the choice.
    expect(new URL(page.url()).searchParams.get('tat-ca-nam')).toBe('1');
    await page.context().close();
  });

  it('searches all years at once from a shared address', async () => {
    const page = await open(WORD, '&tat-ca-nam=1');
    expect(await resultUrls(page)).toEqual([OLD_ARTICLE]);
    expect(await page.isHidden('#search-scope')).toBe(true);
    await page.context().close();
  });

  it('lists an older year in the year filter with its count, and picking it searches that year', async () => {
    const page = await open(WORD);
    const option = await page.$eval('#f-year option[value="2014"]', (o) => o.textContent!);
    await page.selectOption('#f-year', '2014');
    await page.waitForFunction(() => /nam=2014/.test(location.search));
    await settled(page);
    expect(await resultUrls(page)).toEqual([OLD_ARTICLE]);
    expect(await page.isHidden('#search-scope')).toBe(true);
    await page.context().close();

    // The count beside the year (its documents in the main index, its articles in its own) is
    // what the year holds: everything of 2014, with no words typed.
    const all = await open('', '&nam=2014');
    const total = Number((await all.textContent('#search-status'))!.match(/^Tìm thấy (\d+) kết quả/)![1]);
    expect(option).toBe(`2014 (${total})`);
    expect(total).toBeGreaterThanOrEqual(2);
    await all.context().close();
  });

  it('still finds recent news and documents from the main index alone', async () => {
    const page = await open('chỉ số cải cách');
    const urls = await resultUrls(page);
    expect(urls.some((url) => url.startsWith('/van-ban/'))).toBe(true);
    expect(urls).not.toContain(OLD_ARTICLE);
    await page.context().close();
  });
});

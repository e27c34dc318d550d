import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../support/browser.ts';
import { HIDDEN_PHRASES } from '../support/fixtures.ts';
import { sourceArticles } from '../support/sources.ts';

const baseUrl = inject('baseUrl');
const dist = inject('dist');
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  if (browser) page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

interface Shown {
  status: string;
  /** The number of results announced ("Tìm thấy 12 kết quả"); the list shows the first 10. */
  total: number;
  results: Array<{ url: string; title: string; meta: string; excerpt: string; marks: string[] }>;
}

/** Opens /tim-kiem/ with a query string and reads what the reader sees once the search is done. */
async function search(query: string, extra = ''): Promise<Shown> {
  await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => {
    const text = document.getElementById('search-status')?.textContent ?? '';
    return /^(Tìm thấy|Không tìm thấy)/.test(text);
  });
  return page.evaluate(() => ({
    status: document.getElementById('search-status')!.textContent!,
    total: Number((document.getElementById('search-status')!.textContent!.match(/Tìm thấy ([\d.]+)/)?.[1] ?? '0').replace(/\./g, '')),
    results: [...document.querySelectorAll('#search-results li')].map((li) => ({
      url: new URL(li.querySelector('a')!.href).pathname,
      title: li.querySelector('h2')!.textContent!,
      meta: li.querySelector('.meta')?.textContent ?? '',
      excerpt: li.querySelector('.excerpt')!.textContent!,
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent!.toLocaleLowerCase('vi')),
    })),
  }));
}

const PLAN = '/van-ban/ke-hoach-2993-kh-ubnd-2019/';
const GUIDE = '/tin-tuc/huong-dan-nop-ho-so-truc-tuyen-tren-cong-dich-vu-cong-quoc-gia/';

describe.skipIf(process.env.CI !== 'true' && !existsSync(CHROMIUM))('search in Chromium', () => {
  it('finds pages typed with tones and shows title, kind, date and a highlighted excerpt', async () => {
    const shown = await search('chỉ đạo điều hành');
    expect(shown.status).toMatch(/^Tìm thấy \d+ kết quả cho «chỉ đạo điều hành»\.$/);
    const first = shown.results[0];
    expect(first.title.length).toBeGreaterThan(0);
    expect(first.meta).toMatch(/^(Tin tức|Văn bản|Kết quả năm|Đơn vị)( · \d{2}\/\d{2}\/\d{4})?/);
    expect(first.marks.some((m) => m.includes('đạo'))).toBe(true);
  });

  it('finds the same pages without tones, with d for đ, showing the real text with its diacritics', async () => {
    const withTones = await search('chỉ đạo điều hành');
    const without = await search('chi dao dieu hanh');
    expect(without.results.length).toBeGreaterThan(0);
    const urls = new Set(without.results.map((r) => r.url));
    for (const r of withTones.results.slice(0, 5)) expect(urls.has(r.url), r.url).toBe(true);
    // Results highlight the words as they are written, diacritics and all.
    const marks = without.results.flatMap((r) => r.marks);
    expect(
      marks.some((m) => m.startsWith('đạo')),
      JSON.stringify(marks),
    ).toBe(true);
    expect(
      marks.some((m) => m.startsWith('điều')),
      JSON.stringify(marks),
    ).toBe(true);
    expect(marks.filter((m) => /^(chi|dao|dieu|hanh)$/.test(m))).toEqual([]);
  });

  it('ranks a page with the words in its title first, then in its summary, then in its text', async () => {
    // Fixtures: "mộc bản" once in a title, once in a summary, four times in a body.
    for (const query of ['mộc bản', 'moc ban']) {
      const urls = (await search(query)).results.map((r) => r.url);
      expect(urls.slice(0, 3), query).toEqual([
        '/tin-tuc/kiem-thu-xep-hang-o-tieu-de/',
        '/tin-tuc/kiem-thu-xep-hang-o-tom-tat/',
        '/tin-tuc/kiem-thu-xep-hang-o-noi-dung/',
      ]);
    }
  });

  it('quotes the text in excerpts, never the category, title, date or author the result already shows', async () => {
    const shown = await search('phong lan');
    const result = shown.results.find((r) => r.url === '/tin-tuc/kiem-thu-trich-doan/');
    expect(result, JSON.stringify(shown.results)).toBeDefined();
    expect(result!.excerpt).toMatch(/^Đoạn văn này nói về phong lan rừng/);
    for (const shownElsewhere of ['Kiểm thử trích đoạn', 'Hoàng Thị Kiểm', 'Văn phòng Kiểm thử', 'Tin tức', 'Ngày đăng', '01/03/2018']) {
      expect(result!.excerpt).not.toContain(shownElsewhere);
    }
    // Every article found by a common query has an excerpt that is not its title.
    for (const r of (await search('cải cách hành chính')).results) expect(r.excerpt.startsWith(r.title), r.url).toBe(false);
  });

  it('"dang ky" finds "đăng ký"', async () => {
    const shown = await search('dang ky');
    const guide = shown.results.find((r) => r.url === GUIDE);
    expect(guide, JSON.stringify(shown.results.map((r) => r.url))).toBeDefined();
    expect(guide!.excerpt).toContain('đăng ký');
  });

  it('ranks what was typed first: "dao" lists the people Dao before the "đạo" pages', async () => {
    const shown = await search('dao');
    expect(shown.results[0].url).toBe('/tin-tuc/kiem-thu-nguoi-dao/');
    expect(shown.results.some((r) => r.marks.some((m) => m.startsWith('đạo')))).toBe(true);
    const exact = await search('đạo');
    expect(exact.results.map((r) => r.url)).not.toContain('/tin-tuc/kiem-thu-nguoi-dao/');
  });

  it('finds a document by its number, typed whole or in part', async () => {
    for (const query of ['2993/KH-UBND', '2993', '29/2019/QĐ-UBND']) {
      const shown = await search(query);
      expect(shown.results.length, query).toBeGreaterThan(0);
    }
    expect((await search('2993/KH-UBND')).results[0].url).toBe(PLAN);
    expect((await search('2993')).results.map((r) => r.url)).toContain(PLAN);
    // The result names the document by its number; the excerpt quotes its text instead.
    const plan = (await search('2993/KH-UBND')).results[0];
    expect(plan.meta).toMatch(/^Văn bản · số 2993\/KH-UBND · \d{2}\/\d{2}\/2019$/);
    expect(plan.excerpt).not.toContain(plan.title);
    expect((await search('29/2019/QĐ-UBND')).results[0].url).toBe('/van-ban/quyet-dinh-29-2019-qd-ubnd/');
  });

  it('narrows by kind, category and year, and sorts by date', async () => {
    // The unfiltered query finds several kinds; each filter keeps exactly the pages the
    // build marked with that value (read back from the built HTML).
    const built = (url: string) => readFileSync(join(dist, url, 'index.html'), 'utf8');
    const all = await search('chỉ số');
    expect(new Set(all.results.map((r) => r.url.split('/')[1])).size).toBeGreaterThan(1);
    const docs = await search('chỉ số', '&loai=V%C4%83n%20b%E1%BA%A3n');
    expect(docs.results.length).toBeGreaterThan(0);
    expect(docs.total).toBeLessThan(all.total);
    for (const r of docs.results) expect(r.url.startsWith('/van-ban/'), r.url).toBe(true);
    expect(await page.locator('#f-kind').inputValue()).toBe('Văn bản');

    const years = await search('chỉ số', '&nam=2019');
    expect(years.results.length).toBeGreaterThan(0);
    expect(years.total).toBeLessThan(all.total);
    for (const r of years.results) expect(built(r.url), r.url).toContain('data-pagefind-filter="year:2019"');

    const category = await search('chỉ số', `&chuyen-muc=${encodeURIComponent('Tin kết quả CCHC')}`);
    expect(category.results.length).toBeGreaterThan(0);
    for (const r of category.results) expect(built(r.url), r.url).toContain('data-pagefind-filter="category:Tin kết quả CCHC"');

    const ymd = (shown: Shown) =>
      shown.results.flatMap((r) => {
        const m = r.meta.match(/(\d{2})\/(\d{2})\/(\d{4})/);
        return m ? [`${m[3]}${m[2]}${m[1]}`] : [];
      });
    // One search, sorted by pagefind; and several d/đ variants merged by date.
    for (const [query, extra] of [
      ['chỉ số', '&loai=Tin%20t%E1%BB%A9c'],
      ['dao', ''],
    ]) {
      const dates = ymd(await search(query, `${extra}&sap-xep=moi-nhat`));
      expect(dates.length, query).toBeGreaterThan(2);
      expect(dates, query).toEqual([...dates].sort().reverse());
    }
  });

  it('says when nothing is found and offers suggestions', async () => {
    const shown = await search('qwzxvb');
    expect(shown.status).toBe('Không tìm thấy kết quả nào cho «qwzxvb».');
    expect(await page.locator('#search-empty').isVisible()).toBe(true);
  });

  it('never finds drafts or articles scheduled for later', async () => {
    // Made-up words that exist only in the test draft and the test scheduled article.
    for (const word of [HIDDEN_PHRASES.draft, HIDDEN_PHRASES.future].map((p) => p.split(' ').at(-1)!)) {
      expect((await search(word)).results, word).toEqual([]);
    }
    // The fixture's draft: no result is it, and no excerpt quotes it.
    const hidden = sourceArticles(dirname(inject('dist')))
      .filter((a) => !a.published)
      .map((a) => `/tin-tuc/${a.slug}/`);
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    const shown = await search('bản nháp chưa duyệt số 7731');
    for (const r of shown.results) {
      expect(hidden).not.toContain(r.url);
      expect(r.excerpt).not.toContain('chưa duyệt số 7731');
    }
  });

  it('can be used with the keyboard alone, from the header form to a result', async () => {
    await page.goto(`${baseUrl}/`);
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'header-q'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await page.keyboard.type('2993');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=2993/);
    await page.waitForFunction(() => /^Tìm thấy/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    for (let i = 0; i < 40 && !(await page.evaluate(() => !!document.activeElement?.closest('#search-results'))); i++) await page.keyboard.press('Tab');
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === target);
    expect(target).toMatch(/^\/(van-ban|tin-tuc)\//);
  });

  it('has no WCAG 2.1 A or AA violations with results, filters and the no-result message shown', async () => {
    for (const query of ['chi so', 'qwzxvb']) {
      await search(query);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        query,
      ).toEqual([]);
    }
  });

  it('loads the search script only on the search page', async () => {
    await page.goto(`${baseUrl}/`);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('pagefind')),
    );
    expect(scripts).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { vietnamYear } from '../../src/lib/vietnamese/dates.ts';
import { allFiles, exists, page, text } from '../support/dist.ts';
import { sourceArticles, type SourceArticle } from '../support/sources.ts';
import portal from '../fixtures/portal/portal.config.json';

const dist = inject('dist');
let published: SourceArticle[];
beforeAll(() => {
  published = sourceArticles(dirname(dist)).filter((a) => a.published);
});

/** Every built page but the web editor's, as URL paths. */
const pages = () =>
  allFiles(dist)
    .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
    .map((f) => `/${f}`.replace(/index\.html$/, ''));

interface OrgUnit {
  name: string;
  children?: OrgUnit[];
}
const flatten = (unit: OrgUnit, depth = 0): [string, number][] => [[unit.name, depth], ...(unit.children ?? []).flatMap((c) => flatten(c, depth + 1))];

describe('/gioi-thieu/: the agency, from config', () => {
  it('draws the organisation chart as nested lists holding every box of the config, at its depth', () => {
    const html = page(dist, '/gioi-thieu/');
    const chart = html.querySelector('ul.org-root')!;
    const drawn = chart.querySelectorAll('.org-box').map((box) => {
      let depth = 0;
      for (let node = box.parentNode; node && node !== chart; node = node.parentNode) if (node.tagName === 'UL') depth++;
      return [text(box.childNodes[0] as never), depth];
    });
    expect(drawn).toEqual(flatten(portal.about.organisation));
  });
  it('names every leader with title, telephone and e-mail, and gives the address and hours', () => {
    const html = page(dist, '/gioi-thieu/');
    const cards = html.querySelectorAll('.leaders li');
    expect(cards.map((c) => text(c.querySelector('.leader-name')))).toEqual(portal.about.leaders.map((l) => l.name));
    portal.about.leaders.forEach((leader, i) => {
      expect(text(cards[i]!.querySelector('.leader-title'))).toBe(leader.title);
      expect(cards[i]!.querySelector(`a[href="tel:${leader.phone.replace(/\s/g, '')}"]`)).not.toBeNull();
      expect(cards[i]!.querySelector(`a[href="mailto:${leader.email}"]`)).not.toBeNull();
    });
    const body = text(html.querySelector('main'));
    for (const fact of [portal.address, portal.hours, portal.responsible.name, portal.agency, ...portal.about.functions]) expect(body).toContain(fact);
    expect(body).toContain('Dữ liệu minh họa');
  });
});

describe('/en/: the essentials in English', () => {
  it('is an English page with the agency, how to reach it and the main sections', () => {
    const html = page(dist, '/en/');
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('en');
    const body = text(html.querySelector('main'));
    for (const fact of [portal.english.agency, portal.english.address, portal.english.hours, portal.email]) expect(body).toContain(fact);
    const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      expect.arrayContaining(['/tin-tuc/', '/van-ban/', '/chi-so-cchc/', '/du-lieu/', '/gioi-thieu/', '/lien-ket/', portal.procedures.href]),
    );
    expect(text(html.querySelector('.skip-link'))).toBe('Skip to main content');
  });
  it('is linked as "English" from the header of every Vietnamese page, and stays out of the Vietnamese search index', () => {
    const missing = pages().filter(
      (path) => path !== '/en/' && page(dist, path).querySelector('.utility a[href="/en/"][lang="en"]')?.textContent !== 'English',
    );
    expect(missing).toEqual([]);
    expect(page(dist, '/en/').querySelector('[data-pagefind-body]')).toBeNull();
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
  });
});

describe('/lien-ket/ and the public-service portal', () => {
  it('lists every link of the config under its group', () => {
    const html = page(dist, '/lien-ket/');
    for (const link of portal.links) {
      const section = html.querySelectorAll('main section').find((s) => text(s.querySelector('h2')) === link.group);
      expect(section?.querySelector(`a[href="${link.href}"]`)?.textContent, link.label).toBe(link.label);
    }
  });
  it('is linked from the footer of every page, and the home page links the public-service portal near the top', () => {
    expect(pages().filter((path) => path !== '/en/' && !page(dist, path).querySelector('.site-footer a[href="/lien-ket/"]'))).toEqual([]);
    const home = page(dist, '/');
    const procedures = home.querySelector('main .procedures a');
    expect(procedures?.getAttribute('href')).toBe(portal.procedures.href);
    expect(text(home.querySelector('main .procedures h2'))).toBe('Thủ tục hành chính');
  });
});

describe('/tin-tuc/nam/<year>/: every article reachable by year', () => {
  it('lists each published article once, on the archive of its year in Vietnam time, linked from /tin-tuc/', () => {
    const years = [...new Set(published.map((a) => vietnamYear(a.date)))].sort((a, b) => b - a);
    const linked = page(dist, '/tin-tuc/')
      .querySelectorAll('.archive-years a')
      .map((a) => a.getAttribute('href'));
    expect(linked).toEqual(years.map((y) => `/tin-tuc/nam/${y}/`));
    const listed = new Map<string, number>();
    for (const year of years) {
      for (let n = 1, path = `/tin-tuc/nam/${year}/`; exists(dist, path); n++, path = `/tin-tuc/nam/${year}/${n + 1}/`) {
        for (const a of page(dist, path).querySelectorAll('ul.archive a')) {
          const slug = a.getAttribute('href')!.split('/')[2]!;
          expect(listed.has(slug), slug).toBe(false);
          listed.set(slug, year);
        }
      }
    }
    expect(Object.fromEntries(listed)).toEqual(Object.fromEntries(published.map((a) => [a.slug, vietnamYear(a.date)])));
  });
});

describe('sharing and structured data', () => {
  const jsonLd = (path: string) =>
    page(dist, path)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, any>);

  it('gives every indexable page a canonical URL, a description, Open Graph and a Twitter card with an absolute picture', () => {
    const incomplete = pages()
      .filter((path) => path !== '/404.html')
      .flatMap((path) => {
        const head = page(dist, path).querySelector('head')!;
        const meta = (selector: string) => head.querySelector(selector)?.getAttribute('content') ?? head.querySelector(selector)?.getAttribute('href');
        const wanted = {
          canonical: meta('link[rel="canonical"]') === new URL(path, portal.site).href,
          description: !!meta('meta[name="description"]'),
          'og:title': !!meta('meta[property="og:title"]'),
          'og:image': /^https:\/\//.test(meta('meta[property="og:image"]') ?? ''),
          'twitter:card': meta('meta[name="twitter:card"]') === 'summary_large_image',
        };
        return Object.entries(wanted)
          .filter(([, ok]) => !ok)
          .map(([name]) => `${path} ${name}`);
      });
    expect(incomplete).toEqual([]);
  });

  it('draws the default share picture 1200 × 630 from the logo and the portal colour', async () => {
    const meta = await sharp(join(dist, 'chia-se.png')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    expect(page(dist, '/gioi-thieu/').querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`${portal.site}/chia-se.png`);
  });

  it('describes an article as a NewsArticle and its trail as a BreadcrumbList matching the visible one', () => {
    const path = '/tin-tuc/par-index-2022-lai-chau-dat-86-29-diem-xep-thu-24-63/';
    const html = page(dist, path);
    const [article, trail] = jsonLd(path);
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      headline: text(html.querySelector('article h1')),
      datePublished: html.querySelector('article time')!.getAttribute('datetime'),
    });
    expect(trail!['@type']).toBe('BreadcrumbList');
    const visible = html.querySelectorAll('nav.breadcrumbs li').map((li) => text(li));
    expect(trail!.itemListElement.map((i: { name: string }) => i.name)).toEqual([...visible, text(html.querySelector('article h1'))]);
    expect(trail!.itemListElement.at(-1).item).toBe(new URL(path, portal.site).href);
  });

  it('names the agency on the home and about pages, and each year’s downloads as a Dataset whose files exist', () => {
    for (const path of ['/', '/gioi-thieu/'])
      expect(jsonLd(path).find((d) => d['@type'] === 'GovernmentOrganization')).toMatchObject({ name: portal.agency, email: portal.email });
    const years = allFiles(dist).filter((f) => /^chi-so-cchc\/\d{4}\/index\.html$/.test(f));
    expect(years.length).toBeGreaterThan(3);
    for (const file of years) {
      const dataset = jsonLd(`/${dirname(file)}/`).find((d) => d['@type'] === 'Dataset')!;
      expect(dataset.distribution.map((d: { encodingFormat: string }) => d.encodingFormat)).toEqual([
        'text/csv',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/json',
      ]);
      for (const { contentUrl } of dataset.distribution) expect(exists(dist, new URL(contentUrl).pathname), contentUrl).toBe(true);
    }
  });

  it('tells crawlers where the sitemap is and keeps them out of the web editor; the 404 and editor pages are noindex', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${portal.site}/sitemap-index.xml`);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    expect(exists(dist, '/sitemap-index.xml')).toBe(true);
    expect(page(dist, '/404.html').querySelector('meta[name="robots"]')!.getAttribute('content')).toContain('noindex');
    expect(page(dist, '/admin/').querySelector('meta[name="robots"]')!.getAttribute('content')).toContain('noindex');
  });
});

describe('reader controls in the built pages', () => {
  it('run from a script under 1 KB, inline at the top of <head>, before any stylesheet', () => {
    for (const path of ['/', '/en/', '/tim-kiem/']) {
      const head = page(dist, path).querySelector('head')!;
      const first = head.querySelectorAll('script, link[rel="stylesheet"], style')[0]!;
      expect(first.tagName, path).toBe('SCRIPT');
      expect(first.getAttribute('src')).toBeUndefined();
      expect(Buffer.byteLength(first.textContent, 'utf8')).toBeLessThan(1024);
    }
  });
  it('leave the browser’s own zoom alone (WCAG 1.4.4)', () => {
    const viewports = new Set(pages().map((path) => page(dist, path).querySelector('meta[name="viewport"]')!.getAttribute('content')));
    expect([...viewports]).toEqual(['width=device-width, initial-scale=1']);
  });
});

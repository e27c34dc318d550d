import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { allFiles, exists, page, text } from '../support/dist.ts';
import { FIXTURE_DATES, HIDDEN_PHRASES } from '../support/fixtures.ts';
import { sourceArticles, type SourceArticle } from '../support/sources.ts';
import portal from '../fixtures/portal/portal.config.json';

const dist = inject('dist');
const root = dirname(dist);
let articles: SourceArticle[];
let published: SourceArticle[];
let hidden: SourceArticle[];

beforeAll(() => {
  articles = sourceArticles(root);
  published = articles.filter((a) => a.published).sort((a, b) => b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1));
  hidden = articles.filter((a) => !a.published);
});

describe("the fixture portal's articles", () => {
  it('has at least 15 published articles in at least 4 categories, 2014 to this year', () => {
    const real = published.filter((a) => !a.slug.startsWith('kiem-thu-'));
    expect(real.length).toBeGreaterThanOrEqual(15);
    expect(new Set(real.map((a) => a.category)).size).toBeGreaterThanOrEqual(4);
    const years = real.map((a) => a.date.getUTCFullYear());
    expect(Math.min(...years)).toBeLessThanOrEqual(2014);
    // Up to the year the fixture was written (a fixed year, so the test does not expire).
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2026);
  });
  it('includes a draft and a scheduled article, so the hiding tests mean something', () => {
    expect(hidden.some((a) => a.draft)).toBe(true);
    expect(hidden.some((a) => !a.draft)).toBe(true);
  });
});

describe('article pages', () => {
  it('exist for every published article, with breadcrumbs, title, date, actions and both lists', () => {
    for (const article of published) {
      const html = page(dist, `/tin-tuc/${article.slug}/`);
      expect(html.querySelector('html')!.getAttribute('lang')).toBe('vi');
      const crumbs = html.querySelectorAll('nav.breadcrumbs a').map((a) => a.getAttribute('href'));
      expect(crumbs).toEqual(['/', '/tin-tuc/', `/chuyen-muc/${article.category}/`]);
      expect(html.querySelectorAll('h1')).toHaveLength(1);
      const time = html.querySelector('.byline time')!;
      expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      expect(new Date(time.getAttribute('datetime')!).getTime()).toBe(article.date.getTime());
      expect(text(time)).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{1,2}:\d{2} (SA|CH)$/);
      expect(html.querySelector('button[data-print]')).not.toBeNull();
      expect(html.querySelector('a[href^="mailto:?subject="]')).not.toBeNull();
      for (const heading of ['Tin liên quan', 'Tin mới nhất']) {
        const section = html.querySelectorAll('section.headlines').find((s) => text(s.querySelector('h2')) === heading);
        expect(section, `${article.slug}: ${heading}`).toBeDefined();
        const links = section!.querySelectorAll('a').map((a) => a.getAttribute('href'));
        expect(links.length).toBeGreaterThan(0);
        expect(links).not.toContain(`/tin-tuc/${article.slug}/`);
      }
    }
  });

  it('lists the newest other articles under "Tin mới nhất"', () => {
    const [newest, second] = published;
    const latestOf = (slug: string) =>
      page(dist, `/tin-tuc/${slug}/`)
        .querySelector('#tin-moi-nhat')!
        .parentNode!.querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
    const expected = published.slice(1, 1 + portal.latestNewsCount).map((a) => `/tin-tuc/${a.slug}/`);
    expect(latestOf(newest.slug)).toEqual(expected);
    expect(latestOf(second.slug)[0]).toBe(`/tin-tuc/${newest.slug}/`);
  });

  it('links only published articles under "Tin liên quan", at most the configured number', () => {
    const publishedUrls = new Set(published.map((a) => `/tin-tuc/${a.slug}/`));
    for (const article of published) {
      const links = page(dist, `/tin-tuc/${article.slug}/`)
        .querySelector('#tin-lien-quan')!
        .parentNode!.querySelectorAll('a')
        .map((a) => a.getAttribute('href')!);
      expect(links.length).toBeLessThanOrEqual(portal.relatedNewsCount);
      for (const link of links) expect(publishedUrls.has(link), link).toBe(true);
    }
  });

  it('shows dates in Vietnam time although the site was built in New York time', () => {
    for (const [slug, expected] of Object.entries(FIXTURE_DATES)) {
      const time = page(dist, `/tin-tuc/${slug}/`).querySelector('.byline time')!;
      expect(time.getAttribute('datetime')).toBe(expected.iso);
      expect(text(time)).toBe(expected.text);
    }
  });

  it('escapes text from frontmatter', () => {
    const html = page(dist, '/tin-tuc/kiem-thu-gio-viet-nam/');
    const scripts = html.querySelectorAll('script');
    const data = scripts.filter((s) => s.getAttribute('type') === 'application/ld+json');
    expect(scripts.filter((s) => !data.includes(s)).some((s) => s.textContent.includes('__xss'))).toBe(false);
    // The JSON-LD holds the summary as data, its "<" escaped so that it cannot end the element.
    expect(data.map((s) => s.textContent).join('')).not.toMatch(/<\/?script/i);
    expect(data.some((s) => (JSON.parse(s.textContent) as { description?: string }).description?.includes('<script>window.__xss = 1</script>'))).toBe(true);
    expect(text(html.querySelector('.summary'))).toContain('<script>window.__xss = 1</script> & ký tự');
  });

  it("keeps a Markdown table's column alignment as a class, which the page's policy allows, not a style", () => {
    const html = readFileSync(join(dist, 'tin-tuc/kiem-thu-co-mui-gio/index.html'), 'utf8');
    expect(html).toMatch(/<td class="align-right">1\.204<\/td>/);
    expect(html).toMatch(/<th class="align-left">Quý<\/th>/);
    expect(html).not.toMatch(/<t[dh][^>]* style=/);
  });

  it('sizes an image given as a path under public/', () => {
    const img = page(dist, '/tin-tuc/kiem-thu-anh-trong-public/').querySelector('.article figure img')!;
    expect(img.getAttribute('src')).toBe('/logo.svg');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['64', '64']);
    expect(img.getAttribute('alt')).toBe('Biểu trưng của trang');
  });

  it('serves optimised, sized images with alt text', () => {
    const withImages = published.map((a) => page(dist, `/tin-tuc/${a.slug}/`)).filter((p) => p.querySelector('.article figure picture'));
    expect(withImages.length).toBeGreaterThan(0);
    for (const html of withImages) {
      const img = html.querySelector('.article figure img')!;
      expect(img.getAttribute('alt')!.length).toBeGreaterThan(0);
      expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
      const sources = html.querySelectorAll('.article figure picture source').map((s) => s.getAttribute('type'));
      expect(sources).toEqual(expect.arrayContaining(['image/avif', 'image/webp']));
      for (const src of [
        img.getAttribute('src')!,
        ...(img.getAttribute('srcset') ?? '')
          .split(',')
          .map((s) => s.trim().split(' ')[0])
          .filter(Boolean),
      ]) {
        expect(exists(dist, src), src).toBe(true);
      }
    }
  });
});

describe('lists', () => {
  it('/tin-tuc/ pages hold every published article once, newest first', () => {
    const pages = Math.ceil(published.length / portal.newsPerPage);
    const listed: string[] = [];
    for (let n = 1; n <= pages; n++) {
      const html = page(dist, n === 1 ? '/tin-tuc/' : `/tin-tuc/${n}/`);
      listed.push(...html.querySelectorAll('.article-list .title a').map((a) => a.getAttribute('href')!));
    }
    expect(exists(dist, `/tin-tuc/${pages + 1}/`)).toBe(false);
    expect(listed).toEqual(published.map((a) => `/tin-tuc/${a.slug}/`));
  });

  it('each category page lists exactly its own published articles', () => {
    const categories: Array<{ id: string }> = JSON.parse(readFileSync(join(root, 'src/content/categories.json'), 'utf8'));
    for (const { id } of categories) {
      const expected = published.filter((a) => a.category === id).map((a) => `/tin-tuc/${a.slug}/`);
      const listed: string[] = [];
      for (let n = 1; exists(dist, n === 1 ? `/chuyen-muc/${id}/` : `/chuyen-muc/${id}/${n}/`); n++) {
        listed.push(
          ...page(dist, n === 1 ? `/chuyen-muc/${id}/` : `/chuyen-muc/${id}/${n}/`)
            .querySelectorAll('.article-list .title a')
            .map((a) => a.getAttribute('href')!),
        );
      }
      expect(listed, id).toEqual(expected);
    }
  });

  it('the home page leads with featured news and links the newest articles', () => {
    const html = page(dist, '/');
    // The fixture marks a few published articles `featured: true` (the page shows up to 3):
    // they, newest first, are what "Tin nổi bật" holds, whatever newer articles there are.
    const featured = published.filter((a) => a.featured);
    expect(featured.length).toBeGreaterThanOrEqual(2);
    expect(featured.length).toBeLessThanOrEqual(3);
    // Not simply the newest articles, or this test could not tell the two rules apart.
    expect(featured).not.toEqual(published.slice(0, featured.length));
    const lead = html.querySelector('#tin-noi-bat')!.parentNode!;
    const leadLinks = lead
      .querySelectorAll('a')
      .map((a) => a.getAttribute('href')!)
      .filter((href) => href.startsWith('/tin-tuc/'));
    expect(leadLinks).toEqual(featured.map((a) => `/tin-tuc/${a.slug}/`));
    const links = new Set(html.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    for (const article of published.slice(0, 3)) expect(links.has(`/tin-tuc/${article.slug}/`)).toBe(true);
  });
});

describe('publishing rules', () => {
  it('keep drafts and scheduled articles out of every page, feed and sitemap', () => {
    const textFiles = allFiles(dist).filter((f) => /\.(html|xml|json|txt)$/.test(f));
    expect(textFiles.length).toBeGreaterThan(published.length);
    for (const article of hidden) expect(exists(dist, `/tin-tuc/${article.slug}/`)).toBe(false);
    for (const file of textFiles) {
      const content = readFileSync(join(dist, file), 'utf8');
      for (const article of hidden) expect(content.includes(article.slug), `${article.slug} in ${file}`).toBe(false);
      for (const phrase of Object.values(HIDDEN_PHRASES)) expect(content.includes(phrase), `${phrase} in ${file}`).toBe(false);
    }
  });

  it('the RSS feed and the sitemap list the published articles', () => {
    const rss = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const sitemap = allFiles(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('');
    for (const article of published.slice(0, 50)) expect(rss).toContain(`/tin-tuc/${article.slug}/`);
    for (const article of published) expect(sitemap).toContain(`${portal.site}/tin-tuc/${article.slug}/`);
    expect(sitemap).not.toContain('/404');
  });
});

describe('site furniture', () => {
  it('has a Vietnamese 404 page', () => {
    const html = page(dist, '/404.html');
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('vi');
    expect(text(html.querySelector('h1'))).toBe('Không tìm thấy trang');
  });

  it('every page has the skip link, the GET search form and the footer contacts from config', () => {
    for (const path of ['/', '/tin-tuc/', `/tin-tuc/${published[0].slug}/`, '/404.html']) {
      const html = page(dist, path);
      expect(html.querySelector('a.skip-link')!.getAttribute('href')).toBe('#noi-dung');
      expect(html.querySelector('#noi-dung')).not.toBeNull();
      const form = html.querySelector('form[role="search"]')!;
      expect(form.getAttribute('action')).toBe('/tim-kiem/');
      expect(form.getAttribute('method')).toBe('get');
      expect(form.querySelector('input[name="q"]')).not.toBeNull();
      const footer = text(html.querySelector('footer'));
      for (const value of [portal.address, portal.phone, portal.email, portal.responsible.name]) expect(footer).toContain(value);
      const menu = html.querySelectorAll('nav.menu a').map((a) => a.getAttribute('href'));
      expect(menu).toEqual(expect.arrayContaining(['/chi-so-cchc/', '/van-ban/', '/tim-kiem/', '/chuyen-muc/tin-tuc-su-kien/']));
      for (const href of menu) expect(exists(dist, href!), href!).toBe(true);
    }
  });

  it('ships at most 2 KB of script on home, list and article pages', () => {
    for (const path of ['/', '/tin-tuc/', `/chuyen-muc/${published[0].category}/`, `/tin-tuc/${published[0].slug}/`]) {
      const html = page(dist, path);
      let bytes = 0;
      // Code only: JSON-LD blocks are data, never run.
      for (const script of html.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json')) {
        const src = script.getAttribute('src');
        bytes += src ? readFileSync(join(dist, src)).length : Buffer.byteLength(script.textContent);
      }
      expect(bytes, path).toBeLessThanOrEqual(2048);
    }
  });
});

describe('article pictures', () => {
  const withPhoto = '/tin-tuc/chuan-bi-danh-gia-chi-so-cchc-nam-2026-cua-so-nganh-va-38-xa-phuong/';
  it('share a 1200 × 630 picture with social networks', async () => {
    const { default: sharp } = await import('sharp');
    const og = page(dist, withPhoto).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    const { width, height } = await sharp(join(dist, new URL(og).pathname)).metadata();
    expect([width, height]).toEqual([1200, 630]);
    // A page without a picture shares the portal's own (drawn from the logo).
    expect(page(dist, '/tin-tuc/').querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`${portal.site}/chia-se.png`);
  });
  it('serve no picture wider than 1,200 px, the fallback <img> included, from a 4000 px photo', async () => {
    const { default: sharp } = await import('sharp');
    const img = page(dist, '/tin-tuc/kiem-thu-anh-lon/').querySelector('.article-image img')!;
    const files = [
      img.getAttribute('src')!,
      ...img
        .getAttribute('srcset')!
        .split(',')
        .map((s) => s.trim().split(' ')[0]),
    ];
    for (const file of files) expect((await sharp(join(dist, file)).metadata()).width, file).toBeLessThanOrEqual(1200);
    // The 4000 px original is not published at all.
    const published = allFiles(dist).filter((f) => f.includes('anh-may-anh-kiem-thu'));
    expect(published.length).toBeGreaterThan(0);
    for (const file of published) expect((await sharp(join(dist, file)).metadata()).width, file).toBeLessThanOrEqual(1200);
    const sources = page(dist, '/tin-tuc/kiem-thu-anh-lon/').querySelectorAll('.article-image source');
    for (const source of sources) {
      for (const file of source
        .getAttribute('srcset')!
        .split(',')
        .map((s) => s.trim().split(' ')[0])) {
        expect((await sharp(join(dist, file)).metadata()).width, file).toBeLessThanOrEqual(1200);
      }
    }
  });
});

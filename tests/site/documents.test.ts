import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { exists, page, text } from '../support/dist.ts';
import { frontmatterOf, sourceArticles } from '../support/sources.ts';

const dist = inject('dist');
const root = dirname(dist);
const TYPE_LABELS: Record<string, string> = {
  'ke-hoach': 'Kế hoạch',
  'quyet-dinh': 'Quyết định',
  'chi-thi': 'Chỉ thị',
  'cong-van': 'Công văn',
  'bao-cao': 'Báo cáo',
  'thong-bao': 'Thông báo',
};
/**
 * The fixture documents as the library must list them, newest first, with their issue day as
 * pages show it (written out by hand from src/content/documents/; none gives `effective`).
 */
const NEWEST_FIRST: Array<{ slug: string; type: string; issued: string; effective?: string }> = [
  { slug: 'cong-van-1520-snv-cchc-2026', type: 'cong-van', issued: '10/11/2026' },
  { slug: 'ke-hoach-cai-cach-hanh-chinh-nam-2026', type: 'ke-hoach', issued: '22/12/2025' },
  { slug: 'bao-cao-125-bc-snv-2023', type: 'bao-cao', issued: '12/12/2023' },
  { slug: 'quyet-dinh-35-2022-qd-ubnd', type: 'quyet-dinh', issued: '28/12/2022' },
  { slug: 'quyet-dinh-876-qd-bnv-2022', type: 'quyet-dinh', issued: '10/11/2022' },
  { slug: 'chi-thi-08-ct-ubnd-2022', type: 'chi-thi', issued: '14/07/2022' },
  { slug: 'thong-bao-85-tb-snv-2020', type: 'thong-bao', issued: '27/05/2020' },
  { slug: 'ke-hoach-2993-kh-ubnd-2019', type: 'ke-hoach', issued: '23/12/2019' },
  { slug: 'quyet-dinh-29-2019-qd-ubnd', type: 'quyet-dinh', issued: '19/09/2019' },
  { slug: 'quyet-dinh-05-2014-qd-ubnd', type: 'quyet-dinh', issued: '21/03/2014' },
];
const urlsOf = (list: typeof NEWEST_FIRST) => list.map((d) => `/van-ban/${d.slug}/`);

let docs: Array<{ slug: string; data: Record<string, any> }>;

beforeAll(() => {
  docs = frontmatterOf(root, 'src/content/documents').filter((d) => d.data.draft !== true);
});

const listed = (path: string) =>
  page(dist, path)
    .querySelectorAll('table.documents tbody th a')
    .map((a) => a.getAttribute('href'));

describe('documents library', () => {
  it('has at least 8 fixture documents, each with an attachment', () => {
    expect(docs.length).toBeGreaterThanOrEqual(8);
    // The expectations below are written for exactly these files.
    expect(docs.map((d) => d.slug).sort()).toEqual(NEWEST_FIRST.map((d) => d.slug).sort());
    for (const doc of docs) expect(doc.data.attachments.length, doc.slug).toBeGreaterThan(0);
  });

  it('each document page shows its metadata, description and downloadable attachments', () => {
    for (const { slug, data } of docs) {
      const expected = NEWEST_FIRST.find((d) => d.slug === slug)!;
      const html = page(dist, `/van-ban/${slug}/`);
      expect(text(html.querySelector('h1'))).toBe(data.title);
      const facts = Object.fromEntries(html.querySelectorAll('dl.facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]));
      expect(facts['Số ký hiệu']).toBe(data.number);
      expect(facts['Loại văn bản']).toBe(TYPE_LABELS[data.type]);
      expect(facts['Cơ quan ban hành']).toBe(data.issuer);
      expect(facts['Ngày ban hành']).toBe(expected.issued);
      expect(facts['Ngày hiệu lực']).toBe(expected.effective ?? 'Không ghi');
      const crumbs = html.querySelectorAll('nav.breadcrumbs a').map((a) => a.getAttribute('href'));
      expect(crumbs).toEqual(['/', '/van-ban/', `/van-ban/loai/${data.type}/`]);
      const links = html.querySelectorAll('.attachments a');
      expect(links).toHaveLength(data.attachments.length);
      links.forEach((a, i) => {
        const file = data.attachments[i].file;
        expect(a.getAttribute('href')).toBe(file);
        expect(existsSync(join(dist, file)), file).toBe(true);
        const size = statSync(join(dist, file)).size;
        expect(text(a.nextElementSibling)).toMatch(new RegExp(`^\\(${file.split('.').pop()!.toUpperCase()}, `));
        expect(size).toBeGreaterThan(0);
      });
      expect(html.querySelector('button[data-print]')).not.toBeNull();
    }
  });

  it('/van-ban/ lists every document newest first, with the six columns', () => {
    const html = page(dist, '/van-ban/');
    expect(html.querySelectorAll('table.documents thead th').map(text)).toEqual([
      'Số ký hiệu',
      'Trích yếu',
      'Loại văn bản',
      'Cơ quan ban hành',
      'Ngày ban hành',
      'Ngày hiệu lực',
    ]);
    const all: string[] = [];
    for (let n = 1; exists(dist, n === 1 ? '/van-ban/' : `/van-ban/${n}/`); n++) all.push(...listed(n === 1 ? '/van-ban/' : `/van-ban/${n}/`).map(String));
    expect(all).toEqual(urlsOf(NEWEST_FIRST));
  });

  it('the type and year pages list exactly the right documents and are linked from the list', () => {
    const filterLinks = new Set(
      page(dist, '/van-ban/')
        .querySelectorAll('nav.filters a')
        .map((a) => a.getAttribute('href')),
    );
    const types = new Set(NEWEST_FIRST.map((d) => d.type));
    for (const type of types) {
      expect(filterLinks.has(`/van-ban/loai/${type}/`)).toBe(true);
      expect(listed(`/van-ban/loai/${type}/`)).toEqual(urlsOf(NEWEST_FIRST.filter((d) => d.type === type)));
    }
    const years = new Set(NEWEST_FIRST.map((d) => d.issued.slice(-4)));
    expect([...years]).toEqual(['2026', '2025', '2023', '2022', '2020', '2019', '2014']);
    for (const year of years) {
      expect(filterLinks.has(`/van-ban/nam/${year}/`)).toBe(true);
      expect(listed(`/van-ban/nam/${year}/`)).toEqual(urlsOf(NEWEST_FIRST.filter((d) => d.issued.endsWith(year))));
    }
    for (const type of Object.keys(TYPE_LABELS).filter((t) => !types.has(t))) expect(exists(dist, `/van-ban/loai/${type}/`)).toBe(false);
  });

  it('links articles and documents both ways', () => {
    const published = new Set(
      sourceArticles(root)
        .filter((a) => a.published)
        .map((a) => a.slug),
    );
    const articles = frontmatterOf(root, 'src/content/news').filter((a) => published.has(a.slug) && (a.data.documents ?? []).length > 0);
    expect(articles.length).toBeGreaterThanOrEqual(3);
    for (const article of articles) {
      const box = page(dist, `/tin-tuc/${article.slug}/`).querySelector('aside.related-documents')!;
      expect(text(box.querySelector('h2'))).toBe('Văn bản liên quan');
      const hrefs = box.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(article.data.documents.map((d: string) => `/van-ban/${d}/`));
      for (const doc of article.data.documents) {
        const back = page(dist, `/van-ban/${doc}/`)
          .querySelector('#bai-viet-lien-quan')!
          .parentNode!.querySelectorAll('a')
          .map((a) => a.getAttribute('href'));
        expect(back).toContain(`/tin-tuc/${article.slug}/`);
      }
    }
  });

  it('a year results page links the document whose number is its regulation', () => {
    const regulation = docs.find((d) => d.data.number === '29/2019/QĐ-UBND')!;
    const links = page(dist, '/chi-so-cchc/2019/')
      .querySelectorAll('dl.facts a')
      .map((a) => a.getAttribute('href'));
    expect(links).toContain(`/van-ban/${regulation.slug}/`);
  });

  it('the home page lists the three latest documents', () => {
    const links = page(dist, '/')
      .querySelectorAll('.latest-documents li a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(urlsOf(NEWEST_FIRST.slice(0, 3)));
  });
});

/**
 * Every page's address, written once (SPEC 5). Pages, components, the model and feeds build
 * links only through these, so that a route that moves, or a sub-path `base` (SPEC 9), changes
 * one file.
 */

import { ALBUMS, CONSULTATIONS, DOCUMENTS, NEWS, NOTICES, QUESTIONS } from './content/kinds.ts';

/**
 * The site's sub-path, `/` or e.g. `/cchc/` (`base` in portal.config.json). Inside Astro and
 * Vite it is `import.meta.env.BASE_URL`; the editors' check runs in plain Node, where it is `/`
 * (it checks links as editors write them, from the site's root).
 */
export const BASE = withTrailingSlash(fromVite(() => import.meta.env.BASE_URL) ?? '/');

// The site's address (`site` in portal.config.json) inside Astro; plain Node has none.
const SITE: string | undefined = fromVite(() => import.meta.env.SITE);

/**
 * A value Vite writes into the code in place of the exact expression `import.meta.env.NAME`;
 * undefined in plain Node, which has no such object. Never the object itself: Astro replaces
 * it with every environment variable whose name appears in the module's text, and the
 * incremental build, seeing the pages' code change with the shell that started the build (`_`),
 * rendered every page again (docs/performance.md).
 */
function fromVite(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The one trailing-slash rule: every page's address and the sub-path end with `/`. */
function withTrailingSlash(path: string) {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The full address of a path on the site, for what is read off the site: canonical links,
 * feeds, sitemaps, structured data, share links. `site` defaults to the config's inside Astro.
 */
export function absoluteUrl(path: string, site: string | URL | undefined = SITE): string {
  if (site === undefined) throw new Error(`absoluteUrl(${path}): no site to resolve against outside Astro`);
  return new URL(path, site).href;
}

/**
 * A path written from the site's root (`/files/a.pdf`, `/van-ban/x/`) as served under `base`
 * (the checked config's, which ends with /). Anything else (another site, `mailto:`, `#part`, a
 * relative path) is returned unchanged.
 */
export function withBase(path: string, base: string = BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base + path.slice(1);
}

export const urls = {
  home: withBase('/'),
  news: withBase(`/${NEWS.route}/`),
  article: (slug: string) => withBase(`/${NEWS.route}/${slug}/`),
  newsYear: (year: number) => withBase(`/${NEWS.route}/nam/${year}/`),
  category: (id: string) => withBase(`/chuyen-muc/${id}/`),
  documents: withBase(`/${DOCUMENTS.route}/`),
  document: (slug: string) => withBase(`/${DOCUMENTS.route}/${slug}/`),
  documentType: (type: string) => withBase(`/${DOCUMENTS.route}/loai/${type}/`),
  documentYear: (year: number) => withBase(`/${DOCUMENTS.route}/nam/${year}/`),
  notices: withBase(`/${NOTICES.route}/`),
  notice: (slug: string) => withBase(`/${NOTICES.route}/${slug}/`),
  questions: withBase(`/${QUESTIONS.route}/`),
  question: (slug: string) => withBase(`/${QUESTIONS.route}/${slug}/`),
  questionField: (field: string) => withBase(`/${QUESTIONS.route}/${QUESTIONS.lists[0]}/${field}/`),
  consultations: withBase(`/${CONSULTATIONS.route}/`),
  consultation: (slug: string) => withBase(`/${CONSULTATIONS.route}/${slug}/`),
  albums: withBase(`/${ALBUMS.route}/`),
  album: (slug: string) => withBase(`/${ALBUMS.route}/${slug}/`),
  results: withBase('/chi-so-cchc/'),
  resultsYear: (year: number) => withBase(`/chi-so-cchc/${year}/`),
  /** How the index, ranks, tiers and criteria are computed, with an example from the data. */
  resultsMethod: withBase('/chi-so-cchc/phuong-phap/'),
  unit: (id: string) => withBase(`/don-vi/${id}/`),
  openData: withBase('/du-lieu/'),
  openDataFile: (year: number, format: 'csv' | 'json' | 'xlsx') => withBase(`/du-lieu/chi-so-cchc-${year}.${format}`),
  /** One row per unit and criterion, for years whose results have components. */
  openDataCriteriaFile: (year: number) => withBase(`/du-lieu/chi-so-cchc-${year}-tieu-chi.csv`),
  search: withBase('/tim-kiem/'),
  about: withBase('/gioi-thieu/'),
  english: withBase('/en/'),
  links: withBase('/lien-ket/'),
  rss: withBase('/rss.xml'),
  sitemap: withBase('/sitemap-index.xml'),
  searchIndex: withBase('/pagefind/'),
  admin: withBase('/admin/'),
  /** The picture shared with pages that have none of their own, drawn at build time from the logo. */
  shareImage: withBase('/chia-se.png'),
  /** A file under public/, written from the root as editors and config write it (`/logo.svg`). */
  publicFile: (path: string) => withBase(path),
} as const;

/** Page `n` of a paginated list whose first page is `first` (`/tin-tuc/` → `/tin-tuc/2/`). */
export const pageUrl = (first: string, n: number) => (n <= 1 ? first : `${first}${n}/`);

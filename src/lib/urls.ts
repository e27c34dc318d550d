/**
 * Every page's address, written once (SPEC 5). Pages, components, the model and feeds build
 * links only through these, so that a route that moves, or a sub-path `base` (SPEC 9), changes
 * one file.
 */
export const urls = {
  home: '/',
  news: '/tin-tuc/',
  article: (slug: string) => `/tin-tuc/${slug}/`,
  category: (id: string) => `/chuyen-muc/${id}/`,
  documents: '/van-ban/',
  document: (slug: string) => `/van-ban/${slug}/`,
  documentType: (type: string) => `/van-ban/loai/${type}/`,
  documentYear: (year: number) => `/van-ban/nam/${year}/`,
  results: '/chi-so-cchc/',
  resultsYear: (year: number) => `/chi-so-cchc/${year}/`,
  unit: (id: string) => `/don-vi/${id}/`,
  openData: '/du-lieu/',
  openDataFile: (year: number, format: 'csv' | 'json') => `/du-lieu/chi-so-cchc-${year}.${format}`,
  search: '/tim-kiem/',
} as const;

/** Page `n` of a paginated list whose first page is `first` (`/tin-tuc/` → `/tin-tuc/2/`). */
export const pageUrl = (first: string, n: number) => (n <= 1 ? first : `${first}${n}/`);

// One page of every type of a built site, found in dist/ itself (never a given article, year or
// unit), for the measuring scripts: pages that this portal does not have yet are left out.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The sub-folders of dist/<folder> that hold a page, sorted. */
function pages(dist, folder) {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

const latest = (names) =>
  names
    .filter((n) => /^\d{4}$/.test(n))
    .sort()
    .at(-1);

/** `search`: a query for the search page, or none. */
export function pageExamples(dist, { search = 'chỉ số' } = {}) {
  const article = pages(dist, 'tin-tuc').find((n) => !/^\d+$/.test(n) && n !== 'nam');
  const category = pages(dist, 'chuyen-muc')[0];
  const document = pages(dist, 'van-ban').find((n) => !/^\d+$/.test(n) && !['loai', 'nam', 'co-quan'].includes(n));
  const year = latest(pages(dist, 'chi-so-cchc'));
  const unit = pages(dist, 'don-vi')[0];
  const newsYear = latest(pages(dist, 'tin-tuc/nam'));
  return [
    '/',
    '/tin-tuc/',
    article && `/tin-tuc/${article}/`,
    category && `/chuyen-muc/${category}/`,
    '/van-ban/',
    document && `/van-ban/${document}/`,
    '/chi-so-cchc/',
    year && `/chi-so-cchc/${year}/`,
    unit && `/don-vi/${unit}/`,
    search && `/tim-kiem/?q=${encodeURIComponent(search)}`,
    newsYear && `/tin-tuc/nam/${newsYear}/`,
    '/gioi-thieu/',
    '/en/',
    '/lien-ket/',
    '/404.html',
  ].filter(Boolean);
}

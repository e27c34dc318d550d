// The sitemap's <lastmod> for article and document pages: the file's last change from git
// (src/check/file-history.ts), else the posting date or the day of issue. Given to
// @astrojs/sitemap as its `serialize` in astro.config.mjs.
import { fileHistory } from '../check/file-history.ts';
import { checkProject, handedOverProject } from '../check/project.ts';
import { updatedAfter } from '../lib/build/file-history.ts';
import { DOCUMENTS, NEWS } from '../lib/content/kinds.ts';
import { toVietnamISO } from '../lib/vietnamese/dates.ts';

interface SitemapItem {
  url: string;
  lastmod?: string;
}

export function sitemapLastmod(root: string, base: string): (item: SitemapItem) => SitemapItem {
  let byPath: Map<string, string> | undefined;
  return (item) => {
    byPath ??= lastChanges(root, base);
    const lastmod = byPath.get(new URL(item.url).pathname);
    return lastmod ? { ...item, lastmod } : item;
  };
}

/** Page path (under `base`) → when it last changed, ISO 8601. */
function lastChanges(root: string, base: string): Map<string, string> {
  // The project `npm run build` checked; a bare `astro build` checks it here.
  const project = handedOverProject() ?? checkProject(root);
  const changed = fileHistory(root).changed;
  const byPath = new Map<string, string>();
  for (const a of project.news)
    if (a.status === 'published') byPath.set(`${base}${NEWS.route}/${a.slug}/`, toVietnamISO(updatedAfter(a.date, changed.get(a.file)) ?? a.date));
  for (const d of project.documents) {
    if (d.draft) continue;
    const updated = updatedAfter(d.issued, changed.get(d.file));
    byPath.set(`${base}${DOCUMENTS.route}/${d.slug}/`, updated ? toVietnamISO(updated) : d.issued);
  }
  return byPath;
}

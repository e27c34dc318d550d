export type PublishStatus = 'published' | 'draft' | 'scheduled';

/**
 * The publishing rule: drafts and articles dated after the build never appear anywhere (only
 * the dev preview shows them); the rest are published.
 */
export function publishStatus(article: { draft?: boolean; date: Date }, now: Date): PublishStatus {
  if (article.draft === true) return 'draft';
  return article.date.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/** Newest first; equal times by slug so that every build lists them in the same order. */
export function compareNewestFirst(a: { date: Date; slug: string }, b: { date: Date; slug: string }): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The newest `count` articles from a newest-first list, leaving out the one being read. */
export function latestExcept<T extends { slug: string }>(newestFirst: readonly T[], slug: string, count: number): T[] {
  const result: T[] = [];
  for (const article of newestFirst) {
    if (result.length === count) break;
    if (article.slug !== slug) result.push(article);
  }
  return result;
}

/**
 * What leads the home page: the editors' featured articles (up to `featured`), else the newest;
 * then the newest of the rest (up to `latest`), so that no article is listed twice.
 */
export function homeSelection<T extends { slug: string; featured: boolean }>(
  newestFirst: readonly T[],
  { featured = 3, latest }: { featured?: number; latest: number },
): { lead?: T; alsoFeatured: T[]; latest: T[] } {
  const chosen = newestFirst.filter((a) => a.featured).slice(0, featured);
  const lead = chosen[0] ?? newestFirst[0];
  const alsoFeatured = chosen.slice(1);
  const shown = new Set([lead?.slug, ...alsoFeatured.map((a) => a.slug)]);
  return { lead, alsoFeatured, latest: newestFirst.filter((a) => !shown.has(a.slug)).slice(0, latest) };
}

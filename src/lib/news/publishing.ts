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
export function compareNewestFirst(
  a: { date: Date; slug: string },
  b: { date: Date; slug: string },
): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** The newest `count` articles from a newest-first list, leaving out the one being read. */
export function latestExcept<T extends { slug: string }>(
  newestFirst: readonly T[],
  slug: string,
  count: number,
): T[] {
  const result: T[] = [];
  for (const article of newestFirst) {
    if (result.length === count) break;
    if (article.slug !== slug) result.push(article);
  }
  return result;
}

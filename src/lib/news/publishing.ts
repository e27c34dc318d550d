/** The publishing rule: drafts and articles dated after the build never appear anywhere. */
export function isPublished(article: { draft?: boolean; date: Date }, now: Date): boolean {
  return article.draft !== true && article.date.getTime() <= now.getTime();
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

import { createHash } from 'node:crypto';

/**
 * The key under which Astro's incremental build reuses a page it rendered before
 * (`experimental.incrementalBuild`, `cacheKey` in getStaticPaths): a digest of all the content
 * the page shows. Astro notices changed code by itself; content a page gathers from other files
 * (the titles in "Tin liên quan", the header's categories) is for the page to declare, so that
 * a page listing an article is rebuilt when that article's title changes.
 */
export function pageKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts, keyable)).digest('base64url');
}

// JSON.stringify writes a Map or a Set as {}, which would hide a change inside one.
function keyable(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  if (typeof value === 'function' || typeof value === 'symbol') throw new TypeError('pageKey: a function or symbol cannot be part of a page key');
  return value;
}

const digests = new WeakMap<object, string>();

/**
 * A collection entry's item (an article, a document) as a key part: a digest of its fields and
 * of its file (body and frontmatter), not its text. Computed once per item, since one article
 * is in the keys of many pages (its related and latest lists, the lists it is on); the model's
 * items do not change after they are loaded.
 */
export function withDigest<T extends { entry: object }>(item: T): string {
  let digest = digests.get(item);
  if (digest === undefined) {
    // Astro's entries carry it, though their public type does not say so. Without it a changed
    // body would keep the page's old copy: better no build than a silently stale page.
    const fileDigest = (item.entry as { digest?: string }).digest;
    if (typeof fileDigest !== 'string') throw new TypeError('withDigest: the entry has no digest');
    // The fields as listed are digested once for both (an article is on its page and in lists).
    digest = pageKey(listedDigest(item), fileDigest);
    digests.set(item, digest);
  }
  return digest;
}

const listedDigests = new WeakMap<object, string>();

/**
 * An item as another page shows it (a list, "Tin liên quan", the documents an article cites):
 * a digest of its fields, its title, date, summary and picture among them, and not of its body,
 * which only its own page shows. An edit to an article's text then renders that article's page
 * alone, not the eighty pages listing it; an edit to its title renders them all.
 */
export function listedDigest<T extends { entry: object }>(item: T): string {
  let digest = listedDigests.get(item);
  if (digest === undefined) {
    const { entry: _body, ...fields } = item;
    digest = pageKey(fields);
    listedDigests.set(item, digest);
  }
  return digest;
}

/**
 * Paginated paths (Astro's `paginate()`) with a key each: the page's numbers and links, its
 * items as listed, its other props, and what else it shows (`shown`). A page of a list is then
 * rebuilt only when one of its own items, or the list's length, changes.
 */
export function withPageKeys<P extends { props: { page: { data: Array<{ entry: object }> } } }>(paths: P[], shown: unknown): Array<P & { cacheKey: string }> {
  return paths.map((path) => {
    const { page, ...props } = path.props;
    const { data, ...numbers } = page;
    return { ...path, cacheKey: pageKey(shown, props, numbers, data.map(listedDigest)) };
  });
}

import { createHash } from 'node:crypto';

/** A content entry as Astro gives it: its digest changes whenever its file does. */
interface DigestedEntry {
  id: string;
  collection: string;
  digest: string;
}

function isEntry(value: unknown): value is DigestedEntry {
  return typeof value === 'object' && value !== null && 'collection' in value && 'digest' in value && typeof (value as DigestedEntry).digest === 'string';
}

/**
 * A key for Astro's incremental build (experimental.incrementalBuild): a hash of everything a
 * page shows that is not code. Astro re-renders a page when its key or its code changed since
 * the last build, and copies the earlier output otherwise, so the value passed must hold all
 * the data the page reads: its props and whatever it reads from files at build time (the
 * categories of the menu, say). A content entry counts by its digest, not its rendered body.
 */
export function cacheKey(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) => (isEntry(item) ? { entry: `${item.collection}/${item.id}`, digest: item.digest } : item));
  return createHash('sha256').update(json ?? 'undefined').digest('base64url');
}

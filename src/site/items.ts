import { getCollection, type CollectionEntry } from 'astro:content';
import { slugOf } from '../lib/content/files.ts';
import type { PublishStatus } from '../lib/news/publishing.ts';
import { PREVIEW } from './checked.ts';

type ItemCollection = 'notices' | 'questions' | 'consultations' | 'albums';

/**
 * A kind's checked items as pages show them: the published ones (drafts and scheduled ones too
 * in dev preview), in the check's order, each with its Astro entry (its body, its pictures).
 */
export async function publishedWithEntries<C extends ItemCollection, T extends { slug: string; status: PublishStatus }>(
  collection: C,
  items: readonly T[],
): Promise<Array<T & { entry: CollectionEntry<C> }>> {
  // A portal without such items has no collection: asking Astro for it would only log a warning.
  const entries = new Map((items.length > 0 ? await getCollection(collection) : []).map((entry) => [slugOf(entry.filePath ?? entry.id), entry]));
  return items.filter((item) => PREVIEW || item.status === 'published').map((item) => ({ ...item, entry: entries.get(item.slug)! }));
}

/** A model loaded once per build and shared by every page; anew for each dev request, as editors change files. */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let model: Promise<T> | undefined;
  return () => (PREVIEW ? load() : (model ??= load()));
}

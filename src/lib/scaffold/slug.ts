import { slugify } from '../vietnamese/text.ts';

/** The longest slug made from a title, cut at a word boundary (a URL people can still read). */
export const MAX_SLUG_LENGTH = 80;

/**
 * Cuts a slug at the last word boundary that keeps it within `max` characters; a single word
 * longer than that is cut inside the word.
 */
export function cutSlug(slug: string, max = MAX_SLUG_LENGTH): string {
  if (slug.length <= max) return slug;
  // A hyphen right after the limit still ends a word that fits.
  const boundary = slug.lastIndexOf('-', max);
  const cut = boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, max);
  return cut.replace(/-+$/, '');
}

/**
 * The file name for a title, without extension: ASCII words joined by hyphens (`đ` → `d`,
 * tones dropped), at most ~80 characters, never empty and never all digits (an all-digit name
 * is a page number in the news list's addresses).
 */
export function slugFromTitle(title: string, fallback = 'bai-viet', max = MAX_SLUG_LENGTH): string {
  const slug = cutSlug(slugify(title), max);
  if (slug === '') return fallback;
  return /^\d+$/.test(slug) ? `${fallback}-${slug}` : slug;
}

/** The n-th name tried for a slug: `slug`, then `slug-2`, `slug-3`, … */
export const slugCandidate = (slug: string, n: number) => (n <= 1 ? slug : `${slug}-${n}`);

/** What trying to create one candidate gave: created, or a file of that name already there. */
export type CreateOutcome = 'created' | 'exists';

/**
 * Creates a file under the first free name: `slug`, `slug-2`, `slug-3`, … . `create` must fail
 * with 'exists' rather than overwrite (write with flag `wx`), so that two editors creating the
 * same title at once get two files. Returns the slug used.
 */
export function createUnique(slug: string, create: (candidate: string) => CreateOutcome, limit = 1000): string {
  for (let n = 1; n <= limit; n++) {
    const candidate = slugCandidate(slug, n);
    if (create(candidate) === 'created') return candidate;
  }
  throw new Error(`no free name for "${slug}" after ${limit} tries`);
}

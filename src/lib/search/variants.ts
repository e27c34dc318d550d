/**
 * Pagefind folds Vietnamese tone marks and vowel hats but not đ, so "dang ky" never finds
 * "Đăng ký". Rather than index a folded copy of every page (which would leak into the result
 * excerpts), the query is widened: each word that begins a syllable with "d" is also tried with
 * "đ". Vietnamese writes đ only at the start of a syllable, so no other position needs trying.
 */
const SYLLABLE_D = /(^|[^\p{L}\p{N}])d/gu;

/** At most this many words are varied (2^n searches); later words are searched as typed. */
const MAX_VARIED_WORDS = 4;

export function queryVariants(query: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let variants: string[][] = [[]];
  let varied = 0;
  for (const word of words) {
    const lower = word.toLocaleLowerCase('vi');
    const canVary = varied < MAX_VARIED_WORDS && /(^|[^\p{L}\p{N}])d/u.test(lower);
    if (canVary) varied++;
    const forms = canVary ? [word, lower.replace(SYLLABLE_D, '$1đ')] : [word];
    variants = variants.flatMap((prefix) => forms.map((form) => [...prefix, form]));
  }
  // The query as typed comes first, so its exact matches keep their place.
  return variants.map((parts) => parts.join(' '));
}

export interface Scored {
  id: string;
  score: number;
}

/**
 * Merges the results of the variant searches: each page once, with its best score; the order
 * of the first search (the query as typed) breaks ties.
 */
export function mergeResults<T extends Scored>(lists: readonly T[][]): T[] {
  const best = new Map<string, { item: T; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const item of list) {
      const seen = best.get(item.id);
      if (!seen) best.set(item.id, { item, order: order++ });
      else if (item.score > seen.item.score) best.set(item.id, { item, order: seen.order });
    }
  }
  return [...best.values()].sort((a, b) => b.item.score - a.item.score || a.order - b.order).map((e) => e.item);
}

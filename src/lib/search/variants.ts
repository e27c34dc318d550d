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
  /** Where the query's words matched in the page (pagefind's result.words). */
  words?: readonly number[];
}

/** Of two results for the same page, the one that matched more words has the better excerpt. */
const fuller = <T extends Scored>(a: T, b: T) =>
  (b.words?.length ?? 0) > (a.words?.length ?? 0) || ((b.words?.length ?? 0) === (a.words?.length ?? 0) && b.score > a.score) ? b : a;

/**
 * Merges the variant searches' results: each page once. Pages found by the query as typed
 * (the first list) keep pagefind's order and come first, so literal matches, with pagefind's
 * own boost for exact diacritics, outrank pages found only through a d→đ variant ("dao" lists
 * "người Dao" before "chỉ đạo"). The rest follow by score. For each page the variant that
 * matched the most words is kept, so its excerpt highlights every word the reader typed.
 */
export function mergeResults<T extends Scored>(lists: readonly T[][]): T[] {
  const [typed = [], ...others] = lists;
  const best = new Map<string, T>();
  for (const item of lists.flat()) {
    const current = best.get(item.id);
    best.set(item.id, current ? fuller(current, item) : item);
  }
  const typedIds = new Set(typed.map((r) => r.id));
  const rest = [...new Set(others.flat().map((r) => r.id))]
    .filter((id) => !typedIds.has(id))
    .map((id) => best.get(id)!)
    .sort((a, b) => b.score - a.score);
  return [...typed.map((r) => best.get(r.id)!), ...rest];
}

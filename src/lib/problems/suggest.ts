import { distance } from 'fastest-levenshtein';
import { slugify } from '../vietnamese/text.ts';

/**
 * The known word an editor most likely meant ("sumary" → "summary", "ke-hoac" → "ke-hoach"),
 * or undefined when nothing is close enough to be a typo rather than another word.
 */
export function closest(word: string, known: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const letters = (text: string) => [...text].sort().join('');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const other = candidate.toLowerCase();
    let d = distance(lower, other);
    // Two letters typed the wrong way round ("flie") is one slip, not two.
    if (d === 2 && lower.length === other.length && letters(lower) === letters(other)) d = 1;
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // About one slip in three characters: "titel" → "title", not "tags" → "date".
  return best !== undefined && bestDistance <= Math.max(1, Math.round(word.length / 3)) ? best : undefined;
}

/**
 * ` Có phải bạn định viết "summary"?`, or nothing. A name typed where its id belongs
 * ("Tin tức sự kiện", "Sở Nội vụ") is matched through its slug ("tin-tuc-su-kien", "so-noi-vu").
 */
export function didYouMean(word: string, known: Iterable<string>): string {
  const list = [...known];
  const match = closest(word, list) ?? closest(slugify(word), list);
  return match ? ` Có phải bạn định viết "${match}"?` : '';
}

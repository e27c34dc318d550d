/**
 * Removes tone marks and vowel hats and turns đ into d: `Đăng ký` → `Dang ky`.
 * NFD splits every other Vietnamese letter into a base and combining marks; đ has no
 * decomposition, so it is mapped by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** URL slug in lower-case ASCII: `Đăng ký kinh doanh` → `dang-ky-kinh-doanh`. */
export function slugify(text: string): string {
  return (
    foldVietnamese(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      // Each run is one dash by now.
      .replace(/^-|-$/g, '')
  );
}

/** A slug as the project requires for file names and ids: lower-case ASCII words and hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Compares in Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);

/** Lower-case words of a text, keeping Vietnamese letters (for matching titles). */
export function words(text: string): string[] {
  // NFC first: a title typed in decomposed form ("ca\u0309i") must give the same words.
  return (
    text
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * A text cut to at most `max` characters at a word's end, with "…" when cut: a page's
 * description as search results and shared links show it, never ending mid-word.
 */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Room for the ellipsis; one character more shows whether a word ends right at the limit.
  const cut = flat.slice(0, max);
  const end = cut.lastIndexOf(' ');
  const kept = end > 0 ? cut.slice(0, end) : flat.slice(0, max - 1);
  return `${kept.replace(/[\s,;:.–-]+$/, '')}…`;
}

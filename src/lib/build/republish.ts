/**
 * The pure part of republishing an edited article without Astro (src/republish/): which files
 * changed, and the page with its old text replaced by the new.
 */

/** A file's size, modification time and change time, as a build saw it. */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number];

export const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** The files of `now` whose stamp is not the one `before` has, and those of either alone. */
export function changedFiles(now: Readonly<Record<string, FileStamp>>, before: Readonly<Record<string, FileStamp>>) {
  const changed = Object.keys(now).filter((path) => path in before && !sameStamp(now[path], before[path]));
  const added = Object.keys(now).filter((path) => !(path in before));
  const removed = Object.keys(before).filter((path) => !(path in now));
  return { changed, added, removed };
}

/**
 * The page with `oldBody`, the HTML of the text it shows, replaced by `newBody`; undefined
 * unless `oldBody` is found exactly once (an empty text, or one that also appears elsewhere on
 * the page, cannot be told apart from the rest: the page is then rendered by Astro).
 */
export function spliceBody(page: string, oldBody: string, newBody: string): string | undefined {
  if (oldBody.trim() === '') return undefined;
  const at = page.indexOf(oldBody);
  if (at < 0 || page.indexOf(oldBody, at + 1) >= 0) return undefined;
  return page.slice(0, at) + newBody + page.slice(at + oldBody.length);
}

/** Where an item's page is in dist/ (`tin-tuc/<slug>/index.html`), from its kind's route. */
export const itemPage = (route: string, slug: string) => `${route}/${slug}/index.html`;

/** Whether two lists hold the same strings, in any order. */
export function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((x) => set.has(x));
}

import { vietnamParts } from '../vietnamese/dates.ts';

/** An archive page lists titles only, so it holds many: a busy year is a few pages, not dozens. */
export const ARCHIVE_PAGE_SIZE = 100;

/** Articles of one calendar year in Vietnam, newest first, for /tin-tuc/nam/<year>/. */
export interface ArchiveYear<T> {
  year: number;
  articles: T[];
}

/** A run of articles posted in one month, in the order given. */
export interface ArchiveMonth<T> {
  month: number;
  articles: T[];
}

/**
 * Splits articles (already newest first) into years, newest year first, by the date in
 * Vietnam: an article posted at 00:30 on 1 January in Vietnam belongs to the new year even
 * when the build machine still sees 31 December.
 */
export function archiveYears<T extends { date: Date }>(articles: readonly T[]): ArchiveYear<T>[] {
  const years = new Map<number, T[]>();
  for (const article of articles) {
    const { year } = vietnamParts(article.date);
    if (!years.has(year)) years.set(year, []);
    years.get(year)!.push(article);
  }
  return [...years].sort(([a], [b]) => b - a).map(([year, list]) => ({ year, articles: list }));
}

/** Consecutive articles of the same month (Vietnam time) grouped, keeping the list's order. */
export function archiveMonths<T extends { date: Date }>(articles: readonly T[]): ArchiveMonth<T>[] {
  const months: ArchiveMonth<T>[] = [];
  for (const article of articles) {
    const { month } = vietnamParts(article.date);
    const last = months.at(-1);
    if (last?.month === month) last.articles.push(article);
    else months.push({ month, articles: [article] });
  }
  return months;
}

/**
 * How the search index is split (docs/performance.md, "Search"). The first search loads the
 * main index: every page except older news. Older news gets one index per year, which the
 * search page adds when the reader asks for older years. At 10,000 articles one index made a
 * first search download 600–940 KB, since words such as "cải cách hành chính" occur in nearly
 * every article; and a rebuild after one edit re-indexes only the years whose pages changed.
 */
export interface YearCount {
  year: number;
  count: number;
}

export interface IndexSplit {
  /** Years of news in the main index, newest first. */
  recentYears: number[];
  /** Older years, newest first, each in an index of its own. */
  archiveYears: YearCount[];
}

/**
 * The newest whole years that together hold at least `recent` articles stay in the main index;
 * the years before them are archive indexes. A portal with fewer articles has no archive.
 */
export function splitNewsYears(years: readonly YearCount[], recent: number): IndexSplit {
  const newestFirst = [...years].filter((y) => y.count > 0).sort((a, b) => b.year - a.year);
  const recentYears: number[] = [];
  let covered = 0;
  let i = 0;
  for (; i < newestFirst.length && covered < recent; i++) {
    recentYears.push(newestFirst[i].year);
    covered += newestFirst[i].count;
  }
  return { recentYears, archiveYears: newestFirst.slice(i) };
}

/** Where a year's archive index is, under the main index's folder. */
export const archiveIndexPath = (year: number) => `nam/${year}/`;

/**
 * Fragments (the text shown with each result) are one file per page until a site would pass a
 * free host's file limit (src/integrations/search-index.ts); the budget is shared among the indexes by pages.
 */
export function fragmentBudget(pages: number, totalPages: number, totalBudget: number): number {
  return Math.max(1, Math.floor((totalBudget * pages) / Math.max(totalPages, 1)));
}

import { CATEGORIES_FILE, CONFIG_FILE, DOCUMENTS_DIR, NEWS_DIR } from '../content.paths.ts';
import { checkPortalConfig, provincesInRanking, type PortalConfig } from '../lib/config/schema.ts';
import { unfilledFields } from '../lib/config/unfilled.ts';
import { checkBodyLinks } from '../lib/content/links.ts';
import { checkDocuments, type CheckedDocument } from '../lib/documents/check.ts';
import { checkNews, type CheckedArticle } from '../lib/news/check.ts';
import { checkCategories } from '../lib/news/categories.ts';
import type { Category } from '../lib/news/schema.ts';
import { slugOf } from '../lib/content/files.ts';
import { isWarning, type Problem } from '../lib/problems/problem.ts';
import { archiveYears } from '../lib/news/archive.ts';
import { splitNewsYears, type IndexSplit } from '../lib/search/index-split.ts';
import { projectFiles } from './read-files.ts';
import { embedContext } from './embed-context.ts';
import { loadResults, type ResultsModel } from './results.ts';

const MARKDOWN = /\.mdx?$/;

/** Everything the editors wrote, checked: the problems, and what is valid of it. */
export interface CheckedProject {
  /** Errors and warnings (drafts, scheduled articles), in the order found. */
  problems: Problem[];
  config?: PortalConfig;
  categories: Category[];
  /** Valid articles, newest first, drafts and scheduled ones included (with their status). */
  news: CheckedArticle[];
  /** Valid documents, newest first, drafts included. */
  documents: CheckedDocument[];
  results?: ResultsModel;
  /** Which years of published news share the main search index, and the older ones with their articles, each in an index of its own. */
  newsSearch: NewsSearchSplit;
}

export interface NewsSearchSplit extends IndexSplit {
  archiveYears: Array<IndexSplit['archiveYears'][number] & { slugs: string[] }>;
}

export const errorsOf = (project: CheckedProject) => project.problems.filter((p) => !isWarning(p));

// `npm run build` checks every file before Astro starts, in the same process: Astro's pages
// take that result instead of reading and checking 10,000 files a second time. The checked
// project holds no addresses (the site makes them, under its sub-path), so any page can take it.
const HANDED_OVER = Symbol.for('cchc-portal.checked-project');

/** Gives the build's pages the project `npm run build` has just checked, without errors. */
export function handOverToBuild(project: CheckedProject): void {
  (globalThis as { [HANDED_OVER]?: CheckedProject })[HANDED_OVER] = project;
}

/** The project `npm run build` handed over, if this process is one. */
export function handedOverProject(): CheckedProject | undefined {
  return (globalThis as { [HANDED_OVER]?: CheckedProject })[HANDED_OVER];
}

/**
 * Reads and checks every file editors write — config, categories, documents, articles, data —
 * exactly as the build does, without Astro. Used by `npm run check`, by `npm run build` before
 * Astro starts, and by the build's model.
 */
export function checkProject(root = process.cwd(), { now = new Date() }: { now?: Date } = {}): CheckedProject {
  const files = projectFiles(root);
  const problems: Problem[] = [];

  const configSource = files.json(CONFIG_FILE, problems);
  const config = checkPortalConfig(configSource, problems, files.exists);
  if (config) problems.push(...unfilledFields(config, configSource));
  const { categories, ids } = checkCategories(files.exists(CATEGORIES_FILE) ? files.json(CATEGORIES_FILE, problems) : undefined, problems);

  const documentFiles = files.list(DOCUMENTS_DIR, MARKDOWN).map((file) => files.markdown(file, problems));
  const library = checkDocuments(documentFiles, files.exists, files.sameNameOtherCase);
  problems.push(...library.problems);

  // Rows without `of` take the number of provinces from the config; unknown when it is unreadable.
  const results = loadResults(files, { provinces: config ? (year) => provincesInRanking(config, year) : undefined });
  problems.push(...results.problems);

  const newsFiles = files.list(NEWS_DIR, MARKDOWN).map((file) => files.markdown(file, problems));
  const news = checkNews(newsFiles, {
    categories: ids,
    documents: library.slugs,
    fileExists: files.exists,
    sameNameOtherCase: files.sameNameOtherCase,
    now,
    embeds: results.model && embedContext(results.model, library.documents),
  });
  problems.push(...news.problems);
  problems.push(
    ...checkBodyLinks([...documentFiles, ...newsFiles], { news: new Set(newsFiles.map((f) => slugOf(f.file))), documents: library.slugs, categories: ids }),
  );

  // Older years of news get search indexes of their own, searched when the reader asks for them.
  const published = archiveYears(news.articles.filter((article) => article.status === 'published'));
  const split = splitNewsYears(
    published.map((y) => ({ year: y.year, count: y.articles.length })),
    config?.searchRecentArticles ?? Infinity,
  );
  const slugsOf = (year: number) => published.find((y) => y.year === year)!.articles.map((a) => a.slug);
  const newsSearch = { recentYears: split.recentYears, archiveYears: split.archiveYears.map((y) => ({ ...y, slugs: slugsOf(y.year) })) };

  return { problems, config, categories, news: news.articles, documents: library.documents, results: results.model, newsSearch };
}

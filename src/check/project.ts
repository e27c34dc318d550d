import { join } from 'node:path';
import { ALBUMS_DIR, CATEGORIES_FILE, CONFIG_FILE, CONSULTATIONS_DIR, DOCUMENTS_DIR, NEWS_DIR, NOTICES_DIR, QUESTIONS_DIR } from '../content.paths.ts';
import { checkAlbums, type CheckedAlbum } from '../lib/albums/check.ts';
import { checkConsultations, type CheckedConsultation } from '../lib/consultations/check.ts';
import { checkPortalConfig, provincesInRanking, type PortalConfig } from '../lib/config/schema.ts';
import { unfilledFields } from '../lib/config/unfilled.ts';
import { bodyLinks, checkLinks } from '../lib/content/links.ts';
import { checkDocuments, type CheckedDocument } from '../lib/documents/check.ts';
import { articleFacts, checkArticles, type ArticleFacts, type CheckedArticle } from '../lib/news/check.ts';
import { checkCategories } from '../lib/news/categories.ts';
import { checkNotices, type CheckedNotice } from '../lib/notices/check.ts';
import { checkQuestions, type CheckedQuestion } from '../lib/questions/check.ts';
import type { Category } from '../lib/news/schema.ts';
import { isWarning, type Problem } from '../lib/problems/problem.ts';
import { archiveYears } from '../lib/news/archive.ts';
import { splitNewsYears, type IndexSplit } from '../lib/search/index-split.ts';
import { projectFiles, type ProjectFiles } from './read-files.ts';
import { codeDigest, fileCache, type Codec } from './file-cache.ts';
import type { FileStamp } from '../lib/build/republish.ts';
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
  /** Valid notices, newest first, with their publishing status (drafts and scheduled ones included). */
  notices: CheckedNotice[];
  /** Valid questions (Hỏi đáp), newest answer first, with their publishing status. */
  questions: CheckedQuestion[];
  /** Valid drafts under consultation, newest opening first, drafts (held back) included. */
  consultations: CheckedConsultation[];
  /** Valid albums of the photo and video library, newest first, with their publishing status. */
  albums: CheckedAlbum[];
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
 * Astro starts, and by the build's model. `cache`: keep what each article's check found between
 * runs (`npm run build`); `stamps`: the articles' sizes and times, when the caller has just read
 * them (src/republish/state.ts).
 */
export function checkProject(
  root = process.cwd(),
  { now = new Date(), cache = false, stamps }: { now?: Date; cache?: boolean; stamps?: Readonly<Record<string, FileStamp>> } = {},
): CheckedProject {
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

  const read = (folder: string) => files.list(folder, MARKDOWN).map((file) => files.markdown(file, problems));
  const noticeFiles = read(NOTICES_DIR);
  const notices = checkNotices(noticeFiles, { documents: library.slugs, now });
  problems.push(...notices.problems);
  const questionFiles = read(QUESTIONS_DIR);
  const questions = checkQuestions(questionFiles, { documents: library.slugs, now });
  problems.push(...questions.problems);
  const assets = { fileExists: files.exists, sameNameOtherCase: files.sameNameOtherCase };
  const consultationFiles = read(CONSULTATIONS_DIR);
  const consultations = checkConsultations(consultationFiles, { documents: library.slugs, now, ...assets });
  problems.push(...consultations.problems);
  const albumFiles = read(ALBUMS_DIR);
  const albums = checkAlbums(albumFiles, { now, ...assets });
  problems.push(...albums.problems);

  const newsFacts = readArticles(files, cache, stamps);
  const news = checkArticles(newsFacts, {
    categories: ids,
    documents: library.slugs,
    fileExists: files.exists,
    sameNameOtherCase: files.sameNameOtherCase,
    now,
    embeds: results.model && embedContext(results.model, library.documents),
    albums: albums.slugs,
  });
  problems.push(...news.problems);
  problems.push(
    ...checkLinks(
      [
        ...[...documentFiles, ...noticeFiles, ...questionFiles, ...consultationFiles, ...albumFiles].map(({ file, body }) => ({
          file,
          links: bodyLinks(body),
        })),
        ...newsFacts,
      ],
      {
        news: new Set(newsFacts.map((f) => f.slug)),
        documents: library.slugs,
        notices: notices.slugs,
        questions: questions.slugs,
        consultations: consultations.slugs,
        albums: albums.slugs,
        categories: ids,
      },
    ),
  );

  // Older years of news get search indexes of their own, searched when the reader asks for them.
  const published = archiveYears(news.articles.filter((article) => article.status === 'published'));
  const split = splitNewsYears(
    published.map((y) => ({ year: y.year, count: y.articles.length })),
    config?.searchRecentArticles ?? Infinity,
  );
  const slugsOf = (year: number) => published.find((y) => y.year === year)!.articles.map((a) => a.slug);
  const newsSearch = { recentYears: split.recentYears, archiveYears: split.archiveYears.map((y) => ({ ...y, slugs: slugsOf(y.year) })) };

  return {
    problems,
    config,
    categories,
    news: news.articles,
    documents: library.documents,
    notices: notices.notices,
    questions: questions.questions,
    consultations: consultations.consultations,
    albums: albums.albums,
    results: results.model,
    newsSearch,
  };
}

// The posting date is the one value of an article's facts that JSON does not keep as it is.
const FACTS_AS_JSON: Codec<ArticleFacts> = {
  write: (facts) => (facts.data ? { ...facts, data: { ...facts.data, date: facts.data.date.toISOString() } } : facts),
  read(stored) {
    const facts = stored as ArticleFacts;
    return facts.data ? { ...facts, data: { ...facts.data, date: new Date(facts.data.date) } } : facts;
  },
};

/** The news folder's files, each read and checked by itself; with `cache`, only those changed since the last run. */
function readArticles(files: ProjectFiles, cache: boolean, stamps?: Readonly<Record<string, FileStamp>>): ArticleFacts[] {
  const read = (path: string): ArticleFacts => {
    const parsing: Problem[] = [];
    const facts = articleFacts(files.markdown(path, parsing));
    return { ...facts, problems: [...parsing, ...facts.problems] };
  };
  const paths = files.list(NEWS_DIR, MARKDOWN);
  if (!cache) return paths.map(read);
  const here = import.meta.dirname;
  const kept = fileCache<ArticleFacts>(
    files.root,
    join(files.root, '.astro', 'cache', 'check-articles.json'),
    // The checker's code and its libraries' versions (a new MDX parser may read a file otherwise).
    codeDigest([here, join(here, '..', 'lib')], [join(here, '..', '..', 'package-lock.json')]),
    FACTS_AS_JSON,
    stamps,
  );
  const facts = paths.map((path) => kept.get(path, () => read(path)));
  kept.save();
  return facts;
}

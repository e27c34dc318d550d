import { CATEGORIES_FILE, CONFIG_FILE, DOCUMENTS_DIR, NEWS_DIR } from '../content.paths.ts';
import { checkPortalConfig, provincesInRanking, type PortalConfig } from '../lib/config/schema.ts';
import { checkBodyLinks } from '../lib/content/links.ts';
import { buildDocuments, type LibraryEntry } from '../lib/documents/build.ts';
import { buildNews, type NewsArticle } from '../lib/news/build.ts';
import { categorySchema, type Category } from '../lib/news/schema.ts';
import { slugOf } from '../lib/content/files.ts';
import { byField, describePath, isWarning, type Problem } from '../lib/problems/problem.ts';
import { parseWithProblems } from '../lib/problems/zod.ts';
import { compareVietnamese } from '../lib/vietnamese/text.ts';
import { projectFiles, type ProjectFiles } from './read-files.ts';
import { loadResults, type ResultsModel } from './results-loader.ts';

const MARKDOWN = /\.mdx?$/;

/** Everything the editors wrote, checked: the problems, and what is valid of it. */
export interface CheckedProject {
  /** Errors and warnings (drafts, scheduled articles), in the order found. */
  problems: Problem[];
  config?: PortalConfig;
  categories: Category[];
  /** Valid articles, newest first, drafts and scheduled ones included (with their status). */
  news: NewsArticle[];
  /** Valid documents, newest first, drafts included. */
  documents: LibraryEntry[];
  /** Every document file's slug, valid or not. */
  documentSlugs: Set<string>;
  results?: ResultsModel;
}

export const errorsOf = (project: CheckedProject) => project.problems.filter((p) => !isWarning(p));

function checkCategories(files: ProjectFiles, problems: Problem[]): { categories: Category[]; ids?: Set<string> } {
  if (!files.exists(CATEGORIES_FILE)) {
    problems.push({ file: CATEGORIES_FILE, line: 1, field: '(tệp)', message: 'không có tệp danh sách chuyên mục: tạo tệp với ít nhất một chuyên mục, ví dụ [{ "id": "tin-tuc-su-kien", "name": "Tin tức sự kiện" }].' });
    return { categories: [] };
  }
  const source = { ...files.json(CATEGORIES_FILE, problems), names: { '': { noun: 'chuyên mục', id: byField('id') } } };
  if (source.data === undefined) return { categories: [] };
  if (!Array.isArray(source.data)) {
    problems.push({ file: CATEGORIES_FILE, line: 1, field: '(tệp)', message: 'phải là một danh sách [ … ] các chuyên mục.' });
    return { categories: [] };
  }
  const categories: Category[] = [];
  const ids = new Set<string>();
  source.data.forEach((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && ids.has(id)) {
      problems.push({ file: CATEGORIES_FILE, line: source.lineOf([i, 'id']), field: describePath([i, 'id'], source.data, source.names), message: `mã "${id}" bị trùng: mỗi chuyên mục một mã.` });
    }
    if (typeof id === 'string') ids.add(id);
    const category = parseWithProblems(categorySchema, raw, source, problems, [i]);
    if (category) categories.push(category);
  });
  categories.sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || compareVietnamese(a.name, b.name));
  return { categories, ids };
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
  const { categories, ids } = checkCategories(files, problems);

  const documentFiles = files.list(DOCUMENTS_DIR, MARKDOWN).map((file) => files.markdown(file, problems));
  const library = buildDocuments(documentFiles, files.exists, files.sameNameOtherCase);
  problems.push(...library.problems);

  const newsFiles = files.list(NEWS_DIR, MARKDOWN).map((file) => files.markdown(file, problems));
  const news = buildNews(newsFiles, { categories: ids, documents: library.slugs, fileExists: files.exists, sameNameOtherCase: files.sameNameOtherCase, now });
  problems.push(...news.problems);
  problems.push(...checkBodyLinks([...documentFiles, ...newsFiles], { news: new Set(newsFiles.map((f) => slugOf(f.file))), documents: library.slugs, categories: ids }));

  // Rows without `of` take the number of provinces from the config; unknown when it is unreadable.
  const results = loadResults(files, { provinces: config ? (year) => provincesInRanking(config, year) : undefined });
  problems.push(...results.problems);

  return { problems, config, categories, news: news.articles, documents: library.documents, documentSlugs: library.slugs, results: results.model };
}

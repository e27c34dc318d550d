import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { NEWS_DIR } from '../content.paths';
import { shadowedFiles } from './content-files';
import { getDocuments, type LibraryDocument } from './documents';
import { portal } from '../lib/config';
import { rawFrontmatterField } from '../lib/news/frontmatter';
import { compareNewestFirst, isPublished, latestExcept } from '../lib/news/publishing';
import { computeRelated } from '../lib/news/related';
import { checkArticleReferences, formatProblems, type ContentProblem } from '../lib/news/validate';
import { parseVietnamDate } from '../lib/vietnamese/dates';
import { compareVietnamese } from '../lib/vietnamese/text';

export type Category = CollectionEntry<'categories'>['data'];

export interface Article {
  slug: string;
  url: string;
  /** The posting time as an instant; format it with lib/vietnamese/dates. */
  date: Date;
  title: string;
  category: Category;
  data: CollectionEntry<'news'>['data'];
  entry: CollectionEntry<'news'>;
}

export interface NewsModel {
  categories: Category[];
  /** Published articles, newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  byCategory: Map<string, Article[]>;
  related(slug: string): Article[];
  latest(exceptSlug: string): Article[];
  /** Published documents an article refers to (a draft document is left out until it is out). */
  documentsOf(slug: string): LibraryDocument[];
  /** Published articles that refer to a document, newest first. */
  articlesReferring(documentSlug: string): Article[];
}

/** Build time: articles dated later are scheduled, not published. */
const BUILD_TIME = new Date();

async function load(): Promise<NewsModel> {
  const categories = (await getCollection('categories'))
    .map((entry) => entry.data)
    .sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || compareVietnamese(a.name, b.name));
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const entries = await getCollection('news');
  const library = await getDocuments();

  const problems: ContentProblem[] = [];
  const all: Article[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `src/content/news/${entry.id}`;
    const slug = basename(file, extname(file));
    const written = rawFrontmatterField(readFileSync(file, 'utf8'), 'date');
    const date = written === undefined ? undefined : parseVietnamDate(written);
    if (!date) {
      problems.push({ file, field: 'date', message: `"${written ?? ''}" is not a valid date` });
      continue;
    }
    const image = entry.data.image;
    if (typeof image === 'string' && !existsSync(`public${image}`)) {
      problems.push({ file, field: 'image', message: `public${image} does not exist` });
    }
    all.push({
      slug,
      url: `/tin-tuc/${slug}/`,
      date,
      title: entry.data.title,
      category: categoryById.get(entry.data.category)!,
      data: entry.data,
      entry,
    });
  }
  const shadowed = shadowedFiles(NEWS_DIR, entries);
  problems.push(
    ...checkArticleReferences(
      [
        ...all.map((a) => ({
          file: a.entry.filePath ?? a.slug,
          slug: a.slug,
          category: a.data.category,
          related: a.data.related,
          documents: a.data.documents,
        })),
        ...shadowed.map((file) => ({
          file,
          slug: basename(file, extname(file)),
          related: [],
          documents: [],
        })),
      ],
      { categories: new Set(categoryById.keys()), documents: library.allSlugs },
    ),
  );
  if (problems.length > 0) throw new Error(formatProblems(problems));

  const articles = all
    .filter((a) => isPublished({ draft: a.data.draft, date: a.date }, BUILD_TIME))
    .sort(compareNewestFirst);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const byCategory = new Map<string, Article[]>(categories.map((c) => [c.id, []]));
  for (const article of articles) byCategory.get(article.category.id)!.push(article);

  const relatedSlugs = computeRelated(
    articles.map((a) => ({
      slug: a.slug,
      title: a.title,
      date: a.date,
      category: a.category.id,
      tags: a.data.tags,
      related: a.data.related,
    })),
    { count: portal.relatedNewsCount },
  );

  const referring = new Map<string, Article[]>();
  for (const article of articles) {
    for (const doc of article.data.documents) {
      if (!referring.has(doc)) referring.set(doc, []);
      referring.get(doc)!.push(article);
    }
  }

  return {
    categories,
    articles,
    bySlug,
    byCategory,
    related: (slug) => (relatedSlugs.get(slug) ?? []).map((s) => bySlug.get(s)!),
    latest: (slug) => latestExcept(articles, slug, portal.latestNewsCount),
    documentsOf: (slug) =>
      (bySlug.get(slug)?.data.documents ?? []).flatMap((d) => library.bySlug.get(d) ?? []),
    articlesReferring: (documentSlug) => referring.get(documentSlug) ?? [],
  };
}

let model: Promise<NewsModel> | undefined;

/** The news model, loaded and validated once per build and shared by every page. */
export function getNews(): Promise<NewsModel> {
  return (model ??= load());
}

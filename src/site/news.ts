import type { ImageMetadata } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import sharp from 'sharp';
import { portal } from '../lib/config/index.ts';
import { slugOf } from '../lib/content/files.ts';
import type { CheckedArticle } from '../lib/news/check.ts';
import { archiveYears, type ArchiveYear } from '../lib/news/archive.ts';
import { homeSelection, latestExcept } from '../lib/news/publishing.ts';
import { computeRelated } from '../lib/news/related.ts';
import type { Category } from '../lib/news/schema.ts';
import { urls } from '../lib/urls.ts';
import { fileHistory } from '../check/file-history.ts';
import { updatedAfter } from '../lib/build/file-history.ts';
import { getCheckedProject, PREVIEW } from './checked.ts';
import { getDocuments, type LibraryDocument } from './documents.ts';
import type { NewsSearchSplit } from '../check/project.ts';

export type { Category };

/** An article as pages show it: explicit fields, so that no page reads raw frontmatter. */
export interface Article extends CheckedArticle {
  /** The article's address, under the site's sub-path. */
  url: string;
  title: string;
  summary?: string;
  author?: string;
  source?: string;
  tags: string[];
  featured: boolean;
  category: Category;
  /** The article's picture: an optimisable asset beside it, or a path under public/. */
  image?: { src: ImageMetadata | string; alt: string; caption?: string; size?: PictureSize };
  /** The file's last change (git), when on a later day than the posting date. */
  updated?: Date;
  entry: CollectionEntry<'news'>;
}

export interface NewsModel {
  categories: Category[];
  /** Published articles (drafts and scheduled ones too in dev preview), newest first. */
  articles: Article[];
  bySlug: Map<string, Article>;
  byCategory: Map<string, Article[]>;
  /** The archive: articles by year (Vietnam time), newest year first. */
  byYear: ArchiveYear<Article>[];
  /** The years of news in the main search index and the older ones in their own (the check's). */
  search: NewsSearchSplit;
  /** What leads the home page: the featured articles (else the newest), then the newest others. */
  home: { lead?: Article; alsoFeatured: Article[]; latest: Article[] };
  related(slug: string): Article[];
  latest(exceptSlug: string): Article[];
  /** Published documents an article refers to (a draft document is left out until it is out). */
  documentsOf(slug: string): LibraryDocument[];
  /** Published articles that refer to a document, newest first. */
  articlesReferring(documentSlug: string): Article[];
}

async function load(): Promise<NewsModel> {
  const project = getCheckedProject();
  const library = await getDocuments();
  // A portal without articles yet has no collection: asking Astro for it would only log a warning.
  const entries = new Map((project.news.length > 0 ? await getCollection('news') : []).map((entry) => [slugOf(entry.filePath ?? entry.id), entry]));
  const categories = project.categories;
  const categoryById = new Map(categories.map((c) => [c.id, c]));
  const history = fileHistory(process.cwd()).changed;

  const articles: Article[] = await Promise.all(
    project.news
      .filter((a) => PREVIEW || a.status === 'published')
      .map(async (a) => {
        const entry = entries.get(a.slug)!;
        // Astro resolved a relative image into an asset; a path under public/ stays as written.
        const src = a.data.image?.startsWith('/') ? a.data.image : (entry.data.image as ImageMetadata | undefined);
        const size = typeof src === 'string' ? await publicPictureSize(src) : undefined;
        return {
          ...a,
          url: urls.article(a.slug),
          title: a.data.title,
          summary: a.data.summary,
          author: a.data.author,
          source: a.data.source,
          tags: a.data.tags,
          featured: a.data.featured,
          category: categoryById.get(a.data.category)!,
          image: src ? { src, alt: a.data.imageAlt!, caption: a.data.imageCaption, size } : undefined,
          updated: updatedAfter(a.date, history.get(a.file)),
          entry,
        };
      }),
  );
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const byCategory = new Map<string, Article[]>(categories.map((c) => [c.id, []]));
  for (const article of articles) byCategory.get(article.category.id)!.push(article);

  const relatedSlugs = computeRelated(
    articles.map((a) => ({ slug: a.slug, title: a.title, date: a.date, category: a.category.id, tags: a.data.tags, related: a.data.related })),
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
    byYear: archiveYears(articles),
    search: project.newsSearch,
    home: homeSelection(articles, { latest: portal.latestNewsCount }),
    related: (slug) => (relatedSlugs.get(slug) ?? []).map((s) => bySlug.get(s)!),
    latest: (slug) => latestExcept(articles, slug, portal.latestNewsCount),
    documentsOf: (slug) => (bySlug.get(slug)?.data.documents ?? []).flatMap((d) => library.bySlug.get(d) ?? []),
    articlesReferring: (documentSlug) => referring.get(documentSlug) ?? [],
  };
}

export interface PictureSize {
  width?: number;
  height?: number;
}

/** A picture under public/ is served as it is; its size is still given, so that the page does not jump. */
export async function publicPictureSize(path: string): Promise<PictureSize> {
  const { width, height } = await sharp(`public${path}`).metadata();
  return { width, height };
}

let model: Promise<NewsModel> | undefined;

/** The news model, computed once per build and shared by every page (anew for each dev request). */
export function getNews(): Promise<NewsModel> {
  if (PREVIEW) return load();
  return (model ??= load());
}

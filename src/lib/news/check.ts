import { missingDocument } from '../content/check-refs.ts';
import { ALBUMS, NEWS } from '../content/kinds.ts';
import { checkSlugs, missingFileAdvice, resolveAsset, slugOf } from '../content/files.ts';
import { bodyLinks, type LinkUse } from '../content/links.ts';
import { type Problem } from '../problems/problem.ts';
import { didYouMean } from '../problems/suggest.ts';
import { parseWithProblems } from '../problems/zod.ts';
import { checkEmbeds, type EmbedContext } from '../embeds/check.ts';
import { checkFractionShares } from '../embeds/prose.ts';
import { findEmbeds, type EmbedUse } from '../embeds/uses.ts';
import { BODY, blankHidden, bodyImages, checkMdxSyntax } from '../source/body.ts';
import type { MarkdownFile } from '../source/markdown-file.ts';
import { formatDateTime } from '../vietnamese/dates.ts';
import { compareNewestFirst, publishStatus, type PublishStatus } from './publishing.ts';
import { newsFrontmatterSchema, type NewsFrontmatter } from './schema.ts';

/** An article whose frontmatter is valid, with what the model needs of it. */
export interface CheckedArticle {
  slug: string;
  file: string;
  /** The posting time as an instant (Vietnam time unless the editor wrote an offset). */
  date: Date;
  status: PublishStatus;
  data: NewsFrontmatter;
  /** The figures the article computes from data/ (src/lib/embeds/), in the order written. */
  embeds: EmbedUse[];
}

export interface NewsContext {
  /** Category ids; undefined when categories.json could not be read (already reported). */
  categories: ReadonlySet<string> | undefined;
  /** Every document's slug, drafts included (an article may cite one before it is out). */
  documents: ReadonlySet<string>;
  /** Whether a project path (`public/x.jpg`, `src/content/news/images/x.jpg`) exists. */
  fileExists(path: string): boolean;
  /** A file whose name differs from a missing one's only in case, to name in the message. */
  sameNameOtherCase?(path: string): string | undefined;
  /** The build time: later articles are scheduled. */
  now: Date;
  /** What the components may name; undefined when data/ has problems of its own (already reported). */
  embeds?: EmbedContext;
  /** Every album's slug, drafts included; undefined where a caller reads no albums. */
  albums?: ReadonlySet<string>;
}

const strings = (value: unknown): Array<[number, string]> =>
  Array.isArray(value) ? value.flatMap((v, i) => (typeof v === 'string' ? [[i, v.trim()] as [number, string]] : [])) : [];

/** A value an article names in its frontmatter, with the line it is on. */
interface Named {
  value: string;
  line: number;
}

/**
 * What one article file says by itself: the problems found in it alone, and what the rules
 * between files need of it. Plain data (JSON with its dates), so `npm run build` can keep it
 * for a file that has not changed (src/check/file-cache.ts) and check only the rules again.
 */
export interface ArticleFacts {
  file: string;
  slug: string;
  /** Problems of the file alone: its syntax, fields, text; never one that depends on another file or the time. */
  problems: Problem[];
  /** Components written in a `.mdx` body (in a `.md` one they are an error already among `problems`). */
  embeds: EmbedUse[];
  images: Array<{ src: string; line: number }>;
  links: LinkUse[];
  category?: Named;
  related: Array<Named & { index: number }>;
  documents: Array<Named & { index: number }>;
  image?: Named;
  album?: Named;
  /** The valid frontmatter, undefined when a field is wrong (reported among `problems`). */
  data?: NewsFrontmatter;
  lines: { date: number; draft: number };
}

/** Reads what an article file says by itself: everything but the rules between files and the clock. */
export function articleFacts(source: MarkdownFile): ArticleFacts {
  const { file } = source;
  const problems: Problem[] = [];
  const mdx = file.endsWith('.mdx');
  if (mdx) checkMdxSyntax(file, source.body, problems, { embeds: true });
  const visible = blankHidden(source.body);
  const embeds = findEmbeds(visible);
  if (!mdx && embeds.length > 0) {
    problems.push({ file, line: embeds[0].line, field: BODY, message: `<${embeds[0].name}> chỉ dùng được trong tệp .mdx: đổi đuôi tệp thành .mdx.` });
  }
  problems.push(...checkFractionShares(file, visible));
  const facts: ArticleFacts = {
    file,
    slug: slugOf(file),
    problems,
    embeds: mdx ? embeds : [],
    images: bodyImages(source.body),
    links: bodyLinks(source.body),
    related: [],
    documents: [],
    lines: { date: source.lineOf(['date']), draft: source.lineOf(['draft']) },
  };
  const raw = source.data;
  if (!raw) return facts;

  // Rules between files look at what is written even when another field is wrong.
  if (typeof raw.category === 'string') facts.category = { value: raw.category, line: source.lineOf(['category']) };
  facts.related = strings(raw.related).map(([index, value]) => ({ index, value, line: source.lineOf(['related', index]) }));
  facts.documents = strings(raw.documents).map(([index, value]) => ({ index, value, line: source.lineOf(['documents', index]) }));
  if (typeof raw.album === 'string' && raw.album.trim()) facts.album = { value: raw.album.trim(), line: source.lineOf(['album']) };
  if (typeof raw.image === 'string' && raw.image.trim()) {
    facts.image = { value: raw.image.trim(), line: source.lineOf(['image']) };
    if (typeof raw.imageAlt !== 'string' || !raw.imageAlt.trim()) {
      problems.push({
        file,
        line: source.lineOf(raw.imageAlt === undefined ? ['image'] : ['imageAlt']),
        field: 'imageAlt',
        message: 'bắt buộc khi có ảnh: tả ngắn nội dung ảnh cho người không nhìn thấy ảnh, ví dụ imageAlt: "Quang cảnh hội nghị".',
      });
    }
  }
  facts.data = parseWithProblems(newsFrontmatterSchema, raw, { file, data: raw, lineOf: source.lineOf }, problems);
  return facts;
}

/**
 * Validates every article and the rules between them, and returns the valid ones, newest first.
 * An article with a problem still counts as existing for the others (its slug is its file
 * name), so one mistake never causes a false one elsewhere.
 */
export function checkNews(files: readonly MarkdownFile[], context: NewsContext): { problems: Problem[]; articles: CheckedArticle[] } {
  return checkArticles(files.map(articleFacts), context);
}

/** The rules between articles, and with the other files and the clock, over what each file says. */
export function checkArticles(all: readonly ArticleFacts[], context: NewsContext): { problems: Problem[]; articles: CheckedArticle[] } {
  const problems: Problem[] = [];
  problems.push(...checkSlugs(all, NEWS.exampleFile));
  const slugs = new Set(all.map((f) => f.slug));
  const articles: CheckedArticle[] = [];

  for (const facts of all) {
    const { file, slug } = facts;
    if (context.embeds) problems.push(...checkEmbeds(file, facts.embeds, context.embeds));
    for (const image of facts.images) {
      const path = resolveAsset(file, image.src);
      if (!context.fileExists(path)) {
        problems.push({
          file,
          line: image.line,
          field: BODY,
          message: `không tìm thấy ảnh ${path} (viết trong bài là ${image.src}): ${missingFileAdvice(path, context.sameNameOtherCase?.(path), 'ảnh đặt cạnh bài trong thư mục images, hoặc trong thư mục public')}`,
        });
      }
    }
    const category = facts.category;
    if (category && context.categories && !context.categories.has(category.value.trim())) {
      problems.push({
        file,
        line: category.line,
        field: 'category',
        message: `chưa có chuyên mục "${category.value}".${didYouMean(category.value, [...context.categories])} Các chuyên mục: ${[...context.categories].join(', ')} (trong src/content/categories.json).`,
      });
    }
    for (const { index, value, line } of facts.related) {
      const field = `related (mục thứ ${index + 1})`;
      if (value === slug) problems.push({ file, line, field, message: 'một bài không thể liên quan đến chính nó: xóa mục này.' });
      else if (!slugs.has(value))
        problems.push({
          file,
          line,
          field,
          message: `không có bài nào tên "${value}" (tệp ${NEWS.folder}/${value}.mdx).${didYouMean(value, slugs)} Tên bài là tên tệp, không có đuôi .mdx.`,
        });
    }
    for (const { index, value, line } of facts.documents) {
      if (!context.documents.has(value))
        problems.push({
          file,
          line,
          field: `documents (mục thứ ${index + 1})`,
          message: missingDocument(value, context.documents),
        });
    }
    if (facts.album && context.albums && !context.albums.has(facts.album.value))
      problems.push({
        file,
        line: facts.album.line,
        field: 'album',
        message: `không có album nào tên "${facts.album.value}" (tệp ${ALBUMS.folder}/${facts.album.value}.mdx).${didYouMean(facts.album.value, context.albums)}`,
      });
    const image = facts.image?.value;
    if (image !== undefined) {
      const path = resolveAsset(file, image);
      if (/^(\.{1,2}\/|\/(?!\/))/.test(image) && !context.fileExists(path)) {
        problems.push({
          file,
          line: facts.image!.line,
          field: 'image',
          message: `không tìm thấy ảnh ${path}: ${missingFileAdvice(path, context.sameNameOtherCase?.(path), image.startsWith('/') ? 'ảnh viết bắt đầu bằng / nằm trong thư mục public' : 'ảnh viết bắt đầu bằng ./ nằm cạnh bài, thường trong thư mục images')}`,
        });
      }
    }

    // After the rules between files: on a shared line, a missing picture comes before its missing alt.
    problems.push(...facts.problems);
    const data = facts.data;
    if (!data) continue;
    const status = publishStatus(data, context.now);
    if (status === 'draft') {
      problems.push({
        file,
        line: facts.lines.draft,
        field: 'draft',
        message: 'bản nháp, chưa đăng ở đâu cả. Đổi thành draft: false khi muốn đăng.',
        severity: 'warning',
      });
    } else if (status === 'scheduled') {
      problems.push({
        file,
        line: facts.lines.date,
        field: 'date',
        message: `hẹn giờ: bài sẽ lên trang ở lần dựng trang đầu tiên sau ${formatDateTime(data.date)} (giờ Việt Nam).`,
        severity: 'warning',
      });
    }
    articles.push({ slug, file, date: data.date, status, data, embeds: facts.embeds });
  }
  return { problems, articles: articles.sort(compareNewestFirst) };
}

import { DOCUMENTS, NEWS } from '../content/kinds.ts';
import { checkSlugs, missingFileAdvice, resolveAsset, slugOf } from '../content/files.ts';
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
}

const strings = (value: unknown): Array<[number, string]> =>
  Array.isArray(value) ? value.flatMap((v, i) => (typeof v === 'string' ? [[i, v.trim()] as [number, string]] : [])) : [];

/**
 * Validates every article and the rules between them, and returns the valid ones, newest first.
 * An article with a problem still counts as existing for the others (its slug is its file
 * name), so one mistake never causes a false one elsewhere.
 */
export function checkNews(files: readonly MarkdownFile[], context: NewsContext): { problems: Problem[]; articles: CheckedArticle[] } {
  const problems: Problem[] = [];
  const named = files.map((f) => ({ ...f, slug: slugOf(f.file) }));
  problems.push(...checkSlugs(named, NEWS.exampleFile));
  const slugs = new Set(named.map((f) => f.slug));
  const articles: CheckedArticle[] = [];

  for (const source of named) {
    const { file, slug } = source;
    const add = (path: Array<string | number>, field: string, message: string) => problems.push({ file, line: source.lineOf(path), field, message });
    const mdx = file.endsWith('.mdx');
    if (mdx) checkMdxSyntax(file, source.body, problems, { embeds: true });
    const visible = blankHidden(source.body);
    const embeds = findEmbeds(visible);
    if (!mdx && embeds.length > 0) {
      problems.push({ file, line: embeds[0].line, field: BODY, message: `<${embeds[0].name}> chỉ dùng được trong tệp .mdx: đổi đuôi tệp thành .mdx.` });
    } else if (context.embeds) problems.push(...checkEmbeds(file, embeds, context.embeds));
    problems.push(...checkFractionShares(file, visible));
    for (const image of bodyImages(source.body)) {
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
    const raw = source.data;
    if (!raw) continue;

    // Rules between files look at what is written even when another field is wrong.
    if (typeof raw.category === 'string' && context.categories && !context.categories.has(raw.category.trim())) {
      add(
        ['category'],
        'category',
        `chưa có chuyên mục "${raw.category}".${didYouMean(raw.category, [...context.categories])} Các chuyên mục: ${[...context.categories].join(', ')} (trong src/content/categories.json).`,
      );
    }
    for (const [i, related] of strings(raw.related)) {
      if (related === slug) add(['related', i], `related (mục thứ ${i + 1})`, 'một bài không thể liên quan đến chính nó: xóa mục này.');
      else if (!slugs.has(related))
        add(
          ['related', i],
          `related (mục thứ ${i + 1})`,
          `không có bài nào tên "${related}" (tệp ${NEWS.folder}/${related}.mdx).${didYouMean(related, slugs)} Tên bài là tên tệp, không có đuôi .mdx.`,
        );
    }
    for (const [i, doc] of strings(raw.documents)) {
      if (!context.documents.has(doc))
        add(
          ['documents', i],
          `documents (mục thứ ${i + 1})`,
          `không có văn bản nào tên "${doc}" (tệp ${DOCUMENTS.folder}/${doc}.mdx).${didYouMean(doc, context.documents)}`,
        );
    }
    if (typeof raw.image === 'string' && raw.image.trim()) {
      const image = raw.image.trim();
      const path = resolveAsset(file, image);
      if (/^(\.{1,2}\/|\/(?!\/))/.test(image) && !context.fileExists(path)) {
        add(
          ['image'],
          'image',
          `không tìm thấy ảnh ${path}: ${missingFileAdvice(path, context.sameNameOtherCase?.(path), image.startsWith('/') ? 'ảnh viết bắt đầu bằng / nằm trong thư mục public' : 'ảnh viết bắt đầu bằng ./ nằm cạnh bài, thường trong thư mục images')}`,
        );
      }
      if (typeof raw.imageAlt !== 'string' || !raw.imageAlt.trim()) {
        add(
          raw.imageAlt === undefined ? ['image'] : ['imageAlt'],
          'imageAlt',
          'bắt buộc khi có ảnh: tả ngắn nội dung ảnh cho người không nhìn thấy ảnh, ví dụ imageAlt: "Quang cảnh hội nghị".',
        );
      }
    }

    const data = parseWithProblems(newsFrontmatterSchema, raw, { file, data: raw, lineOf: source.lineOf }, problems);
    if (!data) continue;
    const status = publishStatus(data, context.now);
    if (status === 'draft') {
      problems.push({
        file,
        line: source.lineOf(['draft']),
        field: 'draft',
        message: 'bản nháp, chưa đăng ở đâu cả. Đổi thành draft: false khi muốn đăng.',
        severity: 'warning',
      });
    } else if (status === 'scheduled') {
      problems.push({
        file,
        line: source.lineOf(['date']),
        field: 'date',
        message: `hẹn giờ: bài sẽ lên trang ở lần dựng trang đầu tiên sau ${formatDateTime(data.date)} (giờ Việt Nam).`,
        severity: 'warning',
      });
    }
    articles.push({ slug, file, date: data.date, status, data, embeds: mdx ? embeds : [] });
  }
  return { problems, articles: articles.sort(compareNewestFirst) };
}

import { KIND_FIELDS } from '../content/kind-fields.ts';
import { frontmatter, yamlString } from '../scaffold/frontmatter.ts';
import type { ExtractedArticle } from './extract-article.ts';

/**
 * The article file an imported page becomes (SPEC 11): a draft in the chosen category, every
 * field under its guide as `npm run new -- news` writes them, the leading captioned picture as
 * the article's image, and what an editor should look at before publishing it.
 */

export interface ArticleFileInput {
  article: ExtractedArticle & { title: string };
  category: string;
  /** Where each picture of the page was copied (`./images/<slug>/x.jpg`); undefined when the page's folder did not have it. */
  pictures: ReadonlyMap<string, string | undefined>;
  /** The article's date when the page gave none: the time of the import, Vietnam wall clock. */
  importedAt: string;
}

export interface ArticleFile {
  text: string;
  /** What an editor should check, one line each. */
  review: string[];
}

/** Shorter than this, a body was probably not saved whole (or the page held only a summary). */
const SHORT_BODY = 300;
const IMAGE = /^!\[([^\]]*)\]\(([^)\s]+)\)$/;

export function articleFile({ article, category, pictures, importedAt }: ArticleFileInput): ArticleFile {
  const review: string[] = [];
  const blocks = article.markdown.split('\n\n');
  const body: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const image = IMAGE.exec(blocks[i]!);
    if (!image) {
      body.push(blocks[i]!);
      continue;
    }
    const [, alt, src] = image;
    const target = pictures.get(src!);
    if (!target) {
      review.push(
        `ảnh ${src} không có trong thư mục lưu cùng trang nên đã bỏ khỏi bài: lưu lại trang bằng "Lưu toàn bộ trang" (Save page as, Web page complete), hoặc chép ảnh vào src/content/news/images/ rồi chèn lại.`,
      );
      if (alt && blocks[i + 1] === `*${alt}*`) i++;
      continue;
    }
    if (!alt) review.push(`ảnh ${target} chưa có mô tả: viết mô tả ngắn trong dấu [ ] của ![](${target}).`);
    body.push(`![${alt}](${target})`);
  }

  // A captioned picture heading the body is the article's image, shown above the text.
  let lead: { src: string; caption: string } | undefined;
  const first = IMAGE.exec(body[0] ?? '');
  if (first && first[1]) {
    lead = { src: first[2]!, caption: first[1] };
    body.shift();
    if (body[0] === `*${lead.caption}*`) body.shift();
  }

  const date = article.date?.date ?? importedAt;
  if (!article.date) review.push(`không thấy ngày đăng trên trang: date tạm ghi giờ nhập bài (${importedAt}); sửa theo ngày đăng thật.`);
  else if (article.date.dayOnly && /^(?:thứ|chủ)/iu.test(article.date.text))
    review.push(`date lấy từ dòng "${article.date.text}" ở đầu trang, không có giờ: có thể là ngày lưu trang chứ không phải ngày đăng; kiểm tra lại.`);
  else if (article.date.dayOnly) review.push(`trang chỉ ghi ngày ("${article.date.text}"), không có giờ: date đặt 00:00.`);
  if (!article.author) review.push('không thấy tên tác giả cuối bài: điền author nếu trang gốc có.');
  if (article.tables > 0) review.push(`bài có ${article.tables} bảng: xem lại bảng sau khi chuyển (bảng trình bày bằng tay thường lệch cột).`);
  const text = body.join('\n\n');
  if (text.replace(/!\[[^\]]*\]\([^)]*\)/g, '').length < SHORT_BODY) review.push('nội dung rất ngắn: kiểm tra trang gốc đã được lưu đủ bài chưa.');

  const values: Record<string, string> = { title: yamlString(article.title), date, category, draft: 'true' };
  if (article.author) values.author = yamlString(article.author);
  if (article.source) values.source = yamlString(article.source);
  if (lead) {
    values.image = lead.src;
    values.imageAlt = yamlString(lead.caption);
    values.imageCaption = yamlString(lead.caption);
  }
  const head = frontmatter(KIND_FIELDS.news.schema, values, {
    date: article.date ? `Trên trang cũ: "${article.date.text}".` : 'Trang cũ không ghi ngày đăng: sửa lại.',
  });
  return { text: `${head}\n\n${text}\n`, review };
}

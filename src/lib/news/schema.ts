import { z } from 'astro/zod';
import { flag, list, optional, text, vietnamDateTime } from '../content/fields.ts';
import { SLUG_PATTERN } from '../vietnamese/text.ts';

/**
 * An article's frontmatter (SPEC 4.4): the one contract the check, the build's model and the
 * scaffold share. Cross-file rules (category, related, documents, image files) are in build.ts.
 */
export const newsFrontmatterSchema = z
  .object({
    title: text(),
    date: vietnamDateTime,
    category: text(),
    tags: list(text()),
    summary: optional(z.string().trim()),
    author: optional(z.string().trim()),
    source: optional(z.string().trim()),
    // Beside the article (./images/x.jpg) or under public/ written from the site root (/x.jpg).
    image: optional(
      z
        .string()
        .trim()
        .regex(/^(\.{1,2}\/|\/(?!\/))/, 'phải là đường dẫn bắt đầu bằng ./ (ảnh đặt cạnh bài, ví dụ ./images/hoi-nghi.jpg) hoặc / (ảnh trong thư mục public).'),
    ),
    imageAlt: optional(z.string().trim()),
    imageCaption: optional(z.string().trim()),
    documents: list(z.string().trim()),
    related: list(z.string().trim()),
    featured: flag(false),
    draft: flag(false),
  })
  .strict();

export type NewsFrontmatter = z.output<typeof newsFrontmatterSchema>;

/** The fields of a category in `src/content/categories.json`. */
export const categorySchema = z
  .object({
    id: z.string().regex(SLUG_PATTERN, 'phải là chữ thường không dấu, các từ nối bằng dấu gạch ngang, ví dụ tin-tuc-su-kien.'),
    name: text(),
    description: optional(z.string().trim()),
    order: optional(z.number().int()),
  })
  .strict();

export type Category = z.output<typeof categorySchema>;

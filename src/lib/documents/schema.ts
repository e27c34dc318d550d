import { z } from 'astro/zod';
import { flag, list, optional, text, vietnamDay } from '../content/fields.ts';
import { DOCUMENT_TYPES } from './document-types.ts';

/** A document's frontmatter (SPEC 4.4); cross-file rules are in build.ts. */
export const documentFrontmatterSchema = z
  .object({
    title: text(),
    number: text(),
    type: z.enum(DOCUMENT_TYPES),
    issuer: text(),
    issued: vietnamDay,
    effective: optional(vietnamDay),
    summary: optional(z.string().trim()),
    attachments: list(
      z
        .object({
          file: z
            .string()
            .trim()
            .regex(/^\/[^?#]+\.[a-z0-9]+$/i, {
              error: (issue) =>
                typeof issue.input === 'string' && /^public\//.test(issue.input)
                  ? `bỏ public ở đầu đường dẫn: viết ${issue.input.slice('public'.length)}.`
                  : 'phải là đường dẫn trong thư mục public viết từ gốc trang, bắt đầu bằng /, ví dụ /files/van-ban/2993-kh-ubnd-2019.pdf.',
            }),
          label: text(),
        })
        .strict(),
    ),
    draft: flag(false),
  })
  .strict();

export type DocumentFrontmatter = z.output<typeof documentFrontmatterSchema>;

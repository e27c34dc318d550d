import type { SchemaContext } from 'astro:content';
import { z } from 'astro/zod';
import { parseVietnamDate } from '../../vietnamese/dates';

const DATE_HINT = 'must be a date such as 2019-12-23 or 2019-12-23T14:30:00 (Vietnam time)';

/** The article frontmatter contract (SPEC 4.4). `image` is Astro's image() schema helper. */
export function newsSchema(image: SchemaContext['image']) {
  return z
    .object({
      title: z.string().trim().min(1, 'must not be empty'),
      // The YAML parser has already turned an unquoted date into a Date (as UTC); the model
      // re-reads the written text to apply Vietnam time. A quoted date stays a string.
      date: z.union([
        z.date(),
        z.string().refine((text) => parseVietnamDate(text) !== undefined, DATE_HINT),
      ], { error: DATE_HINT }),
      category: z.string().min(1),
      tags: z.array(z.string().trim().min(1)).default([]),
      summary: z.string().trim().optional(),
      author: z.string().trim().optional(),
      source: z.string().trim().optional(),
      // A path relative to the article, or one under public/ written from the site root.
      image: z.union([z.string().startsWith('/'), image()]).optional(),
      imageAlt: z.string().trim().min(1).optional(),
      imageCaption: z.string().trim().optional(),
      documents: z.array(z.string()).default([]),
      related: z.array(z.string()).default([]),
      featured: z.boolean().default(false),
      draft: z.boolean().default(false),
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.image !== undefined && !data.imageAlt) {
        ctx.addIssue({
          code: 'custom',
          path: ['imageAlt'],
          message: 'is required when image is given (describe the picture for readers who cannot see it)',
        });
      }
    });
}

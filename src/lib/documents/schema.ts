import { z } from 'astro/zod';
import { DOCUMENT_TYPES } from './types.ts';

/** A day as written in frontmatter: YAML turns 2019-12-23 into a Date; keep the calendar day. */
const day = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')])
  .transform((value) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10)));

/** The documents collection contract (SPEC 4.4). */
export const documentSchema = z
  .object({
    title: z.string().trim().min(1),
    number: z.string().trim().min(1),
    type: z.enum(DOCUMENT_TYPES, { error: `must be one of ${DOCUMENT_TYPES.join(', ')}` }),
    issuer: z.string().trim().min(1),
    issued: day,
    effective: day.optional(),
    summary: z.string().trim().optional(),
    attachments: z
      .array(
        z
          .object({
            file: z.string().regex(/^\/[^?#]+\.[a-z0-9]+$/i, 'must be a path under public/ written from the site root, e.g. /files/van-ban/x.pdf'),
            label: z.string().trim().min(1),
          })
          .strict(),
      )
      .default([]),
    draft: z.boolean().default(false),
  })
  .strict();

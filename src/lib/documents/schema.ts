import { z } from 'astro/zod';
import { parseVietnamDate, toVietnamDay } from '../vietnamese/dates.ts';
import { DOCUMENT_TYPES } from './types.ts';

/**
 * A day as written in frontmatter. YAML turns 2019-12-23 into a Date at midnight UTC (which is
 * still the 23rd in Vietnam) and honours a written offset; a quoted day must be a real one.
 */
const day = z
  .union([
    z.date(),
    z.string().refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseVietnamDate(text) !== undefined, 'must be a real date written YYYY-MM-DD'),
  ], { error: 'must be a date written YYYY-MM-DD' })
  .transform((value) => (typeof value === 'string' ? value : toVietnamDay(value)));

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

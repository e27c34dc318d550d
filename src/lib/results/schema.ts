import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../vietnamese/text.ts';

const id = z.string().regex(SLUG_PATTERN, 'must be lower-case ASCII words joined by hyphens');
const level = z.enum(['so', 'huyen', 'xa']);
const year = z.number().int().min(1990).max(2100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');
// zod 4 numbers are finite: NaN and Infinity are refused.
const points = z.number();

export const unitsFileSchema = z
  .object({
    units: z.array(
      z
        .object({
          id,
          name: z.string().trim().min(1),
          level,
          formerNames: z.array(z.object({ name: z.string().trim().min(1), until: year }).strict()).optional(),
          activeFrom: year.optional(),
          activeUntil: year.optional(),
          mergedInto: id.optional(),
        })
        .strict(),
    ),
  })
  .strict();

export const yearFileSchema = z
  .object({
    year,
    regulation: z.object({ number: z.string().trim().min(1), date: isoDate }).strict().optional(),
    announced: isoDate.optional(),
    survey: z.object({ groups: z.number().int().min(0), forms: z.number().int().min(0) }).strict().optional(),
    tiers: z.array(z.object({ id, label: z.string().trim().min(1), min: z.number().min(0).max(100) }).strict()).min(1),
    groups: z.array(z.object({ id, label: z.string().trim().min(1), level }).strict()).min(1),
    criteria: z.array(z.object({ id, label: z.string().trim().min(1) }).strict()).optional(),
    results: z.array(
      z
        .object({
          unit: z.string(),
          group: z.string(),
          score: points,
          max: points.positive(),
          components: z.record(z.string(), z.object({ score: points, max: points.positive() }).strict()).optional(),
        })
        .strict(),
    ),
    illustrative: z.boolean().optional(),
    note: z.string().trim().min(1).optional(),
  })
  .strict();

export const nationalFileSchema = z
  .object({
    name: z.string().trim().min(1),
    source: z.string().trim().min(1).optional(),
    results: z
      .array(
        z
          .object({
            year,
            // A year may be known by its rank alone (an article says "tăng 7 bậc so với năm 2018").
            score: points.min(0).optional(),
            max: points.positive().optional(),
            rank: z.number().int().min(1).optional(),
            // Defaults to the number of provinces in portal.config.json's nationalRanking.
            of: z.number().int().min(1).optional(),
            components: z
              .array(
                z
                  .object({
                    id: z.string().min(1),
                    label: z.string().trim().min(1),
                    score: points,
                    max: points,
                    rank: z.number().int().min(1).optional(),
                  })
                  .strict(),
              )
              .optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

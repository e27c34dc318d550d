import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../vietnamese/text.ts';

/** The data contract of SPEC 4.1–4.3. Types are derived from these schemas (types.ts). */

const id = z.string().regex(SLUG_PATTERN, 'phải là chữ thường không dấu, các từ nối bằng dấu gạch ngang, ví dụ so-tu-phap.');
const level = z.enum(['so', 'huyen', 'xa']);
const year = z.number().int().min(1990).max(2100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'phải là một ngày viết năm-tháng-ngày trong ngoặc kép, ví dụ "2020-05-27".');
// zod 4 numbers are finite: NaN and Infinity are refused.
const points = z.number();
const label = z.string().trim().min(1);

export const unitSchema = z
  .object({
    id,
    name: label,
    level,
    formerNames: z.array(z.object({ name: label, until: year }).strict()).optional(),
    activeFrom: year.optional(),
    activeUntil: year.optional(),
    mergedInto: id.optional(),
  })
  .strict();

/** `data/units.json`; each unit is checked on its own so that one mistake hides no other. */
export const unitsFileSchema = z.object({ units: z.array(z.unknown()) }).strict();

export const tierSchema = z.object({ id, label, min: z.number().min(0).max(100) }).strict();
export const groupSchema = z.object({ id, label, level }).strict();
export const criterionSchema = z.object({ id, label }).strict();
const pointsSchema = z.object({ score: points, max: points.positive() }).strict();

export const resultSchema = z
  .object({
    unit: z.string().min(1),
    group: z.string().min(1),
    // `npm run new -- year` leaves every score null for the editor to fill in.
    score: z.number({
      error: (issue) =>
        issue.input === null ? 'chưa có điểm: điền điểm của đơn vị, ví dụ 88.5, hoặc xóa cả kết quả này nếu đơn vị không được đánh giá năm nay.' : undefined,
    }),
    max: points.positive(),
    components: z.record(z.string(), pointsSchema).optional(),
  })
  .strict();

const yearFields = {
  year,
  regulation: z.object({ number: label, date: isoDate }).strict().optional(),
  announced: isoDate.optional(),
  survey: z
    .object({ groups: z.number().int().min(0), forms: z.number().int().min(0) })
    .strict()
    .optional(),
  tiers: z.array(tierSchema).min(1),
  groups: z.array(groupSchema).min(1),
  criteria: z.array(criterionSchema).optional(),
  /** Unit scores not from a published source: every page showing them says so. */
  illustrative: z.boolean().optional(),
  note: label.optional(),
};

/** A year file with its results left unchecked: they are checked one by one. */
export const yearHeadSchema = z.object({ ...yearFields, results: z.array(z.unknown()) }).strict();
export const yearFileSchema = z.object({ ...yearFields, results: z.array(resultSchema) }).strict();

export const nationalFileSchema = z
  .object({
    name: label,
    source: label.optional(),
    results: z
      .array(
        z
          .object({
            year,
            // A year may be known by its rank alone (an article says "tăng 7 bậc so với năm 2018").
            score: points.min(0).optional(),
            /** Only where the score was out of a maximum other than 100 (2016: 67,41/97,5). */
            max: points.positive().optional(),
            rank: z.number().int().min(1).optional(),
            // Defaults to the number of provinces in portal.config.json's nationalRanking.
            of: z.number().int().min(1).optional(),
            components: z
              .array(z.object({ id: z.string().min(1), label, score: points, max: points, rank: z.number().int().min(1).optional() }).strict())
              .optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

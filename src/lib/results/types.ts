import type { z } from 'astro/zod';
import type { criterionSchema, groupSchema, nationalFileSchema, resultSchema, tierSchema, unitSchema, yearFileSchema } from './schema.ts';

/** The data contract of SPEC 4.1–4.3 as TypeScript types, derived from the schemas that check it. */
export type Unit = z.output<typeof unitSchema>;
export type Level = Unit['level'];
export type Tier = z.output<typeof tierSchema>;
export type Group = z.output<typeof groupSchema>;
export type Criterion = z.output<typeof criterionSchema>;
export type ResultInput = z.output<typeof resultSchema>;
export type Points = { score: number; max: number };
export type YearFile = z.output<typeof yearFileSchema>;
export type NationalFile = z.output<typeof nationalFileSchema>;
export type NationalResult = NationalFile['results'][number];

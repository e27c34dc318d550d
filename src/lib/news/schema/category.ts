import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../../vietnamese/text';

export const categorySchema = z
  .object({
    id: z.string().regex(SLUG_PATTERN, 'must be lower-case ASCII words joined by hyphens'),
    name: z.string().trim().min(1),
    description: z.string().optional(),
    order: z.number().int().optional(),
  })
  .strict();

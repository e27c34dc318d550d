import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { ALBUMS_DIR, CONSULTATIONS_DIR, DOCUMENTS_DIR, NEWS_DIR, NOTICES_DIR, QUESTIONS_DIR } from './content.paths.ts';
import { markdownGlob } from './content-store/markdown-loader.ts';

/**
 * Astro loads articles and documents only to render their bodies and to turn a picture beside
 * an article into an optimisable asset. Their fields are read and checked by our own check
 * (src/check/project.ts, the schemas in src/lib), before Astro starts, with messages an editor
 * can act on, and one date rule for every field.
 */
export const collections = {
  news: defineCollection({
    loader: markdownGlob({ base: NEWS_DIR, retainBody: false }),
    // Only the picture is kept: the store is part of every build (src/content-store/entry-bodies.ts).
    schema: ({ image }) => z.object({ image: z.union([z.string().startsWith('/'), image()]).nullish() }),
  }),
  documents: defineCollection({
    loader: markdownGlob({ base: DOCUMENTS_DIR, retainBody: false }),
    schema: z.object({}),
  }),
  notices: defineCollection({
    loader: markdownGlob({ base: NOTICES_DIR, retainBody: false }),
    schema: z.object({}),
  }),
  questions: defineCollection({
    loader: markdownGlob({ base: QUESTIONS_DIR, retainBody: false }),
    schema: z.object({}),
  }),
  consultations: defineCollection({
    loader: markdownGlob({ base: CONSULTATIONS_DIR, retainBody: false }),
    schema: z.object({}),
  }),
  albums: defineCollection({
    loader: markdownGlob({ base: ALBUMS_DIR, retainBody: false }),
    // The pictures beside an album become optimisable assets; the rest is read by the check.
    schema: ({ image }) => z.object({ photos: z.array(z.object({ file: z.union([z.string().startsWith('/'), image()]) })).nullish() }),
  }),
};

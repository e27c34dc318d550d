import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CATEGORIES_FILE, DOCUMENTS_DIR, NEWS_DIR } from './content.paths';
import { documentSchema } from './lib/documents/schema';
import { categorySchema } from './lib/news/schema/category';
import { newsSchema } from './lib/news/schema/news';

// The schemas live in src/lib so that the data check and the tests use the very same rules.
export const collections = {
  categories: defineCollection({
    loader: file(CATEGORIES_FILE),
    schema: categorySchema,
  }),
  news: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: NEWS_DIR }),
    schema: ({ image }) => newsSchema(image),
  }),
  documents: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: DOCUMENTS_DIR }),
    schema: documentSchema,
  }),
};

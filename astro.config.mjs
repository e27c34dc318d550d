// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import portal from './portal.config.json' with { type: 'json' };

export default defineConfig({
  site: portal.site,
  trailingSlash: 'always',
  // Astro 7's default 'jsx' mode drops the whitespace between elements on separate lines,
  // gluing Vietnamese words together on screen and in the search index.
  compressHTML: true,
  // Two content entries with one id (a duplicate category, a .md beside a .mdx of the same
  // name) or two pages on one URL must stop the build, not silently hide one of them.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') })],
  build: { format: 'directory' },
  // Caches beside the project rather than in node_modules, so that test copies of the site
  // that share node_modules can build side by side.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  image: { responsiveStyles: false },
});

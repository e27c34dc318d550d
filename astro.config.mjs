// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import sirv from 'sirv';
import rawConfig from './portal.config.json' with { type: 'json' };
import { parsePortalConfig } from './src/lib/config/schema.ts';
import { markdownProcessor } from './src/lib/content/markdown-processor.ts';
import { decapCms } from './src/integrations/decap-cms.ts';
import { postBuild } from './src/integrations/post-build.ts';
import { sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';

// The checked config, defaults applied (`base` is `/` when left out, and always ends with /). `npm
// run build` and `npm run dev` check every file first, so a mistake is listed in Vietnamese before this.
const portal = parsePortalConfig(rawConfig);

/**
 * `npm run dev` serves the search index of the last `npm run build` at /pagefind/, so that
 * search can be tried while writing (the search page says what to do when there is none).
 */
function devSearchIndex() {
  return {
    name: 'dev-search-index',
    hooks: {
      /** @param {{ server: import('vite').ViteDevServer }} options */
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`${portal.base}pagefind`, sirv(fileURLToPath(new URL('./dist/pagefind/', import.meta.url)), { dev: true }));
      },
    },
  };
}

export default defineConfig({
  site: portal.site,
  // A sub-path such as /cchc/ (SPEC 9); links in pages go through src/lib/urls.ts, links in
  // articles through baseLinks.
  base: portal.base,
  trailingSlash: 'always',
  // Astro 7's default 'jsx' mode drops the whitespace between elements on separate lines,
  // gluing Vietnamese words together on screen and in the search index.
  compressHTML: true,
  // Two pages on one URL must stop the build, not silently hide one of them.
  prerenderConflictBehavior: 'error',
  // postBuild last: it lists and scans every file the others wrote. mdx compiles only the
  // articles that use the portal's components (src/content-store/markdown-loader.ts).
  integrations: [
    devSearchIndex(),
    decapCms(portal.base),
    mdx(),
    sitemap({ filter: (page) => !/\/(404|admin)\/$/.test(page), serialize: sitemapLastmod(fileURLToPath(new URL('.', import.meta.url)), portal.base) }),
    postBuild(),
  ],
  // Small component styles stay inlined (fewer render-blocking requests on a slow network); the
  // build hashes each into the Content-Security-Policy (scripts/build.ts, SPEC 9).
  // Four pages at a time: rendering one at a time, the build waited on each page's file writes
  // for half of its rendering (a cold build of 10,000 articles rendered in 30.5 s instead of 37.7 s,
  // docs/performance.md). The sitemap is sorted, and no page depends on another's rendering.
  build: { format: 'directory', concurrency: 4 },
  // Caches beside the project rather than in node_modules, so that test copies of the site
  // that share node_modules can build side by side.
  // (scripts/build.ts reads Astro's incremental-build manifest from here.)
  cacheDir: './.astro/cache',
  // dist/ is not emptied first: a page the incremental build reuses stays in place instead of
  // being deleted and copied back (a third of a rebuild at 10,000 articles). `npm run build`
  // removes what the build neither wrote nor reused (src/lib/build/stale-output.ts).
  vite: {
    cacheDir: './.astro/vite',
    build: {
      emptyOutDir: false,
      rollupOptions: {
        // Each article compiled by @astrojs/mdx carries Astro's own "use astro:head-inject"
        // directive, which the bundler reports in English, harmlessly, once per article.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  image: {
    responsiveStyles: false,
    // sharp's default AVIF effort (4) took ten times as long as effort 2 for a file a few per cent
    // smaller: with a camera picture per article, most of a cold build (docs/performance.md).
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  // A rebuild after one edit re-renders only the pages whose content changed: article and
  // document pages declare what they show as a cacheKey (src/lib/build/page-key.ts), and
  // Astro keeps their last output in .astro/cache/ (docs/performance.md, "Republishing").
  experimental: { incrementalBuild: true },
  markdown: { processor: markdownProcessor(portal.base) },
});

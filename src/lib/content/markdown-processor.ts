import { satteri } from '@astrojs/markdown-satteri';
import { baseLinks } from './base-links.ts';
import { tableAlign } from './table-align.ts';

/**
 * The Markdown processor of the site's articles, with the portal's plugins: Astro's
 * (astro.config.mjs) and the one that republishes an edited article's text without Astro
 * (src/republish/), which must render it exactly alike.
 */
export function markdownProcessor(base: string) {
  return satteri({ hastPlugins: [...baseLinks(base), ...tableAlign()] });
}

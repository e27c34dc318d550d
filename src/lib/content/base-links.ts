import { defineHastPlugin, type HastPluginDefinition } from 'satteri';
import { withBase } from '../urls.ts';

const LINKS = ['href', 'src'];

/**
 * Editors write links and pictures in articles from the site's root (`/van-ban/x/`,
 * `/files/a.pdf`), the same whatever sub-path the site is served under. This Sätteri hast
 * plugin (Astro 7's Markdown processor) puts the `base` (SPEC 9) in front of them when the
 * page is built. At the root it is left out of the pipeline altogether.
 */
export function baseLinks(base: string): HastPluginDefinition[] {
  if (base === '/') return [];
  return [
    defineHastPlugin({
      name: 'cchc-base-links',
      element: {
        filter: ['a', 'img', 'source'],
        visit(node, ctx) {
          for (const name of LINKS) {
            const value = node.properties?.[name];
            if (typeof value === 'string' && withBase(value, base) !== value) ctx.setProperty(node, name, withBase(value, base));
          }
        },
      },
    }),
  ];
}

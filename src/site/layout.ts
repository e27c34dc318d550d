import { pageKey } from '../lib/build/page-key.ts';
import { portal } from '../lib/config/index.ts';
import type { PortalConfig } from '../lib/config/schema.ts';
import { urls, withBase } from '../lib/urls.ts';
import { getNews } from './news.ts';

export interface MenuItem {
  label: string;
  href: string;
}

/** What the layout shows on every page besides the page's own content: header, menu, footer. */
export interface LayoutData {
  portal: PortalConfig;
  /** The config's menu, with the news categories spliced in where it asks for them. */
  menu: MenuItem[];
}

/** The layout's data, for a page to give its layout (BaseLayout's `layout`). */
export async function getLayout(): Promise<LayoutData> {
  const { categories } = await getNews();
  const menu = portal.menu.flatMap((item) =>
    item.categories ? categories.map((c) => ({ label: c.name, href: urls.category(c.id) })) : [{ label: item.label, href: withBase(item.href) }],
  );
  return { portal, menu };
}

/**
 * The paths of a page whose output Astro keeps between builds (`cacheKey`), given what the
 * layout shows: as the `layout` prop and in each key, beside the page's own. Keyed pages get
 * their layout only this way, so a renamed category, menu label or portal name renders every
 * page again (tests/site/warm-rebuild.test.ts).
 */
export function withLayout<P extends { props: object; cacheKey: string }>(
  layout: LayoutData,
  paths: P[],
): Array<P & { props: P['props'] & { layout: LayoutData } }> {
  // Digested once: the layout (the whole config among it) is the same for every path.
  const layoutKey = pageKey(layout);
  return paths.map((path) => ({ ...path, props: { ...path.props, layout }, cacheKey: pageKey(layoutKey, path.cacheKey) }));
}

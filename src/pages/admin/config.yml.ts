import { stringify } from 'yaml';
import { editorConfig } from '../../lib/admin/config.ts';
import { portal } from '../../lib/config/index.ts';
import { BASE } from '../../lib/urls.ts';
import { getNews } from '../../site/news.ts';

/** The web editor's config.yml, generated from the portal's config and the article schema. */
export async function GET() {
  const { categories } = await getNews();
  const config = editorConfig({ editor: portal.editor, site: portal.site, base: BASE, categories });
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
}

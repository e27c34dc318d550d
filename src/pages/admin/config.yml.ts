import { stringify } from 'yaml';
import { editorConfig } from '../../lib/admin/config';
import { portal } from '../../lib/config';
import { BASE } from '../../lib/urls';
import { getNews } from '../../site/news';

/** The web editor's config.yml, generated from the portal's config and the article schema. */
export async function GET() {
  const { categories } = await getNews();
  const config = editorConfig({ editor: portal.editor, site: portal.site, base: BASE, categories });
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
}

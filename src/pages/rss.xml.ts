import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { portal } from '../lib/config';
import { urls } from '../lib/urls';
import { getNews } from '../site/news';

export async function GET(context: APIContext) {
  const { articles } = await getNews();
  return rss({
    title: portal.name,
    description: portal.description,
    // The portal's address under its sub-path (SPEC 9).
    site: new URL(urls.home, context.site),
    customData: '<language>vi</language>',
    items: articles.slice(0, 50).map((article) => ({
      title: article.title,
      link: article.url,
      pubDate: article.date,
      description: article.summary,
      categories: [article.category.name, ...article.tags],
    })),
  });
}

import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { portal } from '../lib/config';
import { getNews } from '../model/news';

export async function GET(context: APIContext) {
  const { articles } = await getNews();
  return rss({
    title: portal.name,
    description: portal.description,
    site: context.site!,
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

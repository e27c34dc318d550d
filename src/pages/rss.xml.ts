import rss from '@astrojs/rss';
import { portal } from '../lib/config/index.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { getNews } from '../site/news.ts';

export async function GET() {
  const { articles } = await getNews();
  return rss({
    title: portal.name,
    description: portal.description,
    // The portal's address under its sub-path (SPEC 9).
    site: absoluteUrl(urls.home),
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

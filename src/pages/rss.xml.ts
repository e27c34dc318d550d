import rss from '@astrojs/rss';
import { portal } from '../lib/config/index.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { getNews } from '../site/news.ts';
import { getNotices } from '../site/notices.ts';

/** How many items the feed carries: the newest articles and notices together. */
const FEED_ITEMS = 50;

export async function GET() {
  const [{ articles }, { notices }] = await Promise.all([getNews(), getNotices()]);
  const items = [
    ...articles.map((article) => ({
      title: article.title,
      link: article.url,
      pubDate: article.date,
      description: article.summary,
      categories: [article.category.name, ...article.tags],
    })),
    // A notice is news to a subscriber too: in the same feed, under its kind.
    ...notices.map((notice) => ({ title: notice.title, link: notice.url, pubDate: notice.date, categories: ['Thông báo'] })),
  ];
  return rss({
    title: portal.name,
    description: portal.description,
    // The portal's address under its sub-path (SPEC 9).
    site: absoluteUrl(urls.home),
    customData: '<language>vi</language>',
    // Newest first; the sort is stable, so equal times keep articles before notices.
    items: items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, FEED_ITEMS),
  });
}

import rss from '@astrojs/rss';
import { portal } from '../lib/config/index.ts';
import { absoluteUrl, urls } from '../lib/urls.ts';
import { parseVietnamDate } from '../lib/vietnamese/dates.ts';
import { getAlbums } from '../site/albums.ts';
import { getConsultations } from '../site/consultations.ts';
import { getNews } from '../site/news.ts';
import { getNotices } from '../site/notices.ts';
import { getQuestions } from '../site/questions.ts';

/** How many items the feed carries: the newest of every kind together. */
const FEED_ITEMS = 50;

export async function GET() {
  const [{ articles }, { notices }, { questions }, { consultations }, { albums }] = await Promise.all([
    getNews(),
    getNotices(),
    getQuestions(),
    getConsultations(),
    getAlbums(),
  ]);
  const items = [
    ...articles.map((article) => ({
      title: article.title,
      link: article.url,
      pubDate: article.date,
      description: article.summary,
      categories: [article.category.name, ...article.tags],
    })),
    // The other kinds are news to a subscriber too: in the same feed, each under its kind.
    ...notices.map((notice) => ({ title: notice.title, link: notice.url, pubDate: notice.date, categories: ['Thông báo'] })),
    ...questions.map((q) => ({ title: q.heading, link: q.url, pubDate: q.answered, categories: ['Hỏi đáp', ...(q.field ? [q.field] : [])] })),
    // A consultation is news on its opening day.
    ...consultations.map((c) => ({ title: `Lấy ý kiến: ${c.title}`, link: c.url, pubDate: parseVietnamDate(c.opens)!, categories: ['Lấy ý kiến dự thảo'] })),
    ...albums.map((album) => ({ title: album.title, link: album.url, pubDate: album.date, categories: ['Thư viện ảnh, video'] })),
  ];
  return rss({
    title: portal.name,
    description: portal.description,
    // The portal's address under its sub-path (SPEC 9).
    site: absoluteUrl(urls.home),
    customData: '<language>vi</language>',
    // Newest first; the sort is stable, so equal times keep articles before the other kinds.
    items: items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, FEED_ITEMS),
  });
}

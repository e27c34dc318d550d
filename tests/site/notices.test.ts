import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { exists, page, text } from '../support/dist.ts';

// The fixture portal's notices (tests/fixtures/portal/src/content/thong-bao/): one without a
// deadline, so always current; one whose deadline (23/02/2026) has passed.
const dist = inject('dist');
const CURRENT = 'han-gui-bao-cao-tu-danh-gia-cchc-2026';
const EXPIRED = 'gio-tiep-nhan-ho-so-dip-tet-2026';

describe('notices (Thông báo)', () => {
  it('each have a page with title, posting time, deadline, body and the documents they name', () => {
    const notice = page(dist, `/thong-bao/${CURRENT}/`);
    expect(text(notice.querySelector('h1'))).toBe('Hạn gửi kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2026');
    expect(text(notice.querySelector('.byline'))).toBe('Ngày đăng: 25/11/2026 8:00 SA');
    expect(text(notice.querySelector('.body'))).toContain('trước ngày 31/12/2026');
    expect([...notice.querySelectorAll('.related-documents a, aside a')].map((a) => a.getAttribute('href'))).toContain('/van-ban/cong-van-1520-snv-cchc-2026/');
    const expired = page(dist, `/thong-bao/${EXPIRED}/`);
    expect(text(expired.querySelector('.byline'))).toBe('Ngày đăng: 05/02/2026 2:00 CH · Hạn: 23/02/2026');
  });

  it('are listed newest first on /thong-bao/, expired ones included', () => {
    const list = page(dist, '/thong-bao/');
    expect([...list.querySelectorAll('.notice-list a')].map((a) => a.getAttribute('href'))).toEqual([`/thong-bao/${CURRENT}/`, `/thong-bao/${EXPIRED}/`]);
    expect(text(list.querySelector('.notice-list'))).toContain('hạn 23/02/2026');
  });

  it('show on the home page above the news while current, and leave it after their deadline', () => {
    const home = page(dist, '/');
    const section = home.querySelector('section.notices');
    expect([...section!.querySelectorAll('.notices-head a, .notice-list a')].map((a) => a.getAttribute('href'))).toEqual([
      '/thong-bao/',
      `/thong-bao/${CURRENT}/`,
    ]);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html.indexOf('id="thong-bao"')).toBeLessThan(html.indexOf('id="tin-moi"'));
  });

  it('are searchable as their own kind, in the menu from the config, and in the sitemap', () => {
    const notice = readFileSync(join(dist, 'thong-bao', CURRENT, 'index.html'), 'utf8');
    expect(notice).toContain('data-pagefind-filter="kind:Thông báo"');
    expect(notice).toContain('data-pagefind-body');
    const menu = [...page(dist, '/').querySelectorAll('header nav a')].map((a) => a.getAttribute('href'));
    expect(menu).toContain('/thong-bao/');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const slug of [CURRENT, EXPIRED]) expect(sitemap).toContain(`/thong-bao/${slug}/</loc>`);
    expect(exists(dist, '/thong-bao/2/')).toBe(false);
    // The feed carries them among the articles, by date.
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain(`/thong-bao/${CURRENT}/</link>`);
    expect(feed).toMatch(/<category>Thông báo<\/category>/);
  });
});

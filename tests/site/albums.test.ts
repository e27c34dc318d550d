import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { exists, page, text } from '../support/dist.ts';

// The fixture portal's albums (tests/fixtures/portal/src/content/thu-vien/): one with three
// pictures beside the news, a video file with poster and captions and a video elsewhere; one a
// draft. An article of the fixture shows the first.
const dist = inject('dist');
const ALBUM = 'album-mot-cua';
const ARTICLE = 'trung-tam-phuc-vu-hanh-chinh-cong-tinh-99-3-ho-so-dung-han';

describe('the photo and video library (Thư viện ảnh, video)', () => {
  it('shows an album’s pictures as a grid of links to each picture large, with alt text and captions', () => {
    const album = page(dist, `/thu-vien/${ALBUM}/`);
    expect(text(album.querySelector('h1'))).toBe('Bộ phận một cửa tỉnh');
    const links = [...album.querySelectorAll('[data-photo-grid] a[data-photo]')];
    expect(links.map((a) => a.querySelector('img')!.getAttribute('alt'))).toEqual([
      'Quầy tiếp nhận hồ sơ với bốn ô cửa',
      'Hội trường hội nghị',
      'Điện thoại mở trang dịch vụ công',
    ]);
    // Every large picture is a file of the site, optimised (never the camera original).
    for (const a of links) {
      expect(a.getAttribute('href')).toMatch(/^\/_astro\/.+\.webp$/);
      expect(exists(dist, a.getAttribute('href')!)).toBe(true);
    }
    expect([...album.querySelectorAll('[data-photo-grid] figcaption')].map(text)).toEqual(['Quầy tiếp nhận hồ sơ.', 'Nộp hồ sơ trên điện thoại.']);
    expect(album.querySelector('[data-photo-grid] picture source[type="image/avif"]')).not.toBeNull();
    // The viewer is a closed dialog until JavaScript opens it.
    expect(album.querySelector('dialog.photo-viewer')!.hasAttribute('open')).toBe(false);
  });

  it('plays a video file with its captions and poster, and links a video elsewhere without a frame', () => {
    const album = page(dist, `/thu-vien/${ALBUM}/`);
    const video = album.querySelector('video')!;
    expect(video.getAttribute('poster')).toBe('/files/video/mot-cua-dien-tu.jpg');
    expect(video.querySelector('source')!.getAttribute('src')).toBe('/files/video/mot-cua-dien-tu.webm');
    expect(video.querySelector('source')!.getAttribute('type')).toBe('video/webm');
    const track = video.querySelector('track')!;
    expect([track.getAttribute('kind'), track.getAttribute('src'), track.getAttribute('srclang')]).toEqual([
      'captions',
      '/files/video/mot-cua-dien-tu.vtt',
      'vi',
    ]);
    for (const path of ['/files/video/mot-cua-dien-tu.webm', '/files/video/mot-cua-dien-tu.vtt', '/files/video/mot-cua-dien-tu.jpg'])
      expect(exists(dist, path)).toBe(true);
    expect(text(album.querySelector('a[href="https://truyenhinh.example.vn/phong-su-mot-cua"]'))).toBe('Xem video tại truyenhinh.example.vn');
    expect(album.querySelector('iframe')).toBeNull();
  });

  it('lists the published albums with their counts, leaves drafts out, and an article shows its album', () => {
    const list = page(dist, '/thu-vien/');
    expect([...list.querySelectorAll('.album-list .title a')].map((a) => a.getAttribute('href'))).toEqual([`/thu-vien/${ALBUM}/`]);
    expect(text(list.querySelector('.album-list .meta'))).toBe('10/11/2026 · 3 ảnh, 2 video');
    expect(exists(dist, '/thu-vien/album-nhap/')).toBe(false);
    const article = page(dist, `/tin-tuc/${ARTICLE}/`);
    expect(article.querySelectorAll('.article-album [data-photo-grid] a[data-photo]')).toHaveLength(3);
    expect(article.querySelector(`.article-album a[href="/thu-vien/${ALBUM}/"]`)).not.toBeNull();
  });

  it('is searchable as its kind, in the menu, the sitemap and the feed', () => {
    expect(readFileSync(join(dist, 'thu-vien', ALBUM, 'index.html'), 'utf8')).toContain('data-pagefind-filter="kind:Thư viện ảnh, video"');
    expect([...page(dist, '/').querySelectorAll('header nav a')].map((a) => a.getAttribute('href'))).toContain('/thu-vien/');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/thu-vien/${ALBUM}/</loc>`);
    expect(sitemap).not.toContain('/thu-vien/album-nhap/');
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain(`/thu-vien/${ALBUM}/</link>`);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page, text } from '../support/dist.ts';

// The fixture portal's drafts (tests/fixtures/portal/src/content/du-thao/): one closed in 2025
// with its summary and the document issued, one open until 2099, one opening in 2099. The state on either side of
// a closing day, at a fixed clock, is in consultation-clock.test.ts.
const dist = inject('dist');
const CLOSED = 'du-thao-quy-che-da-het-han';
const UPCOMING = 'du-thao-sap-lay-y-kien';
const OPEN = 'du-thao-dang-lay-y-kien';
const hrefs = (root: ReturnType<typeof page>, selector: string) => [...root.querySelectorAll(selector)].map((a) => a.getAttribute('href'));

describe('drafts for comment (Lấy ý kiến dự thảo)', () => {
  it('once closed show what was received and the document finally issued, and take no more comments', () => {
    const closed = page(dist, `/du-thao/${CLOSED}/`);
    expect(text(closed.querySelector('h1'))).toBe('Dự thảo Kế hoạch cải cách hành chính năm 2026');
    expect(text(closed.querySelector('.status'))).toBe('Đã hết hạn lấy ý kiến Đã nhận góp ý đến hết ngày 05/12/2025.');
    expect([...closed.querySelectorAll('dl.facts dt, dl.facts dd')].map(text)).toEqual([
      'Số ký hiệu',
      'KH-DT/2025',
      'Cơ quan soạn thảo',
      'Sở Nội vụ',
      'Thời gian lấy ý kiến',
      'từ ngày 20/11/2025 đến hết ngày 05/12/2025',
    ]);
    const result = closed.querySelector('section.result')!;
    expect([...result.querySelectorAll('p')].map(text)).toEqual([
      'Nhận 46 ý kiến, tiếp thu 39 ý kiến.',
      'Bảy ý kiến không tiếp thu được giải trình.',
      'Văn bản đã ban hành: Kế hoạch số 4210/KH-UBND – Kế hoạch cải cách hành chính nhà nước năm 2026 của tỉnh Lai Châu',
    ]);
    expect(hrefs(result, 'a')).toEqual(['/van-ban/ke-hoach-cai-cach-hanh-chinh-nam-2026/']);
    expect(hrefs(closed, 'a[download]')).toEqual(['/files/du-thao/du-thao-quy-che.pdf']);
    expect(text(closed.querySelector('a[download]')!.parentNode as never)).toMatch(/^Toàn văn dự thảo \(PDF, [\d,]+ KB\)$/);
    expect(closed.querySelector('.send-feedback')).toBeNull();
  });

  it('while open take comments by mail, with the draft and its deadline in the mail, or by the office’s form', () => {
    const open = page(dist, `/du-thao/${OPEN}/`);
    expect(text(open.querySelector('.status .label'))).toBe('Đang lấy ý kiến');
    const section = open.querySelector('.send-feedback')!;
    expect(text(section.querySelector('h2'))).toBe('Gửi góp ý');
    const mail = new URL(section.querySelector('a.mail-link')!.getAttribute('href')!);
    expect(mail.searchParams.get('subject')).toBe('Góp ý dự thảo Quy định tiếp nhận hồ sơ trực tuyến (QĐ-DT/2026)');
    expect(mail.searchParams.get('body')).toContain('Hạn góp ý: hết ngày 31/12/2099');
    const form = section.querySelector('form')!;
    expect(form.getAttribute('action')).toBe('https://bieu-mau.example.gov.vn/gui');
    expect(form.querySelector('input[name="trang"]')!.getAttribute('value')).toMatch(new RegExp(`/du-thao/${OPEN}/$`));
    expect(open.querySelector('section.result')).toBeNull();
  });

  it('while open are on the home page with the notices, until their deadline', () => {
    const home = page(dist, '/');
    const line = home.querySelector('section.notices .open-consultations li')!;
    expect(text(line)).toBe('Lấy ý kiến: Dự thảo Quy định tiếp nhận hồ sơ trực tuyến (đến hết 31/12/2099)');
    expect(hrefs(home, 'section.notices .open-consultations a')).toEqual([`/du-thao/${OPEN}/`]);
  });

  it('before opening say when comments will be taken, without a way to send one yet', () => {
    const upcoming = page(dist, `/du-thao/${UPCOMING}/`);
    expect(text(upcoming.querySelector('.status'))).toBe('Sắp lấy ý kiến Bắt đầu nhận góp ý từ ngày 01/01/2099, hết ngày 31/01/2099.');
    expect(upcoming.querySelector('.send-feedback')).toBeNull();
    expect(upcoming.querySelector('section.result')).toBeNull();
    expect(text(upcoming.querySelector('p.callout'))).toBe('Cách gửi góp ý sẽ có tại trang này từ ngày 01/01/2099.');
  });

  it('are listed newest opening first with their state, searchable as their kind, in the sitemap and the feed', () => {
    const list = page(dist, '/du-thao/');
    expect(hrefs(list, '.consultation-list .title a')).toEqual([`/du-thao/${UPCOMING}/`, `/du-thao/${OPEN}/`, `/du-thao/${CLOSED}/`]);
    expect([...list.querySelectorAll('.consultation-list .label')].map(text)).toEqual(['Sắp lấy ý kiến', 'Đang lấy ý kiến', 'Đã hết hạn lấy ý kiến']);
    expect(text(list.querySelector('p.muted'))).toContain('1 dự thảo đang lấy ý kiến');
    expect(readFileSync(join(dist, 'du-thao', CLOSED, 'index.html'), 'utf8')).toContain('data-pagefind-filter="kind:Dự thảo"');
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(`/du-thao/${CLOSED}/</loc>`);
    expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain(`/du-thao/${CLOSED}/</link>`);
  });
});

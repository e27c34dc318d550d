import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page, text } from '../support/dist.ts';

// The fixture portal's questions (tests/fixtures/portal/src/content/hoi-dap/): two in "Dịch vụ
// công" (one with a short title, the question in two paragraphs, asker and a document), one in
// "Chỉ số CCHC" without a title; its config sets a form service (feedback.endpoint).
const dist = inject('dist');
const TITLED = 'tra-cuu-ho-so-truc-tuyen';
const UNTITLED = 'chi-so-cham-the-nao';
const OLDEST = 'hoi-them-ve-dich-vu-cong';
const ENDPOINT = 'https://bieu-mau.example.gov.vn/gui';
const hrefs = (root: ReturnType<typeof page>, selector: string) => [...root.querySelectorAll(selector)].map((a) => a.getAttribute('href'));
const mailParams = (href: string) => new URL(href).searchParams;

describe('questions and answers (Hỏi đáp)', () => {
  it('each have a page: the question and who asked, the answer and who answered, the documents', () => {
    const question = page(dist, `/hoi-dap/${TITLED}/`);
    expect(text(question.querySelector('h1'))).toBe('Tra cứu hồ sơ đã nộp trực tuyến ở đâu?');
    const asked = question.querySelector('section.asked')!;
    expect(text(asked.querySelector('.byline'))).toBe('Ông T., xã Bình Lư · hỏi ngày 02/11/2026');
    expect([...asked.querySelectorAll('p:not(.byline)')].map(text)).toEqual([
      'Tôi đã nộp hồ sơ trên Cổng Dịch vụ công.',
      'Làm sao biết hồ sơ đang ở bước nào?',
    ]);
    const answer = question.querySelector('section.answer')!;
    expect(text(answer.querySelector('.byline'))).toBe('Sở Nội vụ trả lời ngày 05/11/2026');
    expect(text(answer.querySelector('.body'))).toContain('Quản lý hồ sơ đã nộp');
    expect(hrefs(question, '.related-documents a')).toEqual(['/van-ban/cong-van-1520-snv-cchc-2026/']);
    expect(hrefs(question, 'nav.breadcrumbs a')).toEqual(['/', '/hoi-dap/', '/hoi-dap/linh-vuc/dich-vu-cong/']);
    // Without a short title the question is the heading.
    expect(text(page(dist, `/hoi-dap/${UNTITLED}/`).querySelector('h1'))).toBe('Chỉ số cải cách hành chính của xã được chấm thế nào?');
  });

  it('are listed newest answer first, with the fields and their counts', () => {
    const list = page(dist, '/hoi-dap/');
    expect(hrefs(list, '.question-list .title a')).toEqual([`/hoi-dap/${UNTITLED}/`, `/hoi-dap/${TITLED}/`, `/hoi-dap/${OLDEST}/`]);
    expect([...list.querySelectorAll('nav.fields li')].map(text)).toEqual(['Chỉ số CCHC (1)', 'Dịch vụ công (2)']);
    const field = page(dist, '/hoi-dap/linh-vuc/dich-vu-cong/');
    expect(text(field.querySelector('h1'))).toBe('Hỏi đáp: Dịch vụ công');
    expect(hrefs(field, '.question-list .title a')).toEqual([`/hoi-dap/${TITLED}/`, `/hoi-dap/${OLDEST}/`]);
  });

  it('let a reader send a question by mail, subject and body filled in, or through the office’s form, and say how it is answered', () => {
    const list = page(dist, '/hoi-dap/');
    const section = list.querySelector('section[aria-labelledby="gui-cau-hoi"]')!;
    expect(text(section)).toContain('tên người hỏi chỉ ghi tắt kèm xã, phường');
    const mail = section.querySelector('a.mail-link')!.getAttribute('href')!;
    expect(mail.startsWith('mailto:cchc@laichau.gov.vn?')).toBe(true);
    expect(mailParams(mail).get('subject')).toMatch(/^Câu hỏi gửi /);
    expect(mailParams(mail).get('body')).toContain('Câu hỏi:');
    const form = section.querySelector('form')!;
    expect([form.getAttribute('method'), form.getAttribute('action')]).toEqual(['post', ENDPOINT]);
    expect([...form.querySelectorAll('[required]')].map((f) => f.getAttribute('name'))).toEqual(['ho_ten', 'thu_dien_tu', 'noi_dung']);
    expect(form.querySelector('input[name="chu_de"]')!.getAttribute('value')).toBe('Hỏi đáp');
    // On a field's page the mail and the form name the field.
    const field = page(dist, '/hoi-dap/linh-vuc/dich-vu-cong/');
    expect(mailParams(field.querySelector('a.mail-link')!.getAttribute('href')!).get('subject')).toBe('Câu hỏi về Dịch vụ công');
    expect(field.querySelector('input[name="chu_de"]')!.getAttribute('value')).toBe('Hỏi đáp: Dịch vụ công');
    // The site's policy lets that form post to the office's service, and nowhere else.
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain("form-action 'self' https://bieu-mau.example.gov.vn;");
  });

  it('are searchable as their own kind, in the menu, the sitemap and the feed', () => {
    const html = readFileSync(join(dist, 'hoi-dap', TITLED, 'index.html'), 'utf8');
    expect(html).toContain('data-pagefind-filter="kind:Hỏi đáp"');
    expect(html).toContain('data-pagefind-body');
    expect(hrefs(page(dist, '/'), 'header nav a')).toContain('/hoi-dap/');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const path of [`/hoi-dap/${TITLED}/`, '/hoi-dap/linh-vuc/chi-so-cchc/']) expect(sitemap).toContain(`${path}</loc>`);
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain(`/hoi-dap/${TITLED}/</link>`);
    expect(feed).toMatch(/<category>Hỏi đáp<\/category>/);
  });
});

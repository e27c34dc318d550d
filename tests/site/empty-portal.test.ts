import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { allFiles, exists, page, text } from '../support/dist.ts';
import { brokenLinks } from '../support/links.ts';
import { PROJECT } from '../support/fixture-portal.ts';
import { buildSite, prepareSite, shellEnv } from '../support/site-build.ts';

let root: string;
let dist: string;
let initOutput: string;
let buildOutput: string;

// A province starting out: `npm run init` run on a fresh copy (the fixture portal, marked as a
// sample like the project's own), then built as it is.
beforeAll(async () => {
  root = await prepareSite('empty');
  const init = spawnSync(join(PROJECT, 'node_modules/.bin/node'), ['scripts/init.ts', 'Hà Giang'], { cwd: root, encoding: 'utf8', env: shellEnv() });
  initOutput = init.stdout + init.stderr;
  if (init.status !== 0) throw new Error(initOutput);
  const result = await buildSite(root);
  buildOutput = result.output;
  if (result.code !== 0) throw new Error(result.output);
  dist = join(root, 'dist');
}, 180_000);

describe('a new portal made by npm run init', () => {
  it('builds, saying in Vietnamese how many config fields remain to fill in, and nothing in English', () => {
    expect(initOutput).toContain('Đã tạo trang trống cho tỉnh Hà Giang.');
    expect(buildOutput).toMatch(
      /0 bài viết, 0 văn bản, 0 năm kết quả; [\d,]+ giây\): không có lỗi\. 11 mục cấu hình chưa điền \(portal\.config\.json\): xem npm run check\./,
    );
    expect(buildOutput).not.toMatch(/base directory|does not exist/);
  });

  it('shows the province, and each section says it has nothing yet', () => {
    const home = page(dist, '/');
    expect(text(home.querySelector('.site-header'))).toContain('Hà Giang');
    expect(text(home.querySelector('main'))).toContain('Chưa có bài viết nào.');
    expect(text(page(dist, '/tin-tuc/').querySelector('main'))).toContain('Chưa có bài viết nào.');
    expect(text(page(dist, '/van-ban/').querySelector('main'))).toContain('Chưa có văn bản nào được đăng trên trang.');
    expect(text(page(dist, '/chi-so-cchc/').querySelector('main'))).toContain('Chưa có kết quả đánh giá nào được đăng.');
    expect(text(page(dist, '/du-lieu/').querySelector('main'))).toContain('Chưa có dữ liệu nào.');
    expect(text(page(dist, '/lien-ket/').querySelector('main'))).toContain('Chưa có liên kết nào.');
  });

  it('leaves out what the office has not filled in yet, instead of empty labels and links', () => {
    for (const path of ['/', '/gioi-thieu/', '/en/', '/lien-ket/']) {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      expect(html, path).not.toMatch(/href="(mailto:|tel:)?"|<dd>\s*<\/dd>/);
      expect(text(page(dist, path).querySelector('footer')), path).not.toMatch(/Địa chỉ|Điện thoại|Thư điện tử|Address|Telephone/);
    }
    expect(page(dist, '/gioi-thieu/').querySelector('#lanh-dao')).toBeNull();
    expect(page(dist, '/').querySelector('.procedures')).toBeNull();
  });

  it('keeps every menu link and every other link working, in valid HTML', async () => {
    for (const href of page(dist, '/')
      .querySelectorAll('nav.menu a')
      .map((a) => a.getAttribute('href')!)) {
      expect(exists(dist, href), href).toBe(true);
    }
    const config = JSON.parse(readFileSync(join(root, 'portal.config.json'), 'utf8'));
    expect(brokenLinks(dist, config.site, '/')).toEqual([]);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of allFiles(dist).filter((f) => f.endsWith('.html'))) {
      const report = await validator.validateFile(join(dist, file));
      for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});

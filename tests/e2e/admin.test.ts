import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../support/browser.ts';
import { documentSlug } from '../../src/lib/scaffold/document.ts';
import { slugFromTitle } from '../../src/lib/scaffold/slug.ts';
import { PROJECT, prepareSite, shellEnv } from '../support/site-build.ts';

const baseUrl = inject('baseUrl');
const PORT = 43_500 + Math.floor(Math.random() * 400);
let root: string;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;

/**
 * The web editor, driven as an editor would: the built /admin/ page against decap-server,
 * Decap's local backend, which writes into a copy of the project (no network, no account).
 */
beforeAll(async () => {
  root = await prepareSite('admin');
  server = spawn(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...shellEnv(), PORT: String(PORT), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, MODE: 'fs', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    const up = await fetch(`http://127.0.0.1:${PORT}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"info"}',
    }).then(
      () => true,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  browser = await launchChromium();
  if (browser) {
    page = await (await browser.newContext({ timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
    // The built config points at decap-server's usual port; this run's server has its own.
    await page.route('**/admin/config.yml', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace('local_backend: true', `local_backend:\n  url: http://127.0.0.1:${PORT}/api/v1`);
      await route.fulfill({ response, body: text });
    });
  }
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe.skipIf(process.env.CI !== 'true' && !existsSync(CHROMIUM))('the web editor at /admin/', () => {
  it('creates an article, as a draft, in a file that passes npm run check', async () => {
    await page.goto(`${baseUrl}/admin/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.goto(`${baseUrl}/admin/#/collections/news/new`);
    await page.getByLabel('Tiêu đề').fill('Đoàn kiểm tra CCHC làm việc tại xã Sì Lở Lầu');
    await page.getByLabel('Ngày giờ đăng (giờ Việt Nam)').fill('2026-11-20T09:30');
    await page.getByLabel('Chuyên mục').click();
    await page.getByRole('option', { name: 'Tin tức sự kiện' }).click();
    await page.getByLabel('Tóm tắt (không bắt buộc)').fill('Đoàn kiểm tra công tác cải cách hành chính năm 2026 làm việc tại xã.');
    // The article components of SPEC 12 have buttons of their own, with the data's choices.
    const components = await page.evaluate(() => {
      type Field = { name: string; options?: unknown[] };
      const cms = (window as unknown as { CMS: { getEditorComponents(): Map<string, { fields: { toJS(): Field[] } }> } }).CMS;
      // Decap keeps a component's fields as an Immutable list.
      return [...cms.getEditorComponents()].map(([id, c]) => [
        id,
        c.fields
          .toJS()
          .map((f) => `${f.name}:${f.options?.length ?? '-'}`)
          .join(' '),
      ]);
    });
    expect(Object.fromEntries(components)).toMatchObject({
      ChiSo: expect.stringMatching(/^donVi:[1-9]\d* nam:[1-9]\d*$/),
      BieuDo: expect.any(String),
      VanBan: expect.stringMatching(/^so:[1-9]/),
    });
    const body = page.locator('[role="textbox"][contenteditable="true"]').first();
    await body.click();
    await page.keyboard.type('Sáng 20/11, đoàn kiểm tra của tỉnh làm việc với Ủy ban nhân dân xã.');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();

    // The name npm run new gives the same title.
    expect(slugFromTitle('Đoàn kiểm tra CCHC làm việc tại xã Sì Lở Lầu')).toBe('doan-kiem-tra-cchc-lam-viec-tai-xa-si-lo-lau');
    const file = join(root, 'src/content/news/doan-kiem-tra-cchc-lam-viec-tai-xa-si-lo-lau.mdx');
    for (let i = 0; i < 50 && !existsSync(file); i++) await page.waitForTimeout(200);
    expect(readdirSync(join(root, 'src/content/news')).filter((name) => name.startsWith('doan-kiem-tra'))).toEqual([
      'doan-kiem-tra-cchc-lam-viec-tai-xa-si-lo-lau.mdx',
    ]);
    const written = readFileSync(file, 'utf8');
    expect(written).toMatch(/^---\n/);
    expect(written).toContain('title: Đoàn kiểm tra CCHC làm việc tại xã Sì Lở Lầu');
    expect(written).toMatch(/date: ["']?2026-11-20T09:30:00["']?\n/);
    expect(written).toContain('category: tin-tuc-su-kien');
    expect(written).toContain('draft: true');
    expect(written).toContain('Sáng 20/11, đoàn kiểm tra của tỉnh làm việc với Ủy ban nhân dân xã.');

    // The editors' own check accepts it; a draft is listed as not yet published.
    const check = spawnSync(join(PROJECT, 'node_modules/.bin/node'), ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: shellEnv() });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('doan-kiem-tra-cchc-lam-viec-tai-xa-si-lo-lau');
  });

  it('inserts a computed figure from the body’s component menu, with the data’s choices, in a file that passes npm run check', async () => {
    await page.goto(`${baseUrl}/admin/#/collections/news/new`);
    await page.reload();
    await page.getByLabel('Tiêu đề').fill('Kết quả xếp loại các sở năm 2023');
    await page.getByLabel('Chuyên mục').click();
    await page.getByRole('option', { name: 'Tin tức sự kiện' }).click();
    const body = page.locator('[role="textbox"][contenteditable="true"]').first();
    await body.click();
    await page.keyboard.type('Kết quả xếp loại các sở, ban, ngành:');
    // The toolbar speaks Vietnamese too (Decap's own Vietnamese has no words for it).
    await page.getByRole('button', { name: 'Chèn thành phần' }).click();
    await page.getByRole('menuitem', { name: 'Số đơn vị và tỷ lệ từng loại của một nhóm' }).click();
    // Selects offer what data/ holds: a year, then a group, picked rather than typed.
    await page.getByLabel('Năm đánh giá').click();
    await page.getByRole('option', { name: '2023', exact: true }).click();
    await page.getByLabel('Nhóm').click();
    await page.getByRole('option', { name: /\(so\)$/ }).click();
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();

    const file = join(root, 'src/content/news/ket-qua-xep-loai-cac-so-nam-2023.mdx');
    for (let i = 0; i < 50 && !existsSync(file); i++) await page.waitForTimeout(200);
    expect(readFileSync(file, 'utf8')).toContain('<XepLoai nam="2023" nhom="so" />');
    const check = spawnSync(join(PROJECT, 'node_modules/.bin/node'), ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: shellEnv() });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('files a document under the name npm run new would give it', async () => {
    // A fresh load, as when an editor opens the link (the app keeps the sign-in).
    await page.goto(`${baseUrl}/admin/#/collections/documents/new`);
    await page.reload();
    await page.getByLabel('Trích yếu (tên văn bản)').fill('Kế hoạch kiểm tra công tác cải cách hành chính năm 2027');
    await page.getByLabel('Số ký hiệu').fill('15/KH-UBND');
    await page.getByLabel('Loại văn bản').click();
    await page.getByRole('option', { name: 'Kế hoạch' }).click();
    await page.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Lai Châu');
    await page.getByLabel('Ngày ban hành').fill('2026-11-20');
    await page.getByRole('button', { name: 'Công bố' }).click();
    await page.getByText('Công bố ngay').click();

    expect(documentSlug('15/KH-UBND', 2026)).toBe('ke-hoach-15-kh-ubnd-2026');
    const file = join(root, 'src/content/documents/ke-hoach-15-kh-ubnd-2026.mdx');
    for (let i = 0; i < 50 && !existsSync(file); i++) await page.waitForTimeout(200);
    expect(readdirSync(join(root, 'src/content/documents')).filter((name) => name.includes('15-kh-ubnd'))).toEqual(['ke-hoach-15-kh-ubnd-2026.mdx']);
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('number: 15/KH-UBND');
    expect(written).toContain('type: ke-hoach');
    expect(written).toMatch(/issued: ["']?2026-11-20["']?\n/);
    expect(written).toContain('draft: true');
    const check = spawnSync(join(PROJECT, 'node_modules/.bin/node'), ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: shellEnv() });
    expect(check.status, check.stdout + check.stderr).toBe(0);
  });

  it('is never a search result', async () => {
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('trình soạn thảo web')}`);
    await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('search-status')?.textContent ?? ''));
    const urls = await page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.filter((url) => url.startsWith('/admin/'))).toEqual([]);
  });
});

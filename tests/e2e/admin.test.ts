import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../support/browser.ts';
import { documentSlug } from '../../src/lib/scaffold/document.ts';
import { slugFromTitle } from '../../src/lib/scaffold/slug.ts';
import { buildSite, PROJECT, prepareSite, shellEnv } from '../support/site-build.ts';

const baseUrl = inject('baseUrl');
const PORT = 43_500 + Math.floor(Math.random() * 400);
let root: string;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;

/** git in the throwaway repository; its output, trimmed. */
function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}
/** A file as a branch holds it, or undefined when it is not there. */
const onBranch = (branch: string, path: string) => {
  const result = spawnSync('git', ['show', `${branch}:${path}`], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout : undefined;
};
const check = () => spawnSync(join(PROJECT, 'node_modules/.bin/node'), ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: shellEnv() });

/** Saves the entry, which in the review workflow writes its branch and never main. */
async function save(branch: string) {
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  for (let i = 0; i < 50 && !git('branch', '--list', branch); i++) await page.waitForTimeout(200);
  await page.getByRole('button', { name: /^Trạng thái: / }).waitFor();
}
async function setStatus(status: 'Bản nháp' | 'Chờ duyệt' | 'Sẵn sàng đăng', branch: string, label: string) {
  await page.getByRole('button', { name: /^Trạng thái: / }).click();
  await page.getByRole('menuitem', { name: status, exact: true }).click();
  await page.getByRole('button', { name: `Trạng thái: ${status}` }).waitFor();
  for (let i = 0; i < 50 && git('config', '--get', `branch.${branch}.description`) !== label; i++) await page.waitForTimeout(200);
}

/**
 * The web editor, driven as an editor and a reviewer would: the built /admin/ page against
 * decap-server in git mode, Decap's local backend, on a throwaway git repository holding a copy
 * of the project (no network, no account). With the review workflow (SPEC 13) each entry lives
 * on a branch `cms/<collection>/<slug>` until a reviewer publishes it into main.
 */
beforeAll(async () => {
  root = await prepareSite('admin');
  writeFileSync(join(root, '.gitignore'), 'node_modules\ndist\n.astro\n');
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Biên tập viên');
  git('config', 'user.email', 'bien-tap@example.vn');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'Nội dung ban đầu');
  server = spawn(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'node_modules/decap-server/dist/index.js')], {
    env: { ...shellEnv(), PORT: String(PORT), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, MODE: 'git', LOG_LEVEL: 'warn' },
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
    // Decap asks before publishing; the reviewer says yes.
    page.on('dialog', (dialog) => void dialog.accept());
    // The built config points at decap-server's usual port; this run's server has its own.
    await page.route('**/admin/config.yml', async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace('local_backend: true', `local_backend:\n  url: http://127.0.0.1:${PORT}/api/v1`);
      await route.fulfill({ response, body: text });
    });
  }
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe.skipIf(process.env.CI !== 'true' && !existsSync(CHROMIUM))('the web editor at /admin/', () => {
  it('an article goes for review, not live; a reviewer approves and publishes it into main, and the next build shows it', { timeout: 240_000 }, async () => {
    const mainBefore = git('rev-parse', 'main');
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

    // The editor saves and sends it for review: a branch of its own, main untouched.
    // The name npm run new gives the same title.
    const slug = slugFromTitle('Đoàn kiểm tra CCHC làm việc tại xã Sì Lở Lầu');
    expect(slug).toBe('doan-kiem-tra-cchc-lam-viec-tai-xa-si-lo-lau');
    const branch = `cms/news/${slug}`;
    const path = `src/content/news/${slug}.mdx`;
    await save(branch);
    await setStatus('Chờ duyệt', branch, 'decap-cms/pending_review');
    expect(git('rev-parse', 'main')).toBe(mainBefore);
    expect(git('branch', '--show-current')).toBe('main');
    expect(onBranch('main', path)).toBeUndefined();
    expect(existsSync(join(root, path))).toBe(false);
    const written = onBranch(branch, path)!;
    expect(written).toMatch(/^---\n/);
    expect(written).toContain('title: Đoàn kiểm tra CCHC làm việc tại xã Sì Lở Lầu');
    expect(written).toMatch(/date: ["']?2026-11-20T09:30:00["']?\n/);
    expect(written).toContain('category: tin-tuc-su-kien');
    // The review is the gate: an approved article goes live unless held back.
    expect(written).toContain('draft: false');
    expect(written).toContain('Sáng 20/11, đoàn kiểm tra của tỉnh làm việc với Ủy ban nhân dân xã.');

    // An entry still in review is in no build of main.
    const before = await buildSite(root);
    expect(before.code, before.output).toBe(0);
    expect(existsSync(join(root, 'dist/tin-tuc', slug))).toBe(false);
    expect(readFileSync(join(root, 'dist/sitemap-0.xml'), 'utf8')).not.toContain(slug);

    // The reviewer approves and publishes: the branch is merged into main and removed.
    await setStatus('Sẵn sàng đăng', branch, 'decap-cms/pending_publish');
    await page.getByRole('button', { name: 'Đăng', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Đăng ngay' }).click();
    for (let i = 0; i < 50 && git('rev-parse', 'main') === mainBefore; i++) await page.waitForTimeout(200);
    expect(git('log', '--format=%s', '-1', 'main')).toBe(`Thêm bài viết “${slug}” (web editor)`);
    expect(git('branch', '--list', branch)).toBe('');
    expect(onBranch('main', path)).toBe(written);

    // On main it passes the editors' own check, and the next build shows it.
    const checked = check();
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    const after = await buildSite(root);
    expect(after.code, after.output).toBe(0);
    const html = readFileSync(join(root, 'dist/tin-tuc', slug, 'index.html'), 'utf8');
    expect(html).toContain('Đoàn kiểm tra CCHC làm việc tại xã Sì Lở Lầu');
    expect(html).toContain('Sáng 20/11, đoàn kiểm tra của tỉnh làm việc với Ủy ban nhân dân xã.');
  });

  it('inserts a computed figure from the body’s component menu, with the data’s choices', async () => {
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
    await save('cms/news/ket-qua-xep-loai-cac-so-nam-2023');
    expect(onBranch('cms/news/ket-qua-xep-loai-cac-so-nam-2023', 'src/content/news/ket-qua-xep-loai-cac-so-nam-2023.mdx')).toContain(
      '<XepLoai nam="2023" nhom="so" />',
    );
  });

  it('files a document for review under the name npm run new would give it', async () => {
    // A fresh load, as when an editor opens the link (the app keeps the sign-in).
    await page.goto(`${baseUrl}/admin/#/collections/documents/new`);
    await page.reload();
    await page.getByLabel('Trích yếu (tên văn bản)').fill('Kế hoạch kiểm tra công tác cải cách hành chính năm 2027');
    await page.getByLabel('Số ký hiệu').fill('15/KH-UBND');
    await page.getByLabel('Loại văn bản').click();
    await page.getByRole('option', { name: 'Kế hoạch' }).click();
    await page.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân tỉnh Lai Châu');
    await page.getByLabel('Ngày ban hành').fill('2026-11-20');
    expect(documentSlug('15/KH-UBND', 2026)).toBe('ke-hoach-15-kh-ubnd-2026');
    await save('cms/documents/ke-hoach-15-kh-ubnd-2026');
    expect(
      git('ls-tree', '-r', '--name-only', 'cms/documents/ke-hoach-15-kh-ubnd-2026')
        .split('\n')
        .filter((name) => name.includes('15-kh-ubnd')),
    ).toEqual(['src/content/documents/ke-hoach-15-kh-ubnd-2026.mdx']);
    const written = onBranch('cms/documents/ke-hoach-15-kh-ubnd-2026', 'src/content/documents/ke-hoach-15-kh-ubnd-2026.mdx')!;
    expect(written).toContain('number: 15/KH-UBND');
    expect(written).toContain('type: ke-hoach');
    expect(written).toMatch(/issued: ["']?2026-11-20["']?\n/);
    expect(written).toContain('draft: false');
    expect(onBranch('main', 'src/content/documents/ke-hoach-15-kh-ubnd-2026.mdx')).toBeUndefined();
  });

  it('is never a search result', async () => {
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent('trình soạn thảo web')}`);
    await page.waitForFunction(() => /^(Tìm thấy|Không tìm thấy)/.test(document.getElementById('search-status')?.textContent ?? ''));
    const urls = await page.$$eval('#search-results a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.filter((url) => url.startsWith('/admin/'))).toEqual([]);
  });
});

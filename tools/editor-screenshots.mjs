// Screenshots of the web editor for the editors' guide (docs/images/bien-tap-web-*.png).
// Usage: npm run build && node tools/editor-screenshots.mjs
// Decap's local backend (decap-server, in git mode for the review workflow) serves a scratch git
// repository holding a copy of the content, so nothing in the project changes.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, serveDist } from './serve-dist.mjs';

const PORT = 8091;
const scratch = mkdtempSync(join(tmpdir(), 'cchc-editor-'));
cpSync('src/content', join(scratch, 'src/content'), { recursive: true });
const git = (...args) => execFileSync('git', args, { cwd: scratch, stdio: 'ignore' });
git('init', '--quiet', '--initial-branch=main');
git('add', '--all');
git('-c', 'user.name=Biên tập', '-c', 'user.email=bien-tap@example.vn', 'commit', '--quiet', '-m', 'Nội dung');
const server = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
  env: { ...process.env, PORT: String(PORT), BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: scratch, MODE: 'git', LOG_LEVEL: 'warn' },
  stdio: 'inherit',
});
await new Promise((resolve) => setTimeout(resolve, 1500));
const { base, close } = await serveDist('dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'Asia/Ho_Chi_Minh' });
await page.route('**/admin/config.yml', async (route) => {
  const response = await route.fetch();
  const body = (await response.text()).replace('local_backend: true', `local_backend:\n  url: http://127.0.0.1:${PORT}/api/v1`);
  await route.fulfill({ response, body });
});
const shot = async (name) => {
  await page.waitForTimeout(800);
  await page.screenshot({ path: `docs/images/bien-tap-web-${name}.png` });
  console.log(`docs/images/bien-tap-web-${name}.png`);
};
await page.goto(`${base}/admin/`);
await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
await shot('1-dang-nhap');
await page.getByRole('button', { name: 'Đăng nhập' }).click();
await page.getByText('Tin tức').first().waitFor();
await shot('2-danh-sach');
await page.goto(`${base}/admin/#/collections/news/new`);
await page.getByLabel('Tiêu đề').fill('Đoàn kiểm tra CCHC làm việc tại xã Sì Lở Lầu');
await page.getByLabel('Chuyên mục').click();
await page.getByRole('option', { name: 'Tin tức sự kiện' }).click();
await shot('3-bai-moi');
// A figure computed from data/, picked from the body's "Chèn thành phần" menu (SPEC 12).
await page.locator('[role="textbox"][contenteditable="true"]').first().click();
await page.keyboard.type('Kết quả xếp loại các sở, ban, ngành:');
await page.getByRole('button', { name: 'Chèn thành phần' }).click();
await page.getByRole('menuitem', { name: 'Số đơn vị và tỷ lệ từng loại của một nhóm' }).click();
await page.getByLabel('Năm đánh giá').click();
await page.getByRole('option').first().click();
await page.getByLabel('Nhóm').click();
await page.getByRole('option').first().click();
await page.getByLabel('Nhóm').scrollIntoViewIfNeeded();
await shot('3b-chen-so-lieu');
// Saved to its own branch, then sent for review from the status button (SPEC 13).
await page.getByRole('button', { name: 'Lưu', exact: true }).click();
await page.getByRole('button', { name: /^Trạng thái: / }).click();
await page.getByRole('menuitem', { name: 'Chờ duyệt' }).waitFor();
await shot('4-trang-thai');
await page.getByRole('menuitem', { name: 'Chờ duyệt' }).click();
await page.getByRole('button', { name: 'Trạng thái: Chờ duyệt' }).waitFor();
await page.goto(`${base}/admin/#/workflow`);
await page.getByText('Đoàn kiểm tra CCHC làm việc tại xã Sì Lở Lầu').first().waitFor();
await shot('5-duyet-bai');
await browser.close();
close();
server.kill();
rmSync(scratch, { recursive: true, force: true });

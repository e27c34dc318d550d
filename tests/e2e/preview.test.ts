import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES, writeFixturePhoto } from '../support/fixtures.ts';
import { PROJECT, prepareSite } from '../support/site-build.ts';

let server: ChildProcess | undefined;
let base = '';

/** `npm run dev` (scripts/dev.ts) on a copy of the site with a draft and an article scheduled a year ahead. */
beforeAll(async () => {
  const root = await prepareSite('preview', FIXTURE_ARTICLES);
  await writeFixturePhoto(root);
  // As an editor runs it, not with the test runner's environment (VITEST, NODE_ENV, MODE…):
  // Astro's dev server leaves out its page handler when it sees VITEST.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  server = spawn(
    join(PROJECT, 'node_modules/.bin/node'),
    ['scripts/dev.ts', '--host', '127.0.0.1', '--port', String(43_000 + Math.floor(Math.random() * 1000))],
    {
      cwd: root,
      env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
  });
}, 120_000);

afterAll(() => {
  server?.kill('SIGTERM');
});

const html = async (path: string) => {
  const response = await fetch(base + path);
  return { status: response.status, text: (await response.text()).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ') };
};

describe('npm run dev (preview)', () => {
  it('shows a draft with a banner saying it is not published', async () => {
    const { status, text } = await html('/tin-tuc/kiem-thu-ban-nhap/');
    expect(status).toBe(200);
    expect(text).toContain('Bản nháp: chưa đăng ở đâu cả; chỉ hiện khi xem trước (npm run dev).');
  }, 60_000);

  it('shows a scheduled article with the time it goes live', async () => {
    const { status, text } = await html('/tin-tuc/kiem-thu-hen-gio/');
    expect(status).toBe(200);
    expect(text).toMatch(/Hẹn giờ đăng \d{2}\/\d{2}\/\d{4} \d{1,2}:\d{2} (SA|CH): chưa đăng/);
  }, 60_000);

  it('labels them in the news list, and shows published articles without a banner', async () => {
    // The list is paginated, newest first: read its pages until both have been seen.
    let pages = '';
    for (let n = 1; n <= 6; n++) pages += (await html(n === 1 ? '/tin-tuc/' : `/tin-tuc/${n}/`)).text;
    expect(pages).toContain('Bản nháp kiểm thử Bản nháp');
    expect(pages).toContain('Tin hẹn giờ kiểm thử Hẹn giờ');
    const published = await html('/tin-tuc/kiem-thu-chi-co-ngay/');
    expect(published.status).toBe(200);
    expect(published.text).not.toMatch(/Bản nháp:|Hẹn giờ đăng/);
  }, 60_000);
});

describe('npm run dev with a mistake in a file', () => {
  it('lists the problem in Vietnamese and does not start, instead of stopping in English', async () => {
    const root = await prepareSite('preview-bad', {
      'src/content/news/tieu-de-loi.mdx': '---\ntitle: Hội nghị: tổng kết\ndate: 2020-01-01\ncategory: tin-tuc-su-kien\n---\nNội dung.\n',
    });
    const result = spawnSync(join(PROJECT, 'node_modules/.bin/node'), ['scripts/dev.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toContain(
      'src/content/news/tieu-de-loi.mdx:2: title: giá trị có dấu hai chấm (:) mà không đặt trong ngoặc kép: viết title: "Hội nghị: tổng kết".',
    );
    expect(result.stderr).toContain('Chưa mở được bản xem trước');
    expect(result.stdout + result.stderr).not.toMatch(/Stack|\n\s+at /);
  }, 60_000);
});

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { page, text } from '../support/dist.ts';
import { article, buildSite, prepareSite } from '../support/site-build.ts';

// "Cập nhật lần cuối" from git (SPEC 13): a copy of the project in a repository of its own,
// committed on given days, then built.
let root: string;
let dist: string;
let buildOutput: string;
let documents: string[];

function git(args: string[], date?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Biên tập',
    GIT_AUTHOR_EMAIL: 'b@example.vn',
    GIT_COMMITTER_NAME: 'Biên tập',
    GIT_COMMITTER_EMAIL: 'b@example.vn',
  };
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', env: date ? { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : env });
  if (result.status !== 0) throw new Error(result.stderr);
}
const post = (title: string, body: string) => article({ title, date: '2026-11-02T09:00:00', category: 'tin-tuc-su-kien' }, body);
const EDITED = 'src/content/news/bai-da-sua.mdx';
const SAME = 'src/content/news/bai-giu-nguyen.mdx';

beforeAll(async () => {
  root = await prepareSite('last-updated', {
    [EDITED]: post('Bài được sửa sau khi đăng', 'Nội dung lúc đăng.'),
    [SAME]: post('Bài giữ nguyên', 'Nội dung không đổi.'),
    '.gitignore': 'node_modules\ndist\n.astro\n',
  });
  git(['init', '--quiet', '--initial-branch=main']);
  git(['add', '--all']);
  // Committed days after the posting date, as imported content is: adding a file is not updating it.
  git(['commit', '--quiet', '-m', 'Đăng bài'], '2026-11-05T10:00:00+07:00');
  writeFileSync(join(root, EDITED), post('Bài được sửa sau khi đăng', 'Nội dung đã sửa lỗi chính tả.'));
  // The fixture's first document gets a corrected body; the second is left as added.
  documents = readdirSync(join(root, 'src/content/documents'))
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const changed = join(root, 'src/content/documents', documents[0]!);
  writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nĐã đính chính một lỗi đánh máy.\n`);
  git(['commit', '--quiet', '-am', 'Sửa bài'], '2026-11-20T15:05:00+07:00');
  const built = await buildSite(root);
  buildOutput = built.output;
  if (built.code !== 0) throw new Error(built.output);
  dist = join(root, 'dist');
}, 180_000);

describe('the last update of a document', () => {
  it('is listed with its facts where its file was modified after it was added, and not otherwise', () => {
    const slug = (file: string) => file.replace(/\.mdx$/, '');
    const changed = page(dist, `/van-ban/${slug(documents[0]!)}/`);
    const facts = [...changed.querySelectorAll('.facts dt')].map((dt) => text(dt));
    expect(facts).toContain('Cập nhật lần cuối');
    expect(changed.querySelector('.facts .updated time')?.getAttribute('datetime')).toBe('2026-11-20T15:05:00+07:00');
    const same = page(dist, `/van-ban/${slug(documents[1]!)}/`);
    expect(same.querySelector('.facts .updated')).toBeNull();
  });
});

describe('the last update of an article', () => {
  it('shows on its page, with the time of the commit, where it came on a later day than the posting', () => {
    const doc = page(dist, '/tin-tuc/bai-da-sua/');
    const byline = text(doc.querySelector('.byline'));
    expect(byline).toContain('Ngày đăng: 02/11/2026 9:00 SA');
    expect(byline).toContain('Cập nhật lần cuối: 20/11/2026 3:05 CH');
    expect(doc.querySelector('.byline .updated time')?.getAttribute('datetime')).toBe('2026-11-20T15:05:00+07:00');
    const json = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect([json].flat().find((item: { '@type': string }) => item['@type'] === 'NewsArticle')).toMatchObject({
      datePublished: '2026-11-02T09:00:00+07:00',
      dateModified: '2026-11-20T15:05:00+07:00',
    });
  });

  it('is left out where the file was only added (its posting), whatever the day of the commit', () => {
    const doc = page(dist, '/tin-tuc/bai-giu-nguyen/');
    expect(text(doc.querySelector('.byline'))).not.toContain('Cập nhật');
    expect(doc.querySelector('.updated')).toBeNull();
  });

  it('gives the sitemap its lastmod: the change, else the posting date', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const lastmod = (path: string) => new RegExp(`<loc>[^<]*${path}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap)?.[1];
    expect(new Date(lastmod('/tin-tuc/bai-da-sua/')!).toISOString()).toBe('2026-11-20T08:05:00.000Z');
    expect(new Date(lastmod('/tin-tuc/bai-giu-nguyen/')!).toISOString()).toBe('2026-11-02T02:00:00.000Z');
    expect(buildOutput).not.toContain('shallow');
  });
});

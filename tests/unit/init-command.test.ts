import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allFiles } from '../support/dist.ts';
import { check, copyProject, edit, removeCopies, runScript } from '../support/project-copy.ts';

// `npm run init` on a copy of the fixture portal, which, like the sample, says "sample": true.
const init = (root: string, ...args: string[]) => runScript(root, 'init.ts', args);
const files = (root: string) => allFiles(root).sort();
afterEach(removeCopies);

describe('npm run init -- "<tên tỉnh>"', () => {
  it('removes the sample content, keeps categories and logo, writes the province into the config', () => {
    const root = copyProject();
    const result = init(root, 'Hà Giang');
    expect(result.status, result.output).toBe(0);
    expect(files(root)).toEqual(['portal.config.json', 'public/favicon.svg', 'public/logo.svg', 'src/content/categories.json']);
    const config = JSON.parse(readFileSync(join(root, 'portal.config.json'), 'utf8'));
    expect(config).toMatchObject({
      province: 'tỉnh Hà Giang',
      agency: 'Sở Nội vụ tỉnh Hà Giang',
      address: '',
      phone: '',
      email: '',
      links: [],
      editor: { repo: '' },
    });
    expect(config.about.leaders).toEqual([]);
    expect(config).not.toHaveProperty('sample');
    expect(result.output).toMatch(/^Đã tạo trang trống cho tỉnh Hà Giang\.$/m);
    expect(result.output).toMatch(/Đã xóa nội dung mẫu: \d+ bài viết, \d+ văn bản, (?:\d+ (?:thông báo|câu hỏi|dự thảo|album), )*\d+ năm kết quả/);
  });

  it('leaves a portal that passes the check, listing in Vietnamese what remains to fill in, as warnings', () => {
    const root = copyProject();
    const listed = init(root, 'thành phố Hải Phòng').lines.filter((line) => line.startsWith('portal.config.json:'));
    const checked = check(root);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toMatch(/^Lưu ý \(không phải lỗi, 11\):$/m);
    const warnings = checked.lines.filter((line) => line.startsWith('portal.config.json:'));
    expect(warnings).toEqual(listed);
    expect(warnings.map((line) => line.split(': ')[1])).toEqual([
      'responsible.name',
      'address',
      'phone',
      'email',
      'hours',
      'procedures.href',
      'links',
      'editor.repo',
      'about.leaders',
      'english.address',
      'english.hours',
    ]);
    for (const line of warnings) expect(line).toMatch(/^portal\.config\.json:\d+: [a-z.A-Z]+: chưa điền: /);
  });

  it('refuses to run twice, changing nothing', () => {
    const root = copyProject();
    init(root, 'Hà Giang');
    const config = readFileSync(join(root, 'portal.config.json'), 'utf8');
    const again = init(root, 'Cao Bằng');
    expect(again.status).toBe(1);
    expect(again.output).toContain('portal.config.json: không có "sample": true');
    expect(again.output).toContain('Lệnh không xóa gì.');
    expect(readFileSync(join(root, 'portal.config.json'), 'utf8')).toBe(config);
  });

  it('refuses a portal with content of its own, deleting none of it', () => {
    const root = copyProject();
    edit(root, 'portal.config.json', (text) => text.replace(/\s*"sample": true,/, ''));
    const before = files(root);
    const result = init(root, 'Hà Giang');
    expect(result.status).toBe(1);
    expect(result.output).not.toMatch(/^\s+at |Error:/m);
    expect(files(root)).toEqual(before);
    expect(readdirSync(join(root, 'src/content/news')).length).toBeGreaterThan(0);
  });

  it('says how to call it when the province is missing, and touches nothing', () => {
    const root = copyProject();
    for (const args of [[], [''], ['Hà', 'Giang']]) {
      const result = init(root, ...args);
      expect(result.status).toBe(1);
      expect(result.output).toContain('Cách dùng: npm run init -- "<tên tỉnh>"');
    }
    expect(existsSync(join(root, 'data/units.json'))).toBe(true);
  });
});

import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { check, copyProject, removeCopies, runScript } from '../support/project-copy.ts';

// The real `npm run import -- news` on a copy of the fixture portal, with pages saved from an
// old portal (tests/fixtures/old-portal: written for these tests, with their pictures' folders).
afterAll(removeCopies);
const OLD_PORTAL = fileURLToPath(new URL('../fixtures/old-portal', import.meta.url));
const NEWS = 'src/content/news';

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at |Error:|node:internal/m);
const frontmatter = (text: string) => Object.fromEntries([...text.split('---')[1]!.matchAll(/^(\w+):\s*(.*)$/gm)].map((m) => [m[1], m[2]]));

function portalWithPages() {
  const root = copyProject();
  cpSync(OLD_PORTAL, join(root, 'trang-cu'), { recursive: true });
  const categories = JSON.parse(readFileSync(join(root, 'src/content/categories.json'), 'utf8')) as Array<{ id: string }>;
  const before = new Set(readdirSync(join(root, NEWS)));
  return {
    root,
    categories,
    created: () =>
      readdirSync(join(root, NEWS))
        .filter((f) => !before.has(f) && f.endsWith('.md'))
        .sort(),
  };
}

describe('npm run import -- news', { timeout: 60_000 }, () => {
  it('turns a folder of saved pages into draft articles that pass the check, and lists what to review', () => {
    const { root, categories, created } = portalWithPages();
    const category = categories.at(-1)!.id;
    const result = runScript(root, 'import.ts', ['news', 'trang-cu', '--chuyen-muc', category]);
    noStackTrace(result.output);
    expect(result.status, result.output).toBe(0);
    const files = created();
    expect(files).toHaveLength(3);
    expect(result.output).toContain(`Đã nhập 3 bài (bản nháp, chuyên mục ${category}):`);
    expect(result.output).toContain('Không nhập được 1 trang:\n  trang-cu/dang-nhap.html: không thấy tiêu đề bài');
    expect(result.output).toContain('date lấy từ dòng "Thứ bảy 22/1/2022" ở đầu trang, không có giờ');
    expect(result.output).toContain('npm run check: các bài vừa nhập không có lỗi.');

    for (const file of files) {
      const fields = frontmatter(readFileSync(join(root, NEWS, file), 'utf8'));
      expect(fields.draft, file).toBe('true');
      expect(fields.category, file).toBe(category);
    }
    // The file name comes from the title; the lead picture, with its caption, is the article's image.
    const plan = readFileSync(join(root, NEWS, 'trien-khai-danh-gia-xep-loai-ket-qua-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam.md'), 'utf8');
    const fields = frontmatter(plan);
    expect(fields.date).toBe('2019-12-23T00:00:00');
    expect(fields.author).toBe('"Hoàng Lan"');
    expect(fields.image).toBe('./images/trien-khai-danh-gia-xep-loai-ket-qua-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam/anh-minh-hoa.jpg');
    expect(fields.imageAlt).toBe('"Ảnh minh họa"');
    expect(plan.split('---\n')[2]!.trimStart().startsWith('Cuối năm 2019, Ủy ban nhân dân tỉnh')).toBe(true);
    // Pictures copied beside the articles, byte for byte.
    const copied = join(root, NEWS, 'images/trien-khai-danh-gia-xep-loai-ket-qua-thuc-hien-cong-tac-cai-cach-hanh-chinh-nam/anh-minh-hoa.jpg');
    expect(readFileSync(copied).equals(readFileSync(join(OLD_PORTAL, 'trien-khai-danh-gia_files/anh-minh-hoa.jpg')))).toBe(true);
    const gallery = files.find((f) => f.startsWith('huyen-to-chuc-hoi-nghi'))!;
    expect(readdirSync(join(root, NEWS, 'images', gallery.replace(/\.md$/, ''))).sort()).toEqual(['khen-thuong.png', 'phat-bieu.jpg', 'quang-canh.jpg']);

    const checked = check(root);
    for (const file of files) expect(checked.output).not.toMatch(new RegExp(`${file}:\\d+: (?!draft)`));
  });

  it('never overwrites: a second import of the same page gets a new name, the first file untouched', () => {
    const { root, created } = portalWithPages();
    expect(runScript(root, 'import.ts', ['news', 'trang-cu/cong-bo-chi-so-2014.html']).status).toBe(0);
    const [first] = created();
    writeFileSync(join(root, NEWS, first!), 'đã sửa tay');
    const again = runScript(root, 'import.ts', ['news', 'trang-cu/cong-bo-chi-so-2014.html']);
    expect(again.status, again.output).toBe(0);
    expect(created()).toEqual([first, first!.replace(/\.md$/, '-2.md')].sort());
    expect(readFileSync(join(root, NEWS, first!), 'utf8')).toBe('đã sửa tay');
  });

  it('names a picture the page did not save, and leaves it out of the article', () => {
    const { root, created } = portalWithPages();
    writeFileSync(
      join(root, 'trang-cu/thieu-anh.html'),
      `<html><head><meta charset="utf-8"></head><body><h1>Sơ kết công tác cải cách hành chính sáu tháng đầu năm</h1><p>(Ngày đăng :05/07/2021 3:20:00 CH)</p>
      <p>${'Sáu tháng đầu năm, các cơ quan, đơn vị đã triển khai đúng tiến độ các nhiệm vụ cải cách hành chính được giao. '.repeat(4)}</p>
      <p><img src="https://cong-cu.example.vn/anh/so-ket.jpg"></p><p><em>Quang cảnh buổi sơ kết</em></p><p>Minh An</p></body></html>`,
    );
    const result = runScript(root, 'import.ts', ['news', 'trang-cu/thieu-anh.html']);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('ảnh https://cong-cu.example.vn/anh/so-ket.jpg không có trong thư mục lưu cùng trang nên đã bỏ khỏi bài');
    const text = readFileSync(join(root, NEWS, created()[0]!), 'utf8');
    expect(frontmatter(text).date).toBe('2021-07-05T15:20:00');
    expect(text).not.toContain('so-ket.jpg');
    expect(text).not.toContain('Quang cảnh buổi sơ kết');
  });

  it('refuses an unknown category or path, in Vietnamese, writing nothing', () => {
    const { root, created } = portalWithPages();
    const cases: Array<[string[], string]> = [
      [['news', 'trang-cu', '--chuyen-muc', 'khong-co'], 'Không có chuyên mục "khong-co" trong src/content/categories.json. Chọn một trong:'],
      [['news', 'khong-co-thu-muc'], 'Không thấy khong-co-thu-muc'],
      [['news', 'trang-cu/trien-khai-danh-gia_files/anh-minh-hoa.jpg'], 'chỉ đọc được trang đã lưu dạng .html hoặc .htm'],
      [['news'], 'Thiếu trang cần nhập'],
    ];
    for (const [args, message] of cases) {
      const result = runScript(root, 'import.ts', args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.output).toContain(message);
      noStackTrace(result.output);
    }
    expect(created()).toEqual([]);
  });
});

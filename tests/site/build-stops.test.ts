import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { article, buildSite, prepareSite } from '../support/site-build.ts';

describe('npm run build', () => {
  it('stops before Astro starts on a bad article, printing the check’s list and publishing nothing', async () => {
    const root = await prepareSite('bad-build', {
      // Two mistakes in two kinds of file: both are listed, in the check's form.
      'src/content/news/loi-chuyen-muc.mdx': article({ title: 'Bài có lỗi', date: '2020-01-01', category: 'tin-tuc' }, 'Đoạn có {ngoặc.'),
      'data/national/papi.json': '{ "name": "PAPI", "results": [ { "year": 2019, "score": 40, }, ] }',
    });
    const result = await buildSite(root);
    expect(result.code).toBe(1);
    const lines = result.output.split('\n');
    expect(lines).toContain('data/national/papi.json:1: (tệp): lỗi cú pháp JSON ở cột 59: thừa dấu phẩy trước dấu }: xóa dấu phẩy ở cuối mục cuối cùng.');
    expect(lines).toContain(
      'src/content/news/loi-chuyen-muc.mdx:4: category: chưa có chuyên mục "tin-tuc". Các chuyên mục: tin-tuc-su-kien, chi-dao-dieu-hanh, ket-qua-cchc, thu-tuc-hanh-chinh, chuyen-doi-so (trong src/content/categories.json).',
    );
    expect(lines).toContain(
      'src/content/news/loi-chuyen-muc.mdx:7: (nội dung): dấu { mở một biểu thức MDX: để viết dấu ngoặc nhọn, gõ \\{ và \\} (hoặc đổi tệp thành .md).',
    );
    expect(result.output).toContain('Trang chưa được dựng và không có gì được đăng');
    // Astro never ran: no output folder, no stack trace, no framework hint.
    expect(existsSync(join(root, 'dist'))).toBe(false);
    expect(result.output).not.toMatch(/\n\s+at |client:only|astro/i);
  }, 120_000);

  it('prints a few lines of progress for the fixture portal, no bundler warnings, no telemetry notice', () => {
    const output = inject('buildOutput');
    const lines = output.split('\n').filter((line) => line.trim() && !line.startsWith('>') && !/^npm (warn|notice)/.test(line));
    expect(lines, output).toEqual([
      expect.stringMatching(/^Kiểm tra nội dung \(.*\): không có lỗi\. \d+ mục chưa đăng \(bản nháp, hẹn giờ\): xem npm run check\.$/),
      expect.stringMatching(/^Dựng trang: \d+ trang HTML trong dist\/ \(/),
      expect.stringMatching(/^Chỉ mục tìm kiếm: \d+ trang trong 1 chỉ mục, 1 chỉ mục lập mới \(/),
    ]);
    expect(output).not.toMatch(/MODULE_LEVEL_DIRECTIVE|telemetry|WARN/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems/problem.ts';
import { bodyImages, checkMdxSyntax } from './body.ts';

function mdx(body: string, options?: { embeds?: boolean }) {
  const problems: Problem[] = [];
  checkMdxSyntax('a.mdx', body, problems, options);
  return problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);
}

describe('checkMdxSyntax', () => {
  it('accepts ordinary Markdown and MDX', () => {
    expect(mdx('# Tiêu đề\n\nĐoạn văn với [liên kết](/tin-tuc/).\n\n<br />\n')).toEqual([]);
  });
  it('explains a brace, a lone < and an unclosed tag, on their lines', () => {
    expect(mdx('\n\n\nĐoạn có {dấu ngoặc.\n')).toEqual([
      '4: (nội dung): dấu { mở một biểu thức MDX: để viết dấu ngoặc nhọn, gõ \\{ và \\} (hoặc đổi tệp thành .md).',
    ]);
    expect(mdx('Giá trị <5 phần trăm\n')[0]).toMatch(/^1: \(nội dung\): dấu < mở một thẻ MDX/);
    expect(mdx('Dòng một\n\nmột <br> hai\n')[0]).toMatch(/^3: \(nội dung\): thẻ <br> chưa đóng: viết <br \/>/);
  });
  it('explains an HTML comment, in Vietnamese only', () => {
    expect(mdx('Đoạn.\n\n<!-- ghi chú -->\n')).toEqual([
      '3: (nội dung): ghi chú <!-- … --> không dùng được trong tệp .mdx: viết {/* … */}, hoặc đổi tệp thành .md.',
    ]);
  });
  it('refuses what parses but cannot render in an article: an expression, a component, an import', () => {
    expect(mdx('Công thức {điểm} chia cho tổng.\n\nGhi chú {/* không hiện */} và \\{chữ\\}, `{mã}`.\n\n<Bang />\n\nimport X from "./x"\n')).toEqual([
      '1: (nội dung): dấu { mở một biểu thức MDX: để viết dấu ngoặc nhọn, gõ \\{ và \\} (hoặc đổi tệp thành .md).',
      '5: (nội dung): <Bang> không phải thẻ mà trang biết: để viết dấu "nhỏ hơn" thành chữ, gõ \\<Bang.',
      '7: (nội dung): dòng import/export là lệnh MDX, không dùng trong bài viết: xóa dòng này.',
    ]);
  });
});

describe('checkMdxSyntax with the portal’s components', () => {
  const body = 'Sở đạt <ChiSo donVi="so-noi-vu" nam={2023} /> năm nay.\n\n<BangXepHang nam="2023" nhom="so-ban-nganh" />\n';
  it('lets an article use them, braces in their props included, and still refuses others', () => {
    expect(mdx(body, { embeds: true })).toEqual([]);
    expect(mdx(`${body}\n<Bang />\n`, { embeds: true })).toEqual([expect.stringMatching(/^5: \(nội dung\): <Bang> không phải thẻ mà trang biết/)]);
    expect(mdx(`${body}\n{nam}\n`, { embeds: true })).toEqual([expect.stringMatching(/^5: \(nội dung\): dấu \{ mở một biểu thức MDX/)]);
  });
  it('tells a document’s editor they are for articles', () => {
    expect(mdx(body)).toEqual([
      '1: (nội dung): <ChiSo> chỉ dùng được trong bài viết (src/content/news/), không dùng trong văn bản.',
      '3: (nội dung): <BangXepHang> chỉ dùng được trong bài viết (src/content/news/), không dùng trong văn bản.',
    ]);
  });
});

describe('bodyImages', () => {
  it('finds local images in Markdown and HTML with their lines, not remote ones', () => {
    expect(bodyImages('a\n![Ảnh](./images/x.jpg)\n<img src="/y.png" alt="">\n![w](https://e.vn/z.jpg)')).toEqual([
      { src: './images/x.jpg', line: 2 },
      { src: '/y.png', line: 3 },
    ]);
  });
  it('leaves out examples in comments and code, keeping the lines of the rest', () => {
    const body =
      '{/*\n  ![ví dụ](./images/ten-anh.jpg)\n*/}\n<!-- ![x](./a.jpg) -->\n```\n![y](./b.jpg)\n```\nViết `![z](./c.jpg)` để chèn ảnh.\n![thật](./images/that.jpg)';
    expect(bodyImages(body)).toEqual([{ src: './images/that.jpg', line: 9 }]);
  });
});

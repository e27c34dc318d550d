import { describe, expect, it } from 'vitest';
import { articleFile, type ArticleFileInput } from './article-file.ts';

const LONG = 'Đoạn văn đủ dài của bài viết, kể lại việc đã diễn ra và kết quả đạt được. '.repeat(6).trim();
const input = (over: Partial<ArticleFileInput['article']> = {}, pictures: Array<[string, string | undefined]> = []): ArticleFileInput => ({
  article: {
    title: 'Hội nghị tổng kết',
    markdown: LONG,
    pictures: [],
    tables: 0,
    date: { date: '2020-05-28T10:13:07', text: 'Ngày đăng :28/05/2020 10:13:07 SA', dayOnly: false },
    author: 'Hoàng Lan',
    ...over,
  },
  category: 'tin-tuc-su-kien',
  pictures: new Map(pictures),
  importedAt: '2026-12-07T09:00:00',
});
const field = (text: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(text)?.[1]?.trim();

describe('articleFile', () => {
  it('writes a draft in the category, dated as the page was, with its author and source, and nothing to review', () => {
    const { text, review } = articleFile(input({ source: 'Phòng Nội vụ' }));
    expect(field(text, 'title')).toBe('"Hội nghị tổng kết"');
    expect(field(text, 'date')).toBe('2020-05-28T10:13:07');
    expect(field(text, 'category')).toBe('tin-tuc-su-kien');
    expect(field(text, 'author')).toBe('"Hoàng Lan"');
    expect(field(text, 'source')).toBe('"Phòng Nội vụ"');
    expect(field(text, 'draft')).toBe('true');
    expect(text).toMatch(/^# .* Trên trang cũ: "Ngày đăng :28\/05\/2020 10:13:07 SA"\.$\ndate: /m);
    expect(text.endsWith(`---\n\n${LONG}\n`)).toBe(true);
    expect(review).toEqual([]);
  });

  it('makes a captioned picture heading the body the article’s image, and relocates the others', () => {
    const markdown = `![Quang cảnh](a_files/a.jpg)\n\n*Quang cảnh*\n\n${LONG}\n\n![Phát biểu](a_files/b.jpg)\n\n*Phát biểu*`;
    const { text, review } = articleFile(
      input({ markdown }, [
        ['a_files/a.jpg', './images/hoi-nghi/a.jpg'],
        ['a_files/b.jpg', './images/hoi-nghi/b.jpg'],
      ]),
    );
    expect(field(text, 'image')).toBe('./images/hoi-nghi/a.jpg');
    expect(field(text, 'imageAlt')).toBe('"Quang cảnh"');
    expect(field(text, 'imageCaption')).toBe('"Quang cảnh"');
    const body = text.split('---\n')[2]!;
    expect(body.trimStart().startsWith(LONG)).toBe(true);
    expect(body).toContain('![Phát biểu](./images/hoi-nghi/b.jpg)\n\n*Phát biểu*');
    expect(review).toEqual([]);
  });

  it('leaves out a picture the page did not save, with its caption, and says so; asks for a description where none was found', () => {
    const markdown = `${LONG}\n\n![Sơ kết](https://x.vn/a.jpg)\n\n*Sơ kết*\n\n![](a_files/c.png)`;
    const { text, review } = articleFile(
      input({ markdown }, [
        ['https://x.vn/a.jpg', undefined],
        ['a_files/c.png', './images/so-ket/c.png'],
      ]),
    );
    expect(text).not.toContain('x.vn');
    expect(text).not.toContain('*Sơ kết*');
    expect(text).toContain('![](./images/so-ket/c.png)');
    expect(field(text, 'image')).toBe('');
    expect(review).toEqual([
      'ảnh https://x.vn/a.jpg không có trong thư mục lưu cùng trang nên đã bỏ khỏi bài: lưu lại trang bằng "Lưu toàn bộ trang" (Save page as, Web page complete), hoặc chép ảnh vào src/content/news/images/ rồi chèn lại.',
      'ảnh ./images/so-ket/c.png chưa có mô tả: viết mô tả ngắn trong dấu [ ] của ![](./images/so-ket/c.png).',
    ]);
  });

  it('lists what an editor should check: no date, a weekday date, a day without time, no author, tables, a short body', () => {
    expect(articleFile(input({ date: undefined })).review).toEqual([
      'không thấy ngày đăng trên trang: date tạm ghi giờ nhập bài (2026-12-07T09:00:00); sửa theo ngày đăng thật.',
    ]);
    expect(field(articleFile(input({ date: undefined })).text, 'date')).toBe('2026-12-07T09:00:00');
    expect(articleFile(input({ date: { date: '2022-01-22T00:00:00', text: 'Thứ bảy 22/1/2022', dayOnly: true } })).review).toEqual([
      'date lấy từ dòng "Thứ bảy 22/1/2022" ở đầu trang, không có giờ: có thể là ngày lưu trang chứ không phải ngày đăng; kiểm tra lại.',
    ]);
    expect(articleFile(input({ date: { date: '2022-01-22T00:00:00', text: 'Ngày đăng: 22/01/2022', dayOnly: true } })).review).toEqual([
      'trang chỉ ghi ngày ("Ngày đăng: 22/01/2022"), không có giờ: date đặt 00:00.',
    ]);
    expect(articleFile(input({ author: undefined, tables: 2, markdown: 'Ngắn.' })).review).toEqual([
      'không thấy tên tác giả cuối bài: điền author nếu trang gốc có.',
      'bài có 2 bảng: xem lại bảng sau khi chuyển (bảng trình bày bằng tay thường lệch cột).',
      'nội dung rất ngắn: kiểm tra trang gốc đã được lưu đủ bài chưa.',
    ]);
  });
});

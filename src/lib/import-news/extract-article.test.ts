import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract-article.ts';

// Pages written for these tests in the shapes old CCHC portals have (tests/fixtures/old-portal).
const page = (name: string) => extractArticle(readFileSync(new URL(`../../../tests/fixtures/old-portal/${name}.html`, import.meta.url), 'utf8'));
// Words of the portals' chrome: menus, breadcrumbs, lists of other news, tools, counters, footers.
const CHROME = [
  'Trang chủ',
  'Giới thiệu',
  'Văn bản pháp quy',
  'Chỉ số CCHC ( PAR INDEX)',
  'Các tin khác',
  'Các tin mới',
  'Tin mới nhất',
  'Tin liên quan',
  'Công bố Chỉ số cải cách hành chính năm 2022',
  'Sơ kết cải cách hành chính quý I',
  'Lịch tiếp công dân',
  'Thông báo',
  'print',
  'send mail',
  'In bài',
  'Chia sẻ',
  'Trở về',
  'Thống kê truy cập',
  'lượt truy cập',
  '987654',
  '1.234.567',
  'Chịu trách nhiệm chính',
  'Địa chỉ',
  'Phát triển bởi',
  'No records to display',
  'Tên Video',
  'Chi tiết tin',
  'TRANG THÔNG TIN ĐIỆN TỬ',
];
const noChrome = (markdown: string) => {
  for (const words of CHROME) expect(markdown, words).not.toContain(words);
};

describe('extractArticle', () => {
  it('an ASP.NET page with "Ngày đăng :", a captioned picture and a byline', () => {
    const article = page('trien-khai-danh-gia');
    expect(article.title).toBe('Triển khai đánh giá, xếp loại kết quả thực hiện công tác cải cách hành chính năm 2019');
    // 12:00:00 SA is midnight.
    expect(article.date).toEqual({ date: '2019-12-23T00:00:00', text: 'Ngày đăng :23/12/2019 12:00:00 SA', dayOnly: false });
    expect(article.author).toBe('Hoàng Lan');
    expect(article.pictures).toEqual([{ src: 'trien-khai-danh-gia_files/anh-minh-hoa.jpg', caption: 'Ảnh minh họa' }]);
    expect(article.markdown).toMatch(
      /^!\[Ảnh minh họa\]\(trien-khai-danh-gia_files\/anh-minh-hoa\.jpg\)\n\n\*Ảnh minh họa\*\n\nCuối năm 2019, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 2993\/KH-UBND/,
    );
    expect(article.markdown).toMatch(/hoặc trên \[cơ sở dữ liệu văn bản\]\(https:\/\/vbpl\.example\.vn\/2993\)\.$/);
    // A link to the old portal's own file keeps its words, not its address.
    expect(article.markdown).toContain('Xem toàn văn kế hoạch tại đây hoặc');
    expect(article.markdown).not.toContain('Portals/0');
    // The indent of &nbsp; is gone (it would make a code block), the title and date are not repeated.
    expect(article.markdown).not.toMatch(/^[ \t\u00a0]+\S/m);
    expect(article.markdown).not.toContain('Ngày đăng');
    expect(article.markdown.split('Triển khai đánh giá, xếp loại')).toHaveLength(1);
    expect(article.markdown).not.toContain('Hoàng Lan');
    noChrome(article.markdown);
  });

  it('a page whose date line is a weekday, with a heading, a list and an author in capitals', () => {
    const article = page('cong-bo-chi-so-2014');
    expect(article.title).toBe('Hội nghị công bố chỉ số cải cách hành chính năm 2014 của các sở, ban, ngành và huyện, thành phố');
    expect(article.date).toEqual({ date: '2022-01-22T00:00:00', text: 'Thứ bảy 22/1/2022', dayOnly: true });
    expect(article.author).toBe('Thu Hoài');
    expect(article.markdown.startsWith('Chiều 11/12, Ủy ban nhân dân tỉnh tổ chức hội nghị công bố')).toBe(true);
    expect(article.markdown).toContain('\n\n### Khoảng cách giữa các đơn vị đã thu hẹp\n\n');
    expect(article.markdown).toMatch(/\n-\s+rà soát nguyên nhân từng tiêu chí bị trừ điểm;\n-\s+báo cáo đề xuất/);
    expect(article.markdown.endsWith('có thành tích trong công tác cải cách hành chính năm 2014.')).toBe(true);
    noChrome(article.markdown);
    expect(article.markdown).not.toContain('THU HOÀI');
  });

  it('a page with a gallery: each picture with its caption (figcaption, next table row, next line in italics), the office under the byline', () => {
    const article = page('hoi-nghi-dai-loc');
    expect(article.date).toMatchObject({ date: '2015-05-14T10:06:10', dayOnly: false });
    expect(article.pictures).toEqual([
      { src: 'hoi-nghi-dai-loc_files/quang-canh.jpg', caption: 'Quang cảnh hội nghị' },
      { src: 'hoi-nghi-dai-loc_files/phat-bieu.jpg', caption: 'Lãnh đạo huyện phát biểu tại hội nghị' },
      { src: 'hoi-nghi-dai-loc_files/khen-thuong.png', caption: 'Khen thưởng các tập thể và cá nhân' },
    ]);
    expect(article.markdown).toContain(
      '![Lãnh đạo huyện phát biểu tại hội nghị](hoi-nghi-dai-loc_files/phat-bieu.jpg)\n\n*Lãnh đạo huyện phát biểu tại hội nghị*',
    );
    // Each caption once, under its picture; the logo is not a picture of the article.
    expect(article.markdown.split('Khen thưởng các tập thể và cá nhân')).toHaveLength(3);
    expect(article.markdown).not.toContain('logo');
    expect(article.tables).toBe(0);
    expect(article.author).toBe('Thế Toàn');
    expect(article.source).toBe('Phòng Nội vụ huyện Đại Lộc');
    expect(article.markdown.startsWith('Sáng 31/3, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết')).toBe(true);
    expect(article.markdown.endsWith('công tác cải cách hành chính năm 2015.')).toBe(true);
    noChrome(article.markdown);
  });

  it('finds no title in a page that is not an article', () => {
    expect(page('dang-nhap').title).toBeUndefined();
  });
});

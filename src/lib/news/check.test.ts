import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems, type Problem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { checkNews, type NewsContext } from './check.ts';

const NOW = new Date('2026-11-23T03:00:00Z'); // 10:00 in Vietnam

function files(sources: Record<string, string>) {
  const problems: Problem[] = [];
  const read = Object.entries(sources).map(([name, text]) => readMarkdownFile(`src/content/news/${name}`, text, problems));
  return { read, problems };
}

const context: NewsContext = {
  categories: new Set(['tin-tuc-su-kien', 'ket-qua-cchc']),
  documents: new Set(['ke-hoach-2993-kh-ubnd-2019']),
  fileExists: (path) => ['public/logo.svg', 'src/content/news/images/hoi-nghi.jpg'].includes(path),
  now: NOW,
};

const article = (front: string, body = 'Nội dung.') => `---\ntitle: "Bài"\ndate: 2020-01-01\ncategory: tin-tuc-su-kien\n${front}---\n\n${body}\n`;

function build(sources: Record<string, string>, ctx: Partial<NewsContext> = {}) {
  const { read, problems } = files(sources);
  const result = checkNews(read, { ...context, ...ctx });
  const all = sortProblems([...problems, ...result.problems]);
  return { ...result, lines: all.filter((p) => !p.severity).map(formatProblem), warnings: all.filter((p) => p.severity).map(formatProblem) };
}

describe('checkNews', () => {
  it('accepts a complete article and reads its date as Vietnam time', () => {
    const { lines, articles } = build({
      'a.mdx': article('tags: ["PAR INDEX"]\nimage: ./images/hoi-nghi.jpg\nimageAlt: "Hội nghị"\ndocuments: ["ke-hoach-2993-kh-ubnd-2019"]\nrelated: ["b"]\n'),
      'b.md': article('date: 2020-01-02T00:30:00\n').replace('date: 2020-01-01\n', ''),
    });
    expect(lines).toEqual([]);
    expect(articles.map((a) => a.slug)).toEqual(['b', 'a']);
    expect(articles[0].date.toISOString()).toBe('2020-01-01T17:30:00.000Z');
    expect(articles[1].data.tags).toEqual(['PAR INDEX']);
  });

  it('shows an album of the library that exists, and names one that does not', () => {
    const albums = new Set(['hoi-nghi-2025']);
    expect(build({ 'a.mdx': article('album: hoi-nghi-2025\n') }, { albums }).articles[0].data.album).toBe('hoi-nghi-2025');
    expect(build({ 'a.mdx': article('album: hoi-nghi-2052\n') }, { albums }).lines).toEqual([
      'src/content/news/a.mdx:5: album: không có album nào tên "hoi-nghi-2052" (tệp src/content/thu-vien/hoi-nghi-2052.mdx). Có phải bạn định viết "hoi-nghi-2025"?',
    ]);
  });

  it('treats a field left empty as not given', () => {
    const { lines, articles } = build({ 'a.mdx': article('summary:\nauthor:\ntags:\nimage:\n') });
    expect(lines).toEqual([]);
    expect(articles[0].data.summary).toBeUndefined();
    expect(articles[0].data.tags).toEqual([]);
  });

  it('reports every problem of every file at once, with lines and fields', () => {
    const { lines } = build({
      'a.mdx': article('sumary: "x"\ntags: PAR INDEX\nfeatured: "có"\n'),
      'b.mdx': article('image: ./images/khong-co.jpg\nrelated: ["a", "khong-co-bai", "b"]\ndocuments: ["ke-hoach-2993-kh-ubnd-2018"]\n').replace(
        'tin-tuc-su-kien',
        'tin-tuc',
      ),
      'c.mdx': '---\ntitle: "Thiếu ngày"\ncategory: ket-qua-cchc\n---\n',
    });
    expect(lines).toEqual([
      'src/content/news/a.mdx:5: sumary: không có trường này (có thể gõ sai tên). Có phải bạn định viết "summary"? Các trường được dùng: title, date, category, tags, summary, author, source, image, imageAlt, imageCaption, documents, album, related, featured, draft.',
      'src/content/news/a.mdx:6: tags: phải là một danh sách, ví dụ ["…", "…"], không phải "PAR INDEX".',
      'src/content/news/a.mdx:7: featured: phải là true (có) hoặc false (không), không đặt trong ngoặc kép, không phải "có".',
      'src/content/news/b.mdx:4: category: chưa có chuyên mục "tin-tuc". Các chuyên mục: tin-tuc-su-kien, ket-qua-cchc (trong src/content/categories.json).',
      'src/content/news/b.mdx:5: image: không tìm thấy ảnh src/content/news/images/khong-co.jpg: kiểm tra tên tệp (cả chữ hoa, chữ thường) và nơi đặt tệp: ảnh viết bắt đầu bằng ./ nằm cạnh bài, thường trong thư mục images.',
      'src/content/news/b.mdx:5: imageAlt: bắt buộc khi có ảnh: tả ngắn nội dung ảnh cho người không nhìn thấy ảnh, ví dụ imageAlt: "Quang cảnh hội nghị".',
      'src/content/news/b.mdx:6: related (mục thứ 2): không có bài nào tên "khong-co-bai" (tệp src/content/news/khong-co-bai.mdx). Tên bài là tên tệp, không có đuôi .mdx.',
      'src/content/news/b.mdx:6: related (mục thứ 3): một bài không thể liên quan đến chính nó: xóa mục này.',
      'src/content/news/b.mdx:7: documents (mục thứ 1): không có văn bản nào tên "ke-hoach-2993-kh-ubnd-2018" (tệp src/content/documents/ke-hoach-2993-kh-ubnd-2018.mdx). Có phải bạn định viết "ke-hoach-2993-kh-ubnd-2019"?',
      'src/content/news/c.mdx:1: date: bắt buộc nhưng chưa có: thêm trường này.',
    ]);
  });

  it('still counts an article with a mistake as existing, so no false problem follows', () => {
    const { lines } = build({
      'a.mdx': article('related: ["b"]\n'),
      'b.mdx': article('').replace('date: 2020-01-01', 'date: 2019-02-30'),
    });
    expect(lines).toEqual([
      'src/content/news/b.mdx:3: date: "2019-02-30" không phải ngày hợp lệ: viết năm-tháng-ngày, ví dụ 2019-12-23 hoặc 2019-12-23T14:30:00 (giờ Việt Nam).',
    ]);
  });

  it('suggests the right form of a date typed another way', () => {
    expect(build({ 'a.mdx': article('').replace('2020-01-01', '23/12/2019') }).lines).toEqual([
      'src/content/news/a.mdx:3: date: "23/12/2019" phải viết theo dạng năm-tháng-ngày: 2019-12-23.',
    ]);
    expect(build({ 'a.mdx': article('').replace('2020-01-01', '2026-3-5 8:30') }).lines).toEqual([
      'src/content/news/a.mdx:3: date: "2026-3-5 8:30" phải viết theo dạng năm-tháng-ngày: 2026-03-05T08:30:00.',
    ]);
  });

  it('suggests the id of a category typed by its name', () => {
    expect(build({ 'a.mdx': article('').replace('category: tin-tuc-su-kien', 'category: "Kết quả CCHC"') }).lines[0]).toMatch(
      /category: chưa có chuyên mục "Kết quả CCHC"\. Có phải bạn định viết "ket-qua-cchc"\?/,
    );
  });

  it('checks images in the text, beside the article and under public/', () => {
    const { lines } = build({
      'a.mdx': article('', 'Ảnh:\n\n![Hội nghị](./images/hoi-nghi.jpg)\n\n![Thiếu](./images/thieu.png)\n\n<img src="/logo.svg" alt="" />'),
    });
    expect(lines).toEqual([
      'src/content/news/a.mdx:11: (nội dung): không tìm thấy ảnh src/content/news/images/thieu.png (viết trong bài là ./images/thieu.png): kiểm tra tên tệp (cả chữ hoa, chữ thường) và nơi đặt tệp: ảnh đặt cạnh bài trong thư mục images, hoặc trong thư mục public.',
    ]);
    expect(build({ 'b.md': article('image: /khong-co.svg\nimageAlt: "x"\n') }).lines[0]).toMatch(/image: không tìm thấy ảnh public\/khong-co\.svg/);
    expect(build({ 'b.md': article('image: images/a.jpg\nimageAlt: "x"\n') }).lines[0]).toMatch(/image: phải là đường dẫn bắt đầu bằng \.\//);
  });

  it('checks the picture field as written: spaces around it, ../ paths, and an alt of spaces', () => {
    const { lines } = build({
      'a.mdx': article('image: " ./images/hoi-nghi.jpg "\nimageAlt: "Hội nghị"\n'),
      'b.mdx': article('image: ../images/khong-co.jpg\nimageAlt: "Ảnh"\n'),
      'c.mdx': article('image: /logo.svg\nimageAlt: "   "\n'),
      'd.mdx': article('image: /khong-co.png\n'),
      'e.mdx': article('category: " ket-qua-cchc "\n').replace('category: tin-tuc-su-kien\n', ''),
    });
    expect(lines).toEqual([
      expect.stringMatching(/^src\/content\/news\/b\.mdx:5: image: không tìm thấy ảnh src\/content\/images\/khong-co\.jpg: .*cạnh bài/),
      expect.stringMatching(/^src\/content\/news\/c\.mdx:6: imageAlt: bắt buộc khi có ảnh/),
      expect.stringMatching(/^src\/content\/news\/d\.mdx:5: image: không tìm thấy ảnh public\/khong-co\.png: .*thư mục public/),
      expect.stringMatching(/^src\/content\/news\/d\.mdx:5: imageAlt: bắt buộc khi có ảnh/),
    ]);
  });

  it('finds MDX syntax errors in .mdx files only', () => {
    expect(build({ 'a.mdx': article('', 'Có {ngoặc.') }).lines[0]).toMatch(/^src\/content\/news\/a\.mdx:7: \(nội dung\): dấu \{/);
    expect(build({ 'a.md': article('', 'Có {ngoặc.') }).lines).toEqual([]);
  });

  it('refuses file names that cannot be addresses, and two files with one name', () => {
    const { lines } = build({ 'Bai Viet.mdx': article(''), '2024.mdx': article(''), 'a.md': article(''), 'a.mdx': article('') });
    expect(lines).toEqual([
      'src/content/news/2024.mdx:1: (tên tệp): "2024" không dùng được làm địa chỉ trang: đặt tên tệp bằng chữ thường không dấu, các từ nối bằng dấu gạch ngang, ví dụ cong-bo-chi-so-cchc-nam-2019.mdx.',
      'src/content/news/Bai Viet.mdx:1: (tên tệp): "Bai Viet" không dùng được làm địa chỉ trang: đặt tên tệp bằng chữ thường không dấu, các từ nối bằng dấu gạch ngang, ví dụ bai-viet.mdx.',
      'src/content/news/a.mdx:1: (tên tệp): trùng tên với src/content/news/a.md (cùng địa chỉ trang "a"): đổi tên hoặc xóa một trong hai tệp.',
    ]);
  });

  it('warns of drafts and scheduled articles, and gives their status', () => {
    const { lines, warnings, articles } = build({
      'nhap.mdx': article('draft: true\n'),
      'hen-gio.mdx': article('').replace('2020-01-01', '2026-11-23T10:30:00'),
      'da-dang.mdx': article('').replace('2020-01-01', '2026-11-23T10:00:00'),
    });
    expect(lines).toEqual([]);
    expect(warnings).toEqual([
      'src/content/news/hen-gio.mdx:3: date: hẹn giờ: bài sẽ lên trang ở lần dựng trang đầu tiên sau 23/11/2026 10:30 SA (giờ Việt Nam).',
      'src/content/news/nhap.mdx:5: draft: bản nháp, chưa đăng ở đâu cả. Đổi thành draft: false khi muốn đăng.',
    ]);
    expect(Object.fromEntries(articles.map((a) => [a.slug, a.status]))).toEqual({ 'hen-gio': 'scheduled', 'da-dang': 'published', nhap: 'draft' });
  });

  it('skips the category check when the categories file could not be read', () => {
    expect(build({ 'a.mdx': article('') }, { categories: undefined }).lines).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { checkAlbums } from './check.ts';

const now = new Date('2026-12-07T10:00:00+07:00');
const album = (name: string, frontmatter: string) => readMarkdownFile(`src/content/thu-vien/${name}.mdx`, `---\n${frontmatter}\n---\n`, []);
const files = new Set([
  'src/content/thu-vien/images/a.jpg',
  'src/content/thu-vien/images/b.jpg',
  'public/files/video/v.mp4',
  'public/files/video/v.vtt',
  'public/files/video/v.jpg',
]);
const check = (...list: ReturnType<typeof album>[]) => checkAlbums(list, { now, fileExists: (path) => files.has(path) });
const head = 'title: "Hội nghị"\ndate: 2026-11-20T09:00:00';

describe('checkAlbums', () => {
  it('accepts pictures with their alt text and videos as files with captions, or as links', () => {
    const { problems, albums } = check(
      album(
        'hoi-nghi',
        `${head}\nphotos:\n  - file: ./images/a.jpg\n    alt: "Quang cảnh"\n    caption: "Hội nghị sáng 20/11"\n  - file: ./images/b.jpg\n    alt: "Đại biểu"\n` +
          `videos:\n  - title: "Toàn cảnh"\n    file: /files/video/v.mp4\n    poster: /files/video/v.jpg\n    captions: /files/video/v.vtt\n  - title: "Phóng sự"\n    url: https://truyenhinh.example.vn/phong-su`,
      ),
    );
    expect(problems).toEqual([]);
    expect(albums[0].photos.map((p) => p.alt)).toEqual(['Quang cảnh', 'Đại biểu']);
    expect(albums[0].videos.map((v) => v.url ?? v.file)).toEqual(['/files/video/v.mp4', 'https://truyenhinh.example.vn/phong-su']);
  });

  it('accepts an album of videos alone, and names a missing poster', () => {
    const video = (poster: string) => `${head}\nvideos:\n  - title: "V"\n    file: /files/video/v.mp4\n    poster: ${poster}\n    captions: /files/video/v.vtt`;
    expect(check(album('chi-video', video('/files/video/v.jpg'))).problems).toEqual([]);
    expect(check(album('thieu-bia', video('/files/video/khong-co.jpg'))).problems.map(formatProblem)).toEqual([
      'src/content/thu-vien/thieu-bia.mdx:7: videos (video thứ 1).poster: không tìm thấy tệp public/files/video/khong-co.jpg: kiểm tra tên tệp (cả chữ hoa, chữ thường) và nơi đặt tệp: tệp video, ảnh bìa và phụ đề đặt trong thư mục public/files/video/ và viết /files/video/ten-tep.',
    ]);
  });

  it('lets a draft wait for its pictures, with a note', () => {
    const { problems } = check(album('nhap', `${head}\ndraft: true`));
    expect(problems.map(formatProblem)).toEqual([
      'src/content/thu-vien/nhap.mdx:1: photos: album chưa có ảnh hay video nào: thêm ảnh vào photos hoặc video vào videos.',
      'src/content/thu-vien/nhap.mdx:4: draft: bản nháp, chưa đăng. Đổi thành draft: false khi muốn đăng.',
    ]);
    expect(problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
  });

  it('refuses a picture without alt text, naming the picture', () => {
    const { problems, albums } = check(album('thieu-alt', `${head}\nphotos:\n  - file: ./images/a.jpg\n  - file: ./images/b.jpg\n    alt: "  "`));
    expect(problems.map(formatProblem)).toEqual([
      'src/content/thu-vien/thieu-alt.mdx:5: photos (mục thứ 1).alt: bắt buộc: tả ngắn ảnh chụp gì, cho người không nhìn thấy ảnh, ví dụ alt: "Đại biểu bấm nút khai trương Trung tâm Phục vụ hành chính công".',
      'src/content/thu-vien/thieu-alt.mdx:7: photos (mục thứ 2).alt: chưa có mô tả: tả ngắn ảnh chụp gì, cho người không nhìn thấy ảnh.',
    ]);
    expect(albums).toEqual([]);
  });

  it('names missing files (first, as written), videos without captions, and a video both file and link, all at once', () => {
    const { problems } = check(
      album('trong', head),
      album(
        'thieu-tep',
        `${head}\nphotos:\n  - file: ./images/c.jpg\n    alt: "C"\nvideos:\n  - title: "Không phụ đề"\n    file: /files/video/v.mp4\n` +
          `  - title: "Cả hai"\n    file: /files/video/w.mp4\n    captions: /files/video/w.vtt\n    url: https://video.example.vn/x\n  - title: "Không gì"`,
      ),
    );
    expect(problems.map(formatProblem)).toEqual([
      'src/content/thu-vien/trong.mdx:1: photos: album chưa có ảnh hay video nào: thêm ảnh vào photos hoặc video vào videos.',
      'src/content/thu-vien/thieu-tep.mdx:5: photos (ảnh thứ 1).file: không tìm thấy tệp src/content/thu-vien/images/c.jpg: kiểm tra tên tệp (cả chữ hoa, chữ thường) và nơi đặt tệp: ảnh đặt trong thư mục images cạnh album và viết ./images/ten-anh.jpg.',
      'src/content/thu-vien/thieu-tep.mdx:11: videos (video thứ 2).file: không tìm thấy tệp public/files/video/w.mp4: kiểm tra tên tệp (cả chữ hoa, chữ thường) và nơi đặt tệp: tệp video, ảnh bìa và phụ đề đặt trong thư mục public/files/video/ và viết /files/video/ten-tep.',
      'src/content/thu-vien/thieu-tep.mdx:12: videos (video thứ 2).captions: không tìm thấy tệp public/files/video/w.vtt: kiểm tra tên tệp (cả chữ hoa, chữ thường) và nơi đặt tệp: tệp video, ảnh bìa và phụ đề đặt trong thư mục public/files/video/ và viết /files/video/ten-tep.',
      'src/content/thu-vien/thieu-tep.mdx:8: videos (video thứ 1).captions: video chưa có phụ đề: người không nghe được cần phụ đề. Làm tệp phụ đề .vtt, đặt cạnh video và ghi captions: /files/video/ten-tep.vtt.',
      'src/content/thu-vien/thieu-tep.mdx:13: videos (video thứ 2).url: ghi tệp video (file) hoặc địa chỉ video ở trang khác (url), không ghi cả hai: xóa một trong hai dòng.',
      'src/content/thu-vien/thieu-tep.mdx:14: videos (video thứ 3).file: chưa có tệp video (file) hay địa chỉ video ở trang khác (url): ghi một trong hai.',
    ]);
  });
});

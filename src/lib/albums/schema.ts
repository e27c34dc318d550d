import { z } from 'astro/zod';
import { draftField, postingTimeField } from '../content/described-fields.ts';
import { described } from '../content/field-info.ts';
import { list, optional, text } from '../content/fields.ts';

// Beside the album (./images/x.jpg), optimised into sizes for each screen; or under public/ (/x.jpg), served as it is.
const picturePath = z
  .string()
  .trim()
  .regex(/^(\.{1,2}\/|\/(?!\/))[^?#]*\.(jpe?g|png|webp|avif|gif)$/i, {
    error:
      'phải là ảnh (.jpg, .png, .webp) với đường dẫn bắt đầu bằng ./ (ảnh đặt cạnh album, ví dụ ./images/hoi-nghi-1.jpg) hoặc / (ảnh trong thư mục public).',
  });

// In the web editor, uploaded to public/files/video/ whatever the album's own media folder (its pictures).
const VIDEO_FOLDER = { media_folder: '/public/files/video', public_folder: '/files/video' };

// Under public/, written from the site's root: videos, posters and captions are served as they are.
const publicPath = (extensions: string, example: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^\\/(?!\\/)[^?#]*\\.(${extensions})$`, 'i'), {
      error: (issue) =>
        typeof issue.input === 'string' && /^public\//.test(issue.input)
          ? `bỏ public ở đầu đường dẫn: viết ${issue.input.slice('public'.length)}.`
          : `phải là tệp (${extensions.split('|').join(', ')}) trong thư mục public, viết từ gốc trang, ví dụ ${example}.`,
    });

export const photoSchema = z
  .object({
    file: described(picturePath, { label: 'Ảnh', widget: 'image', editor: { choose_url: false } }),
    alt: described(
      z
        .string({
          error: 'bắt buộc: tả ngắn ảnh chụp gì, cho người không nhìn thấy ảnh, ví dụ alt: "Đại biểu bấm nút khai trương Trung tâm Phục vụ hành chính công".',
        })
        .trim()
        .min(1, 'chưa có mô tả: tả ngắn ảnh chụp gì, cho người không nhìn thấy ảnh.'),
      { label: 'Mô tả ảnh (cho người không nhìn thấy ảnh)', widget: 'string' },
    ),
    caption: described(optional(text()), { label: 'Chú thích', widget: 'string' }),
  })
  .strict();

export const videoSchema = z
  .object({
    title: described(text(), { label: 'Tên video', widget: 'string' }),
    file: described(optional(publicPath('mp4|webm', '/files/video/hoi-nghi.mp4')), {
      label: 'Tệp video (MP4, WebM)',
      widget: 'file',
      editor: { choose_url: false, ...VIDEO_FOLDER },
    }),
    poster: described(optional(publicPath('jpe?g|png|webp', '/files/video/hoi-nghi.jpg')), {
      label: 'Ảnh bìa',
      widget: 'image',
      editor: { choose_url: false, ...VIDEO_FOLDER },
    }),
    captions: described(optional(publicPath('vtt', '/files/video/hoi-nghi.vtt')), {
      label: 'Phụ đề (tệp .vtt)',
      widget: 'file',
      editor: { choose_url: false, ...VIDEO_FOLDER },
      hint: 'Bắt buộc với tệp video: lời nói trong video, cho người không nghe được.',
    }),
    url: described(optional(z.url({ protocol: /^https$/, error: 'phải là địa chỉ https:// của video, ví dụ https://www.youtube.com/watch?v=…' })), {
      label: 'Hoặc: địa chỉ video ở trang khác',
      widget: 'string',
      hint: 'Video đăng ở trang khác (YouTube, truyền hình tỉnh) chỉ hiện thành liên kết.',
    }),
  })
  .strict();

/**
 * An album of the photo and video library ("Thư viện ảnh, video", SPEC 14): pictures, each with
 * the text that says what it shows, and videos as files with their poster and captions, or a
 * link to a video elsewhere (never a frame of another site).
 */
export const albumFrontmatterSchema = z
  .object({
    title: described(text(), { label: 'Tên album', widget: 'string', guide: 'Tên album, trong dấu ngoặc kép, ví dụ "Hội nghị công bố Chỉ số CCHC năm 2025".' }),
    date: postingTimeField('album'),
    photos: described(list(photoSchema), {
      label: 'Ảnh',
      widget: 'list',
      items: photoSchema,
      guide:
        'Ảnh của album: chép ảnh vào thư mục images cạnh album (src/content/thu-vien/images/), mỗi ảnh ba dòng như ví dụ\n' +
        '(alt bắt buộc: tả ngắn ảnh chụp gì). Xóa dòng "photos: []" dưới đây và hai ký tự "# " ở đầu các dòng ví dụ:',
    }),
    videos: described(list(videoSchema), {
      label: 'Video',
      widget: 'list',
      items: videoSchema,
      guide:
        'Video: chép tệp .mp4, ảnh bìa và phụ đề .vtt vào thư mục public/files/video/; hoặc chỉ ghi url của video ở trang khác.\n' +
        'Xóa dòng "videos: []" dưới đây và hai ký tự "# " ở đầu các dòng ví dụ:',
    }),
    draft: draftField({ subject: 'Album', object: 'album' }),
  })
  .strict();

export type AlbumFrontmatter = z.output<typeof albumFrontmatterSchema>;
export type Photo = z.output<typeof photoSchema>;
export type Video = z.output<typeof videoSchema>;

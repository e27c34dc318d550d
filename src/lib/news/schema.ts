import { z } from 'astro/zod';
import { described } from '../content/field-info.ts';
import { flag, list, optional, text, vietnamDateTime } from '../content/fields.ts';
import { SLUG_PATTERN } from '../vietnamese/text.ts';

/** Decap's formats (day.js tokens) for what `vietnamDateTime` reads. */
const DATE_TIME_FORMAT = { format: 'YYYY-MM-DDTHH:mm:ss', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', picker_utc: false };

/**
 * An article's frontmatter (SPEC 4.4): the one contract the check, the site's model, the web
 * editor and the scaffold share; each field says what editors are told about it
 * (src/lib/content/field-info.ts). Cross-file rules (category, related, documents, image
 * files) are in check.ts.
 */
export const newsFrontmatterSchema = z
  .object({
    title: described(text(), { label: 'Tiêu đề', widget: 'string', guide: 'Tiêu đề bài viết, đặt trong dấu ngoặc kép.' }),
    date: described(vietnamDateTime, {
      label: 'Ngày giờ đăng (giờ Việt Nam)',
      widget: 'datetime',
      editor: { ...DATE_TIME_FORMAT, default: '{{now}}' },
      hint: 'Giờ trong tương lai: bài tự lên trang ở lần dựng trang đầu tiên sau giờ đó (hằng đêm lúc 0 giờ 05, hoặc khi có bài mới được lưu).',
      guide: 'Thời điểm đăng, giờ Việt Nam, viết năm-tháng-ngàyTgiờ:phút:giây. Ghi một thời điểm sau này để hẹn giờ đăng bài.',
    }),
    // The choices are the portal's categories: given when the web editor's config and the scaffold are made.
    category: described(text(), { label: 'Chuyên mục', widget: 'select', guide: 'Mã chuyên mục, một trong:' }),
    tags: described(list(text()), {
      label: 'Từ khóa',
      widget: 'list',
      hint: 'Các từ khóa cách nhau bằng dấu phẩy.',
      guide: 'Từ khóa: mỗi từ trong dấu ngoặc kép, cách nhau dấu phẩy, ví dụ ["PAR INDEX", "Sở Nội vụ"]. Để [] nếu không có.',
    }),
    summary: described(optional(z.string().trim()), {
      label: 'Tóm tắt',
      widget: 'text',
      hint: 'Một, hai câu hiện dưới tiêu đề và trong danh sách tin.',
      guide: 'Tóm tắt một, hai câu, hiện dưới tiêu đề và trong danh sách tin; đặt trong dấu ngoặc kép. Để trống nếu không có.',
    }),
    author: described(optional(z.string().trim()), { label: 'Tác giả', widget: 'string', guide: 'Tác giả, ví dụ "Ban Biên tập". Để trống nếu không ghi.' }),
    source: described(optional(z.string().trim()), {
      label: 'Nguồn',
      widget: 'string',
      guide: 'Nguồn tin, ví dụ "Văn phòng UBND tỉnh". Để trống nếu không ghi.',
    }),
    // Beside the article (./images/x.jpg) or under public/ written from the site root (/x.jpg).
    image: described(
      optional(
        z
          .string()
          .trim()
          .regex(
            /^(\.{1,2}\/|\/(?!\/))/,
            'phải là đường dẫn bắt đầu bằng ./ (ảnh đặt cạnh bài, ví dụ ./images/hoi-nghi.jpg) hoặc / (ảnh trong thư mục public).',
          ),
      ),
      {
        label: 'Ảnh đại diện',
        widget: 'image',
        editor: { choose_url: false },
        guide:
          'Ảnh đại diện: ./images/ten-anh.jpg nếu ảnh đặt trong thư mục images cạnh bài (src/content/news/images/ten-anh.jpg),\n' +
          'hoặc đường dẫn bắt đầu bằng / nếu ảnh ở thư mục public (/images/ten-anh.jpg là tệp public/images/ten-anh.jpg). Để trống nếu không có ảnh.',
      },
    ),
    imageAlt: described(optional(z.string().trim()), {
      label: 'Mô tả ảnh (cho người khiếm thị)',
      widget: 'string',
      hint: 'Bắt buộc khi có ảnh: tả điều ảnh cho thấy.',
      guide: 'Mô tả ngắn nội dung ảnh cho người không nhìn thấy ảnh, trong dấu ngoặc kép: bắt buộc khi có ảnh (image).',
    }),
    imageCaption: described(optional(z.string().trim()), {
      label: 'Chú thích ảnh',
      widget: 'string',
      guide: 'Chú thích hiện dưới ảnh, trong dấu ngoặc kép. Để trống nếu không có.',
    }),
    documents: described(list(z.string().trim()), {
      label: 'Văn bản liên quan',
      widget: 'relation',
      editor: {
        collection: 'documents',
        value_field: '{{slug}}',
        search_fields: ['number', 'title'],
        display_fields: ['{{number}} – {{title}}'],
        multiple: true,
      },
      guide: 'Văn bản bài viết nhắc đến: tên tệp trong src/content/documents/, không có đuôi .mdx, ví dụ ["ke-hoach-2993-kh-ubnd-2019"]. Để [] nếu không có.',
    }),
    related: described(list(z.string().trim()), {
      label: 'Tin liên quan',
      widget: 'relation',
      editor: { collection: 'news', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'], multiple: true },
      guide: 'Bài liên quan, hiện trước tiên ở mục "Tin liên quan": tên tệp trong src/content/news/, không có đuôi .mdx. Để [] nếu không có.',
    }),
    featured: described(flag(false), {
      label: 'Tin nổi bật',
      widget: 'boolean',
      editor: { default: false },
      guide: 'true để đưa bài lên đầu trang chủ (tin nổi bật); false nếu không.',
    }),
    draft: described(flag(false), {
      label: 'Giữ lại, chưa đăng',
      widget: 'boolean',
      // In the web editor the review (SPEC 13) is the gate: an approved article goes live unless
      // held back here. From `npm run new` an article still starts as a draft (its pull request is the review).
      editor: { default: false },
      hint: 'Bài chỉ lên trang khi người duyệt bấm Đăng. Đánh dấu ô này nếu muốn giữ bài lại cả sau khi được duyệt.',
      guide: 'true: bản nháp, chưa đăng ở đâu cả. Đổi thành false khi bài đã sẵn sàng để đăng.',
    }),
  })
  .strict();

export type NewsFrontmatter = z.output<typeof newsFrontmatterSchema>;

/** The fields of a category in `src/content/categories.json`. */
export const categorySchema = z
  .object({
    id: described(z.string().regex(SLUG_PATTERN, 'phải là chữ thường không dấu, các từ nối bằng dấu gạch ngang, ví dụ tin-tuc-su-kien.'), {
      label: 'Mã (trong địa chỉ trang)',
      widget: 'string',
      editor: { pattern: [SLUG_PATTERN.source, 'Chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ tin-tuc-su-kien.'] },
    }),
    name: described(text(), { label: 'Tên chuyên mục', widget: 'string' }),
    description: described(optional(z.string().trim()), { label: 'Mô tả', widget: 'text' }),
    order: described(optional(z.number().int()), { label: 'Thứ tự trong danh mục', widget: 'number', editor: { value_type: 'int' } }),
  })
  .strict();

export type Category = z.output<typeof categorySchema>;

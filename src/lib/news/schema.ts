import { z } from 'astro/zod';
import { described } from '../content/field-info.ts';
import { documentsField, draftField, postingTimeField } from '../content/described-fields.ts';
import { flag, list, optional, text } from '../content/fields.ts';
import { SLUG_PATTERN } from '../vietnamese/text.ts';

/**
 * An article's frontmatter (SPEC 4.4): the one contract the check, the site's model, the web
 * editor and the scaffold share; each field says what editors are told about it
 * (src/lib/content/field-info.ts). Cross-file rules (category, related, documents, image
 * files) are in check.ts.
 */
export const newsFrontmatterSchema = z
  .object({
    title: described(text(), { label: 'Tiêu đề', widget: 'string', guide: 'Tiêu đề bài viết, đặt trong dấu ngoặc kép.' }),
    date: postingTimeField(
      'bài',
      'Giờ trong tương lai: bài tự lên trang ở lần dựng trang đầu tiên sau giờ đó (hằng đêm lúc 0 giờ 05, hoặc khi có bài mới được lưu).',
    ),
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
    documents: documentsField('bài viết'),
    album: described(optional(z.string().trim().min(1)), {
      label: 'Album ảnh, video',
      widget: 'relation',
      editor: { collection: 'albums', value_field: '{{slug}}', search_fields: ['title'], display_fields: ['title'] },
      hint: 'Album của Thư viện ảnh, video hiện ở cuối bài.',
      guide: 'Album ảnh, video hiện ở cuối bài: tên tệp trong src/content/thu-vien/, không có đuôi .mdx. Để trống nếu không có.',
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
    draft: draftField({ subject: 'Bài', object: 'bài' }),
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

import { z } from 'astro/zod';
import { described } from '../content/field-info.ts';
import { flag, list, optional, text, vietnamDateTime, vietnamDay } from '../content/fields.ts';

const DATE_TIME_FORMAT = { format: 'YYYY-MM-DDTHH:mm:ss', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', picker_utc: false };
const DAY_FORMAT = { format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: false };

/**
 * A notice's frontmatter ("Thông báo", SPEC 14): a short announcement (a deadline, a change of
 * office hours), on the home page above the news until its `until` day, in the archive for good.
 */
export const noticeFrontmatterSchema = z
  .object({
    title: described(text(), { label: 'Tiêu đề', widget: 'string', guide: 'Tiêu đề thông báo, đặt trong dấu ngoặc kép.' }),
    date: described(vietnamDateTime, {
      label: 'Ngày giờ đăng (giờ Việt Nam)',
      widget: 'datetime',
      editor: { ...DATE_TIME_FORMAT, default: '{{now}}' },
      guide: 'Thời điểm đăng, giờ Việt Nam, viết năm-tháng-ngàyTgiờ:phút:giây. Ghi một thời điểm sau này để hẹn giờ đăng.',
    }),
    until: described(optional(vietnamDay), {
      label: 'Hiện ở trang chủ đến hết ngày',
      widget: 'datetime',
      editor: DAY_FORMAT,
      hint: 'Sau ngày này thông báo rời trang chủ, vẫn ở mục Thông báo. Để trống: ở trang chủ cho tới khi có thông báo mới hơn.',
      guide: 'Ngày cuối thông báo hiện ở trang chủ, viết năm-tháng-ngày, ví dụ 2026-12-31 (thường là hạn nêu trong thông báo). Để trống nếu không có hạn.',
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
      guide: 'Văn bản thông báo nhắc đến: tên tệp trong src/content/documents/, không có đuôi .mdx. Để [] nếu không có.',
    }),
    draft: described(flag(false), {
      label: 'Giữ lại, chưa đăng',
      widget: 'boolean',
      editor: { default: false },
      hint: 'Thông báo chỉ lên trang khi người duyệt bấm Đăng. Đánh dấu ô này nếu muốn giữ lại cả sau khi được duyệt.',
      guide: 'true: bản nháp, chưa đăng. Đổi thành false khi thông báo đã sẵn sàng để đăng.',
    }),
  })
  .strict();

export type NoticeFrontmatter = z.output<typeof noticeFrontmatterSchema>;

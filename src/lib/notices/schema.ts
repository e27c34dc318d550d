import { z } from 'astro/zod';
import { described } from '../content/field-info.ts';
import { documentsField, draftField, optionalDayField, postingTimeField } from '../content/described-fields.ts';
import { text } from '../content/fields.ts';

/**
 * A notice's frontmatter ("Thông báo", SPEC 14): a short announcement (a deadline, a change of
 * office hours), on the home page above the news until its `until` day, in the archive for good.
 */
export const noticeFrontmatterSchema = z
  .object({
    title: described(text(), { label: 'Tiêu đề', widget: 'string', guide: 'Tiêu đề thông báo, đặt trong dấu ngoặc kép.' }),
    date: postingTimeField('thông báo'),
    until: optionalDayField({
      label: 'Hiện ở trang chủ đến hết ngày',
      hint: 'Sau ngày này thông báo rời trang chủ, vẫn ở mục Thông báo. Để trống: ở trang chủ cho tới khi có thông báo mới hơn.',
      guide: 'Ngày cuối thông báo hiện ở trang chủ, viết năm-tháng-ngày, ví dụ 2026-12-31 (thường là hạn nêu trong thông báo). Để trống nếu không có hạn.',
    }),
    documents: documentsField('thông báo'),
    draft: draftField({ subject: 'Thông báo', object: 'thông báo' }),
  })
  .strict();

export type NoticeFrontmatter = z.output<typeof noticeFrontmatterSchema>;

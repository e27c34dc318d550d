import { z } from 'astro/zod';
import { described } from './field-info.ts';
import { flag, list, optional, text, vietnamDateTime, vietnamDay } from './fields.ts';

/**
 * Fields several kinds share, described once: how the web editor picks a date, the documents
 * an item refers to, and the "hold back" box. Each kind passes only the words that name its
 * items ("Bài", "Thông báo"…), so that the fields read the same way in every form.
 */

/** Decap's date-time picker, storing Vietnam time as written (no offset, no UTC). */
export const DATE_TIME_FORMAT = { format: 'YYYY-MM-DDTHH:mm:ss', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', picker_utc: false };
/** Decap's day picker. */
export const DAY_FORMAT = { format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: false };

/** A calendar day picked in the web editor. */
export function dayField(info: { label: string; guide: string; hint?: string }) {
  return described(vietnamDay, { widget: 'datetime', editor: DAY_FORMAT, ...info });
}

/** An optional calendar day. */
export function optionalDayField(info: { label: string; guide: string; hint?: string }) {
  return described(optional(vietnamDay), { widget: 'datetime', editor: DAY_FORMAT, ...info });
}

/** The posting time: now by default in the web editor, a later time schedules the item. */
export function postingTimeField(what: string, hint?: string) {
  return described(vietnamDateTime, {
    label: 'Ngày giờ đăng (giờ Việt Nam)',
    widget: 'datetime',
    editor: { ...DATE_TIME_FORMAT, default: '{{now}}' },
    ...(hint ? { hint } : {}),
    guide: `Thời điểm đăng, giờ Việt Nam, viết năm-tháng-ngàyTgiờ:phút:giây. Ghi một thời điểm sau này để hẹn giờ đăng ${what}.`,
  });
}

/** Documents of the library an item refers to, by their file names. */
export function documentsField(what: string) {
  return described(list(z.string().trim()), {
    label: 'Văn bản liên quan',
    widget: 'relation',
    editor: {
      collection: 'documents',
      value_field: '{{slug}}',
      search_fields: ['number', 'title'],
      display_fields: ['{{number}} – {{title}}'],
      multiple: true,
    },
    guide: `Văn bản ${what} nhắc đến: tên tệp trong src/content/documents/, không có đuôi .mdx, ví dụ ["ke-hoach-2993-kh-ubnd-2019"]. Để [] nếu không có.`,
  });
}

/**
 * The "hold back" box. In the web editor the review (SPEC 13) is the gate: an approved item goes
 * live unless held back here. From `npm run new` an item still starts as a draft (its pull
 * request is the review).
 */
export function draftField(what: { subject: string; object: string }) {
  return described(flag(false), {
    label: 'Giữ lại, chưa đăng',
    widget: 'boolean',
    editor: { default: false },
    hint: `${what.subject} chỉ lên trang khi người duyệt bấm Đăng. Đánh dấu ô này nếu muốn giữ ${what.object} lại cả sau khi được duyệt.`,
    guide: `true: bản nháp, chưa đăng. Đổi thành false khi ${what.object} đã sẵn sàng để đăng.`,
  });
}

/** One file to download, under public/, with the name readers see (`example`: a path as it is written). */
export function publicFileItem(example: string) {
  return z
    .object({
      file: described(
        z
          .string()
          .trim()
          .regex(/^\/[^?#]+\.[a-z0-9]+$/i, {
            error: (issue) =>
              typeof issue.input === 'string' && /^public\//.test(issue.input)
                ? `bỏ public ở đầu đường dẫn: viết ${issue.input.slice('public'.length)}.`
                : `phải là đường dẫn trong thư mục public viết từ gốc trang, bắt đầu bằng /, ví dụ ${example}.`,
          }),
        { label: 'Tệp (PDF, DOC…)', widget: 'file', editor: { choose_url: false } },
      ),
      label: described(text(), { label: 'Tên hiển thị', widget: 'string' }),
    })
    .strict();
}

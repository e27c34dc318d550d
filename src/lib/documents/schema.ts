import { z } from 'astro/zod';
import { described } from '../content/field-info.ts';
import { dayField, draftField, optionalDayField, publicFileItem } from '../content/described-fields.ts';
import { list, optional, text } from '../content/fields.ts';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS } from './document-types.ts';

/** One file to download with a document. */
export const attachmentSchema = publicFileItem('/files/van-ban/2993-kh-ubnd-2019.pdf');

/**
 * A document's frontmatter (SPEC 4.4), with what editors are told about each field
 * (src/lib/content/field-info.ts); cross-file rules are in check.ts.
 */
export const documentFrontmatterSchema = z
  .object({
    title: described(text(), { label: 'Trích yếu (tên văn bản)', widget: 'string', guide: 'Trích yếu của văn bản (tên văn bản), đặt trong dấu ngoặc kép.' }),
    number: described(text(), {
      label: 'Số ký hiệu',
      widget: 'string',
      hint: 'Ví dụ 2993/KH-UBND.',
      guide: 'Số ký hiệu, đúng như trên văn bản, trong dấu ngoặc kép, ví dụ "2993/KH-UBND" hoặc "29/2019/QĐ-UBND".',
    }),
    type: described(z.enum(DOCUMENT_TYPES), {
      label: 'Loại văn bản',
      widget: 'select',
      editor: { options: DOCUMENT_TYPES.map((type) => ({ label: DOCUMENT_TYPE_LABELS[type], value: type })) },
      guide: `Loại văn bản, một trong: ${DOCUMENT_TYPES.map((t) => `${t} (${DOCUMENT_TYPE_LABELS[t]})`).join(', ')}.`,
    }),
    issuer: described(text(), {
      label: 'Cơ quan ban hành',
      widget: 'string',
      guide: 'Cơ quan ban hành, trong dấu ngoặc kép: sửa lại nếu không phải cơ quan này.',
    }),
    issued: dayField({
      label: 'Ngày ban hành',
      guide: 'Ngày ban hành, viết năm-tháng-ngày, ví dụ 2019-12-23: sửa thành ngày ghi trên văn bản.',
    }),
    effective: optionalDayField({
      label: 'Ngày hiệu lực',
      guide: 'Ngày có hiệu lực, viết năm-tháng-ngày. Để trống nếu văn bản không ghi.',
    }),
    summary: described(optional(z.string().trim()), {
      label: 'Tóm tắt nội dung',
      widget: 'text',
      guide: 'Tóm tắt nội dung chính một, hai câu, trong dấu ngoặc kép. Để trống nếu không có.',
    }),
    attachments: described(list(attachmentSchema), {
      label: 'Tệp đính kèm',
      widget: 'list',
      items: attachmentSchema,
      guide:
        'Tệp toàn văn để tải về: chép tệp vào thư mục public/files/van-ban/, xóa dòng "attachments: []" dưới đây,\n' +
        'xóa hai ký tự "# " ở đầu ba dòng ví dụ này, rồi sửa tên tệp và nhãn (file viết từ gốc trang: /files/van-ban/…):',
    }),
    draft: draftField({ subject: 'Văn bản', object: 'văn bản' }),
  })
  .strict();

export type DocumentFrontmatter = z.output<typeof documentFrontmatterSchema>;

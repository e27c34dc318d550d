import { z } from 'astro/zod';
import { dayField, draftField, publicFileItem } from '../content/described-fields.ts';
import { described } from '../content/field-info.ts';
import { list, optional, text } from '../content/fields.ts';

/**
 * A draft posted for comment ("Lấy ý kiến dự thảo", SPEC 14): what it is, from when until when
 * comments are taken, its files; after closing, what was received and the document finally issued.
 */
export const consultationFrontmatterSchema = z
  .object({
    title: described(text(), {
      label: 'Tên dự thảo',
      widget: 'string',
      guide: 'Tên dự thảo, trong dấu ngoặc kép, ví dụ "Dự thảo Kế hoạch cải cách hành chính năm 2027".',
    }),
    number: described(optional(text()), {
      label: 'Số ký hiệu (nếu có)',
      widget: 'string',
      guide: 'Số ký hiệu của dự thảo nếu có, trong dấu ngoặc kép. Để trống nếu không có.',
    }),
    issuer: described(text(), {
      label: 'Cơ quan soạn thảo',
      widget: 'string',
      guide: 'Cơ quan chủ trì soạn thảo và lấy ý kiến, trong dấu ngoặc kép, ví dụ "Sở Nội vụ".',
    }),
    opens: dayField({ label: 'Bắt đầu lấy ý kiến', guide: 'Ngày bắt đầu nhận góp ý, viết năm-tháng-ngày, ví dụ 2026-12-01.' }),
    closes: dayField({
      label: 'Hết hạn lấy ý kiến (hết ngày)',
      hint: 'Sau ngày này trang tự chuyển sang "Đã hết hạn lấy ý kiến" ở lần dựng trang hằng đêm.',
      guide: 'Ngày cuối nhận góp ý (hết ngày), viết năm-tháng-ngày, không trước ngày bắt đầu.',
    }),
    files: described(list(publicFileItem('/files/du-thao/du-thao-ke-hoach-cchc-2027.pdf')), {
      label: 'Tệp dự thảo',
      widget: 'list',
      items: publicFileItem('/files/du-thao/du-thao-ke-hoach-cchc-2027.pdf'),
      guide:
        'Tệp dự thảo để tải về: chép tệp vào thư mục public/files/du-thao/, xóa dòng "files: []" dưới đây,\n' +
        'xóa hai ký tự "# " ở đầu ba dòng ví dụ này, rồi sửa tên tệp và nhãn (file viết từ gốc trang: /files/du-thao/…):',
    }),
    summary: described(optional(text()), {
      label: 'Kết quả lấy ý kiến',
      widget: 'text',
      hint: 'Sau khi hết hạn: đã nhận bao nhiêu ý kiến, từ đâu, tiếp thu và giải trình thế nào.',
      guide:
        'Sau khi hết hạn: tóm tắt ý kiến đã nhận và việc tiếp thu, giải trình, trong dấu ngoặc kép (nhiều đoạn: viết summary: | rồi mỗi đoạn một dòng bên dưới, đầu dòng hai dấu cách). Để trống khi chưa có.',
    }),
    document: described(optional(z.string().trim().min(1)), {
      label: 'Văn bản đã ban hành',
      widget: 'relation',
      editor: { collection: 'documents', value_field: '{{slug}}', search_fields: ['number', 'title'], display_fields: ['{{number}} – {{title}}'] },
      guide: 'Văn bản được ban hành từ dự thảo này: tên tệp trong src/content/documents/, không có đuôi .mdx. Để trống khi chưa ban hành.',
    }),
    draft: draftField({ subject: 'Dự thảo', object: 'dự thảo' }),
  })
  .strict();

export type ConsultationFrontmatter = z.output<typeof consultationFrontmatterSchema>;

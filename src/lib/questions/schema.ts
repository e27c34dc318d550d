import { z } from 'astro/zod';
import { documentsField, draftField, optionalDayField, postingTimeField } from '../content/described-fields.ts';
import { described } from '../content/field-info.ts';
import { optional, text } from '../content/fields.ts';

/**
 * A question and its answer ("Hỏi đáp", SPEC 14): the question and who asked it in the
 * frontmatter, the answer as the body. The answer's time publishes it (a later time schedules it).
 */
export const questionFrontmatterSchema = z
  .object({
    title: described(optional(text()), {
      label: 'Tiêu đề ngắn',
      widget: 'string',
      hint: 'Để trống thì câu hỏi làm tiêu đề. Nên viết khi câu hỏi dài.',
      guide: 'Tiêu đề ngắn, trong dấu ngoặc kép, ví dụ "Nộp hồ sơ trực tuyến có cần chữ ký số?". Để trống thì câu hỏi làm tiêu đề.',
    }),
    question: described(text(), {
      label: 'Câu hỏi',
      widget: 'text',
      guide:
        'Câu hỏi như người hỏi gửi (có thể lược bớt thông tin cá nhân), trong dấu ngoặc kép. Câu hỏi nhiều đoạn: viết question: | rồi mỗi đoạn một dòng bên dưới, đầu dòng hai dấu cách.',
    }),
    asker: described(optional(text()), {
      label: 'Người hỏi',
      widget: 'string',
      hint: 'Chỉ ghi những gì người hỏi đồng ý công khai, ví dụ "Bà N.T.H., xã Tam Đường". Không ghi số điện thoại, địa chỉ thư.',
      guide: 'Người hỏi, chỉ những gì người hỏi đồng ý công khai, ví dụ "Bà N.T.H., xã Tam Đường". Để trống nếu không công khai.',
    }),
    asked: optionalDayField({
      label: 'Ngày hỏi',
      guide: 'Ngày nhận câu hỏi, viết năm-tháng-ngày, ví dụ 2026-11-20. Để trống nếu không rõ.',
    }),
    field: described(optional(text()), {
      label: 'Lĩnh vực',
      widget: 'string',
      hint: 'Ví dụ: Thủ tục hành chính, Đất đai, Tư pháp – hộ tịch. Viết giống nhau ở mọi câu hỏi cùng lĩnh vực.',
      guide: 'Lĩnh vực của câu hỏi, trong dấu ngoặc kép, ví dụ "Thủ tục hành chính"; câu hỏi cùng lĩnh vực được xếp chung một trang.',
    }),
    answeredBy: described(text(), {
      label: 'Cơ quan trả lời',
      widget: 'string',
      guide: 'Cơ quan, đơn vị trả lời, trong dấu ngoặc kép, ví dụ "Sở Nội vụ".',
    }),
    answered: postingTimeField('câu trả lời'),
    documents: documentsField('câu trả lời'),
    draft: draftField({ subject: 'Câu hỏi', object: 'câu hỏi' }),
  })
  .strict();

export type QuestionFrontmatter = z.output<typeof questionFrontmatterSchema>;

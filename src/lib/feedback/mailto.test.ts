import { describe, expect, it } from 'vitest';
import { commentMessage, mailtoLink, questionMessage } from './mailto.ts';

describe('the mail a reader sends', () => {
  it('opens with subject and body encoded as UTF-8, line breaks as CRLF', () => {
    const link = mailtoLink('hoi-dap@so.gov.vn', { subject: 'Câu hỏi & góp ý', body: 'Dòng 1\nDòng 2 = ?' });
    expect(link).toBe('mailto:hoi-dap@so.gov.vn?subject=C%C3%A2u%20h%E1%BB%8Fi%20%26%20g%C3%B3p%20%C3%BD&body=D%C3%B2ng%201%0D%0AD%C3%B2ng%202%20%3D%20%3F');
    const url = new URL(link);
    expect(url.searchParams.get('subject')).toBe('Câu hỏi & góp ý');
    expect(url.searchParams.get('body')).toBe('Dòng 1\r\nDòng 2 = ?');
  });

  it('asks a question in its field, or to the portal', () => {
    expect(questionMessage('Cổng CCHC', 'Đất đai').subject).toBe('Câu hỏi về Đất đai');
    expect(questionMessage('Cổng CCHC').subject).toBe('Câu hỏi gửi Cổng CCHC');
    expect(questionMessage('Cổng CCHC', 'Đất đai').body).toBe(
      'Họ và tên:\nĐịa chỉ (xã/phường, tỉnh):\nSố điện thoại (nếu muốn được gọi lại):\nLĩnh vực: Đất đai\n\nCâu hỏi:\n\n',
    );
    expect(questionMessage('Cổng CCHC').body.split('\n')).toContain('Lĩnh vực:');
  });

  it('names the draft commented on, with its number and deadline', () => {
    const message = commentMessage({ title: 'Dự thảo Kế hoạch CCHC năm 2027', number: '15/KH-UBND', closesLabel: '20/12/2026' });
    expect(message.subject).toBe('Góp ý dự thảo Kế hoạch CCHC năm 2027 (15/KH-UBND)');
    expect(message.body).toBe(
      'Góp ý cho dự thảo Kế hoạch CCHC năm 2027 (15/KH-UBND)\n(Hạn góp ý: hết ngày 20/12/2026)\n\n' +
        'Họ và tên, cơ quan hoặc đơn vị:\nĐiều, khoản hoặc mục góp ý:\n\nNội dung góp ý:\n\n',
    );
    expect(commentMessage({ title: 'Quy chế làm việc', closesLabel: '1/1/2027' }).subject).toBe('Góp ý dự thảo Quy chế làm việc');
    expect(commentMessage({ title: 'DỰ THẢO  Quy chế', closesLabel: '1/1/2027' }).subject).toBe('Góp ý dự thảo Quy chế');
  });
});

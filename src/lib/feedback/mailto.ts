/**
 * A `mailto:` address that opens the reader's mail program with the subject and the body
 * already written (RFC 6068): every character of a header value percent-encoded as UTF-8, line
 * breaks as CRLF, so that Vietnamese text and new lines survive every mail program.
 */
export function mailtoLink(to: string, { subject, body }: { subject: string; body: string }): string {
  const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** What a reader sends: a question for Hỏi đáp, or a comment on a draft under consultation. */
export interface FeedbackMessage {
  subject: string;
  body: string;
}

/** The mail a reader starts with to ask a question, optionally in a field (lĩnh vực). */
export function questionMessage(portalName: string, field?: string): FeedbackMessage {
  return {
    subject: field ? `Câu hỏi về ${field}` : `Câu hỏi gửi ${portalName}`,
    body: [
      'Họ và tên:',
      'Địa chỉ (xã/phường, tỉnh):',
      'Số điện thoại (nếu muốn được gọi lại):',
      `Lĩnh vực: ${field ?? ''}`.trimEnd(),
      '',
      'Câu hỏi:',
      '',
      '',
    ].join('\n'),
  };
}

/**
 * The mail a reader starts with to comment on a draft: which draft, and where in it. A title
 * that already says "Dự thảo …" is not called a draft twice.
 */
export function commentMessage(draft: { title: string; number?: string; closesLabel: string }): FeedbackMessage {
  const title = draft.title.replace(/^dự thảo\s+/i, '');
  const name = `dự thảo ${draft.number ? `${title} (${draft.number})` : title}`;
  return {
    subject: `Góp ý ${name}`,
    body: [
      `Góp ý cho ${name}`,
      `(Hạn góp ý: hết ngày ${draft.closesLabel})`,
      '',
      'Họ và tên, cơ quan hoặc đơn vị:',
      'Điều, khoản hoặc mục góp ý:',
      '',
      'Nội dung góp ý:',
      '',
      '',
    ].join('\n'),
  };
}

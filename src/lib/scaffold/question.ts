import { KIND_FIELDS } from '../content/kind-fields.ts';
import { frontmatter, yamlString } from './frontmatter.ts';
import { articleDate, cleanTitle } from './news.ts';

/** A new question: the question as received, the office answering, a draft answered now. */
export function questionTemplate({ question, answeredBy, now }: { question: string; answeredBy: string; now: Date }): string {
  const head = frontmatter(KIND_FIELDS.questions.schema, {
    question: yamlString(cleanTitle(question)),
    answeredBy: yamlString(answeredBy),
    answered: articleDate(now),
    draft: 'true',
  });
  return `${head}

Viết câu trả lời ở đây, thay cho đoạn này: trả lời thẳng vào câu hỏi, dẫn văn bản làm căn cứ (số, ngày, điều khoản), và nơi người hỏi có thể hỏi thêm.
`;
}

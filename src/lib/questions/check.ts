import { checkItems, type CheckedItem } from '../content/check-items.ts';
import { checkDocumentRefs } from '../content/check-refs.ts';
import { QUESTIONS } from '../content/kinds.ts';
import type { Problem } from '../problems/problem.ts';
import { BODY } from '../source/body.ts';
import type { MarkdownFile } from '../source/markdown-file.ts';
import { formatDay, toVietnamDay } from '../vietnamese/dates.ts';
import { slugify } from '../vietnamese/text.ts';
import { questionFrontmatterSchema, type QuestionFrontmatter } from './schema.ts';

/** A question whose frontmatter is valid, with its slug, file and publishing status. */
export type CheckedQuestion = CheckedItem<QuestionFrontmatter>;

/**
 * Validates every question: its fields, its file name, the answer (the body), the documents it
 * names, a question asked after it was answered, and one field (lĩnh vực) written two ways.
 * Returns the valid questions newest answer first, drafts and scheduled ones with their status.
 */
export function checkQuestions(
  files: readonly MarkdownFile[],
  context: { documents: ReadonlySet<string>; now: Date },
): { problems: Problem[]; questions: CheckedQuestion[]; slugs: Set<string> } {
  // The first spelling of each field, by its address: "Đất đai" and "đất đai" would share a page.
  const fields = new Map<string, string>();
  const { items, ...checked } = checkItems(files, QUESTIONS, questionFrontmatterSchema, {
    now: context.now,
    postedAt: 'answered',
    rules(data, add, source) {
      if (source.body.trim() === '') add([], BODY, 'chưa có câu trả lời: viết câu trả lời dưới dòng --- thứ hai.');
      checkDocumentRefs(data.documents, context.documents, add);
      const answeredDay = toVietnamDay(data.answered);
      if (data.asked && data.asked > answeredDay)
        add(['asked'], 'asked', `ngày hỏi ${formatDay(data.asked)} sau ngày trả lời ${formatDay(answeredDay)}: kiểm tra lại hai ngày.`);
      if (data.field) {
        const key = fieldSlug(data.field);
        const first = fields.get(key);
        if (first === undefined) fields.set(key, data.field);
        else if (first !== data.field)
          add(['field'], 'field', `"${data.field}" và "${first}" là một lĩnh vực viết hai cách: viết "${first}" như ở các câu hỏi khác.`);
      }
    },
  });
  return { ...checked, questions: items };
}

/** A field's address: `/hoi-dap/linh-vuc/<this>/`. */
export const fieldSlug = (field: string) => slugify(field);

/** The fields (lĩnh vực) in use, each with its questions in the given order, by name. */
export function questionsByField<T extends { field?: string }>(questions: readonly T[]): Array<{ field: string; slug: string; questions: T[] }> {
  const groups = new Map<string, { field: string; slug: string; questions: T[] }>();
  for (const question of questions) {
    if (!question.field) continue;
    const slug = fieldSlug(question.field);
    const group = groups.get(slug) ?? { field: question.field, slug, questions: [] };
    group.questions.push(question);
    groups.set(slug, group);
  }
  return [...groups.values()].sort((a, b) => a.field.localeCompare(b.field, 'vi'));
}

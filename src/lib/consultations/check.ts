import { checkItems, type CheckedItem } from '../content/check-items.ts';
import { missingDocument } from '../content/check-refs.ts';
import { checkWrittenFiles } from '../content/written-files.ts';
import { CONSULTATIONS } from '../content/kinds.ts';
import type { Problem } from '../problems/problem.ts';
import { BODY } from '../source/body.ts';
import type { MarkdownFile } from '../source/markdown-file.ts';
import { formatDay } from '../vietnamese/dates.ts';
import { consultationFrontmatterSchema, type ConsultationFrontmatter } from './schema.ts';

/** A draft under consultation whose frontmatter is valid, with its slug, file and status (draft or published). */
export type CheckedConsultation = CheckedItem<ConsultationFrontmatter>;

/**
 * Validates every consultation: its fields, its file name, what it is about (the body), a
 * closing day before the opening one, its files under public/, the document finally issued.
 * Returns the valid ones, the newest opening first.
 */
export function checkConsultations(
  files: readonly MarkdownFile[],
  context: { documents: ReadonlySet<string>; now: Date; fileExists: (path: string) => boolean; sameNameOtherCase?: (path: string) => string | undefined },
): { problems: Problem[]; consultations: CheckedConsultation[]; slugs: Set<string> } {
  const { items, ...checked } = checkItems(files, CONSULTATIONS, consultationFrontmatterSchema, {
    now: context.now,
    order: (a, b) => (a.opens === b.opens ? a.slug.localeCompare(b.slug) : a.opens < b.opens ? 1 : -1),
    writtenRules: (written, add, source) =>
      checkWrittenFiles(
        written,
        { list: 'files', keys: ['file'], item: 'mục', where: 'tệp dự thảo đặt trong thư mục public/files/du-thao/ và viết /files/du-thao/ten-tep.pdf' },
        { file: source.file, add, ...context },
      ),
    rules(data, add, source) {
      if (source.body.trim() === '') add([], BODY, 'chưa có nội dung: viết vài dòng dự thảo nói về việc gì, cần góp ý những gì, dưới dòng --- thứ hai.');
      if (data.closes < data.opens)
        add(['closes'], 'closes', `ngày hết hạn ${formatDay(data.closes)} trước ngày bắt đầu ${formatDay(data.opens)}: kiểm tra lại hai ngày.`);
      if (data.document && !context.documents.has(data.document)) add(['document'], 'document', missingDocument(data.document, context.documents));
    },
  });
  return { ...checked, consultations: items };
}

import { checkDocumentRefs } from '../content/check-refs.ts';
import { checkItems, type CheckedItem } from '../content/check-items.ts';
import { NOTICES } from '../content/kinds.ts';
import type { PublishStatus } from '../news/publishing.ts';
import type { Problem } from '../problems/problem.ts';
import { BODY } from '../source/body.ts';
import type { MarkdownFile } from '../source/markdown-file.ts';
import { formatDay, toVietnamDay } from '../vietnamese/dates.ts';
import { noticeFrontmatterSchema, type NoticeFrontmatter } from './schema.ts';

/** A notice whose frontmatter is valid, with its slug, file and publishing status at `now`. */
export type CheckedNotice = CheckedItem<NoticeFrontmatter>;

/**
 * Validates every notice and what it refers to: its fields, its file name, the documents it
 * names, an `until` day before its posting day. Returns the valid notices newest first, drafts
 * and scheduled ones included (with their status), and every file's slug, valid or not.
 */
export function checkNotices(
  files: readonly MarkdownFile[],
  context: { documents: ReadonlySet<string>; now: Date },
): { problems: Problem[]; notices: CheckedNotice[]; slugs: Set<string> } {
  const { items, ...checked } = checkItems(files, NOTICES, noticeFrontmatterSchema, {
    now: context.now,
    postedAt: 'date',
    rules(data, add, source) {
      if (source.body.trim() === '') add([], BODY, 'thông báo chưa có nội dung: viết nội dung dưới dòng --- thứ hai.');
      checkDocumentRefs(data.documents, context.documents, add);
      if (data.until && data.until < toVietnamDay(data.date))
        add(
          ['until'],
          'until',
          `ngày ${formatDay(data.until)} trước ngày đăng ${formatDay(toVietnamDay(data.date))}: thông báo sẽ không hiện ở trang chủ ngày nào; sửa lại ngày, hoặc để trống.`,
        );
    },
  });
  return { ...checked, notices: items };
}

/**
 * The notices the home page shows on a day (Vietnam time): published, not past their `until`
 * day, newest first, at most `count`.
 */
export function currentNotices<T extends { status: PublishStatus; until?: string }>(newestFirst: readonly T[], today: string, count: number): T[] {
  return newestFirst.filter((n) => n.status === 'published' && (n.until === undefined || n.until >= today)).slice(0, count);
}

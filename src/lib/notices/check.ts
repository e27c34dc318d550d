import { NOTICES } from '../content/kinds.ts';
import { checkSlugs, slugOf } from '../content/files.ts';
import { compareNewestFirst, publishStatus, type PublishStatus } from '../news/publishing.ts';
import type { Problem } from '../problems/problem.ts';
import { parseWithProblems } from '../problems/zod.ts';
import { BODY, checkMdxSyntax } from '../source/body.ts';
import type { MarkdownFile } from '../source/markdown-file.ts';
import { formatDateTime, formatDay, toVietnamDay } from '../vietnamese/dates.ts';
import { noticeFrontmatterSchema, type NoticeFrontmatter } from './schema.ts';

/** A notice whose frontmatter is valid, with its slug, file and publishing status at `now`. */
export type CheckedNotice = NoticeFrontmatter & { slug: string; file: string; status: PublishStatus };

/**
 * Validates every notice and what it refers to: its fields, its file name, the documents it
 * names, an `until` day before its posting day. Returns the valid notices newest first, drafts
 * and scheduled ones included (with their status), and every file's slug, valid or not.
 */
export function checkNotices(
  files: readonly MarkdownFile[],
  context: { documents: ReadonlySet<string>; now: Date },
): { problems: Problem[]; notices: CheckedNotice[]; slugs: Set<string> } {
  const problems: Problem[] = [];
  const named = files.map((f) => ({ ...f, slug: slugOf(f.file) }));
  problems.push(...checkSlugs(named, NOTICES.exampleFile));
  const notices: CheckedNotice[] = [];
  for (const source of named) {
    const { file, slug } = source;
    if (file.endsWith('.mdx')) checkMdxSyntax(file, source.body, problems);
    if (!source.data) continue;
    const data = parseWithProblems(noticeFrontmatterSchema, source.data, { file, data: source.data, lineOf: source.lineOf }, problems);
    if (!data) continue;
    const add = (path: Array<string | number>, field: string, message: string, severity?: 'warning') =>
      problems.push({ file, line: source.lineOf(path), field, message, ...(severity ? { severity } : {}) });
    if (source.body.trim() === '') add([], BODY, 'thông báo chưa có nội dung: viết nội dung dưới dòng --- thứ hai.');
    data.documents.forEach((doc, i) => {
      if (!context.documents.has(doc))
        add(
          ['documents', i],
          `documents (mục thứ ${i + 1})`,
          `không có văn bản "${doc}" trong src/content/documents/: viết tên tệp văn bản, không có đuôi .mdx, ví dụ ke-hoach-2993-kh-ubnd-2019.`,
        );
    });
    if (data.until && data.until < toVietnamDay(data.date))
      add(
        ['until'],
        'until',
        `ngày ${formatDay(data.until)} trước ngày đăng ${formatDay(toVietnamDay(data.date))}: thông báo sẽ không hiện ở trang chủ ngày nào; sửa lại ngày, hoặc để trống.`,
      );
    const status = publishStatus(data, context.now);
    if (status === 'draft') add(['draft'], 'draft', 'bản nháp, chưa đăng. Đổi thành draft: false khi muốn đăng.', 'warning');
    if (status === 'scheduled')
      add(['date'], 'date', `hẹn giờ: thông báo lên trang ở lần dựng trang đầu tiên sau ${formatDateTime(data.date)} (giờ Việt Nam).`, 'warning');
    notices.push({ ...data, slug, file, status });
  }
  return { problems, notices: notices.sort(compareNewestFirst), slugs: new Set(named.map((f) => f.slug)) };
}

/**
 * The notices the home page shows on a day (Vietnam time): published, not past their `until`
 * day, newest first, at most `count`.
 */
export function currentNotices<T extends { status: PublishStatus; until?: string }>(newestFirst: readonly T[], today: string, count: number): T[] {
  return newestFirst.filter((n) => n.status === 'published' && (n.until === undefined || n.until >= today)).slice(0, count);
}

import type { z } from 'astro/zod';
import { compareNewestFirst, publishStatus, type PublishStatus } from '../news/publishing.ts';
import type { Problem } from '../problems/problem.ts';
import { parseWithProblems } from '../problems/zod.ts';
import { checkMdxSyntax } from '../source/body.ts';
import type { MarkdownFile } from '../source/markdown-file.ts';
import { formatDateTime } from '../vietnamese/dates.ts';
import { checkSlugs, slugOf } from './files.ts';
import type { ContentKind } from './kinds.ts';

/** Reports a problem at a field of the file being checked. */
export type AddProblem = (path: Array<string | number>, field: string, message: string, severity?: 'warning') => void;

/** An item whose frontmatter is valid, with its slug, its file and its publishing status. */
export type CheckedItem<T> = T & { slug: string; file: string; status: PublishStatus };

/**
 * What the kinds after articles and documents share (Thông báo, Hỏi đáp, dự thảo, albums): the
 * file names, MDX slips, the fields by the kind's schema, then the kind's own `rules`; drafts are
 * kept with their status and a warning, and so are items whose `postedAt` field (the time that
 * publishes them) is after `now`. Returns the valid items in the kind's order (newest first by
 * `postedAt` unless `order` says otherwise) and every file's slug, valid or not, so that a link
 * to an item with a mistake is not reported twice.
 */
export function checkItems<S extends z.ZodObject>(
  files: readonly MarkdownFile[],
  kind: ContentKind,
  schema: S,
  {
    now,
    postedAt,
    order,
    rules,
    writtenRules,
  }: {
    now: Date;
    postedAt?: keyof z.output<S> & string;
    order?: (a: z.output<S> & { slug: string }, b: z.output<S> & { slug: string }) => number;
    rules?: (data: z.output<S>, add: AddProblem, source: MarkdownFile & { slug: string }) => void;
    /**
     * Rules on the frontmatter as written, before the fields are validated: a missing file is
     * named even while another field of the file is wrong, so that every problem comes at once.
     */
    writtenRules?: (written: Record<string, unknown>, add: AddProblem, source: MarkdownFile & { slug: string }) => void;
  },
): { problems: Problem[]; items: Array<CheckedItem<z.output<S>>>; slugs: Set<string> } {
  type Item = CheckedItem<z.output<S>>;
  const problems: Problem[] = [];
  const named = files.map((f) => ({ ...f, slug: slugOf(f.file) }));
  problems.push(...checkSlugs(named, kind.exampleFile));
  const items: Item[] = [];
  const postingTime = (data: z.output<S>): Date => (postedAt ? (data[postedAt] as Date) : new Date(0));
  for (const source of named) {
    const { file, slug } = source;
    if (file.endsWith('.mdx')) checkMdxSyntax(file, source.body, problems);
    if (!source.data) continue;
    const add: AddProblem = (path, field, message, severity) =>
      problems.push({ file, line: source.lineOf(path), field, message, ...(severity ? { severity } : {}) });
    writtenRules?.(source.data, add, source);
    const data = parseWithProblems(schema, source.data, { file, data: source.data, lineOf: source.lineOf }, problems);
    if (!data) continue;
    rules?.(data, add, source);
    const status = publishStatus({ draft: (data as { draft?: boolean }).draft, date: postingTime(data) }, now);
    if (status === 'draft') add(['draft'], 'draft', 'bản nháp, chưa đăng. Đổi thành draft: false khi muốn đăng.', 'warning');
    if (status === 'scheduled' && postedAt)
      add(
        [postedAt],
        postedAt,
        `hẹn giờ: ${kind.noun} lên trang ở lần dựng trang đầu tiên sau ${formatDateTime(postingTime(data))} (giờ Việt Nam).`,
        'warning',
      );
    items.push({ ...data, slug, file, status });
  }
  const newestFirst = (a: Item, b: Item) => compareNewestFirst({ date: postingTime(a), slug: a.slug }, { date: postingTime(b), slug: b.slug });
  return { problems, items: items.sort(order ?? newestFirst), slugs: new Set(named.map((f) => f.slug)) };
}

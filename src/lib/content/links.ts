import { CATEGORIES_FILE } from '../../content.paths.ts';
import type { Problem } from '../problems/problem.ts';
import { CONTENT_KINDS, type ContentKindId } from './kinds.ts';
import { didYouMean } from '../problems/suggest.ts';
import { BODY } from '../source/body.ts';
import { lineColumn } from '../source/lines.ts';
import type { MarkdownFile } from '../source/markdown-file.ts';

/**
 * What the site has, for the links an editor writes in a text: each kind's slugs. A kind left
 * undefined is not checked (a caller that reads no such files); so are categories when
 * categories.json could not be read (already reported).
 */
export type LinkTargets = { news: ReadonlySet<string>; documents: ReadonlySet<string>; categories?: ReadonlySet<string> } & Partial<
  Record<ContentKindId, ReadonlySet<string>>
>;

/** Each section's pages, and the lists it has besides them (`/van-ban/loai/ke-hoach/`). */
const SECTIONS: Record<string, { targets: keyof LinkTargets; what: string; folder: string; lists: readonly string[] }> = {
  ...Object.fromEntries(CONTENT_KINDS.map((k) => [k.route, { targets: k.id, what: k.noun, folder: `${k.folder}/`, lists: k.lists }])),
  'chuyen-muc': { targets: 'categories', what: 'chuyên mục', folder: CATEGORIES_FILE, lists: [] },
};
const SECTION_LINK = new RegExp(`(?:\\]\\(\\s*<?|href=["'])\\/(${Object.keys(SECTIONS).join('|')})\\/([^/?#)\\s"']+)`, 'g');

/** A link written in a text to one of the site's sections: `/tin-tuc/x/` → tin-tuc, x. */
export interface LinkUse {
  section: string;
  slug: string;
  line: number;
}

/** The links of a text to a page of the site's own sections, with their lines. */
export function bodyLinks(body: string): LinkUse[] {
  return [...body.matchAll(SECTION_LINK)].map((match) => ({ section: match[1], slug: match[2], line: lineColumn(body, match.index).line }));
}

/**
 * Links in a text to an article, a document or a category of the site (`[xem](/tin-tuc/x/)`,
 * `href="/van-ban/y/"`) that lead nowhere: a reader would meet a "page not found".
 */
export function checkBodyLinks(files: readonly MarkdownFile[], targets: LinkTargets): Problem[] {
  return checkLinks(
    files.map(({ file, body }) => ({ file, links: bodyLinks(body) })),
    targets,
  );
}

/** `checkBodyLinks` over links already found (an article's are kept between builds with its facts). */
export function checkLinks(files: ReadonlyArray<{ file: string; links: readonly LinkUse[] }>, targets: LinkTargets): Problem[] {
  const problems: Problem[] = [];
  for (const { file, links } of files) {
    for (const { section, slug, line } of links) {
      const { targets: kind, what, folder, lists } = SECTIONS[section];
      const known = targets[kind];
      // Page numbers (/tin-tuc/2/) and the lists by type or year are the section's own pages.
      if (!known || /^\d+$/.test(slug) || lists.includes(slug) || known.has(slug)) continue;
      problems.push({
        file,
        line,
        field: BODY,
        message: `liên kết /${section}/${slug}/ dẫn tới trang không có: không có ${what} nào tên "${slug}" (trong ${folder}).${didYouMean(slug, known)}`,
      });
    }
  }
  return problems;
}

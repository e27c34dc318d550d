import { didYouMean } from '../problems/suggest.ts';
import type { AddProblem } from './check-items.ts';
import { DOCUMENTS } from './kinds.ts';

/** What to say of a document named that the library does not have, with the nearest names it has. */
export const missingDocument = (slug: string, library: ReadonlySet<string>) =>
  `không có văn bản nào tên "${slug}" (tệp ${DOCUMENTS.folder}/${slug}.mdx).${didYouMean(slug, library)}`;

/** Each slug of a `documents` list that names no document of the library, reported at its item. */
export function checkDocumentRefs(slugs: readonly string[], library: ReadonlySet<string>, add: AddProblem): void {
  slugs.forEach((doc, i) => {
    if (!library.has(doc)) add(['documents', i], `documents (mục thứ ${i + 1})`, missingDocument(doc, library));
  });
}

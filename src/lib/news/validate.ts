import { SLUG_PATTERN } from '../vietnamese/text';

/** A content problem, reported with the file and the frontmatter field it is in. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
  return `Content errors (nothing was published):\n${lines.join('\n')}`;
}

export interface ArticleReferences {
  file: string;
  slug: string;
  /** Absent for a file Astro did not load (shadowed by a namesake). */
  category?: string;
  related: readonly string[];
  documents: readonly string[];
}

/**
 * Cross-file rules the per-file schema cannot see: slugs usable as URLs and unique (a `.md`
 * and a `.mdx` of the same name would collide), known categories, related articles and
 * documents that exist.
 */
export function checkArticleReferences(
  articles: readonly ArticleReferences[],
  known: { categories: ReadonlySet<string>; documents: ReadonlySet<string> },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstFile = new Map<string, string>();
  for (const a of articles) {
    if (!SLUG_PATTERN.test(a.slug) || /^\d+$/.test(a.slug)) {
      problems.push({
        file: a.file,
        field: '(file name)',
        message: `"${a.slug}" is not a usable slug: use lower-case ASCII words joined by hyphens, not only digits`,
      });
    }
    const other = firstFile.get(a.slug);
    if (other) {
      problems.push({
        file: a.file,
        field: '(file name)',
        message: `duplicate slug "${a.slug}", also used by ${other}`,
      });
    } else firstFile.set(a.slug, a.file);
  }
  for (const a of articles) {
    if (a.category !== undefined && !known.categories.has(a.category)) {
      problems.push({
        file: a.file,
        field: 'category',
        message: `unknown category "${a.category}" (known: ${[...known.categories].join(', ')})`,
      });
    }
    a.related.forEach((slug, i) => {
      if (!firstFile.has(slug)) {
        problems.push({ file: a.file, field: `related[${i}]`, message: `no article with slug "${slug}"` });
      } else if (slug === a.slug) {
        problems.push({ file: a.file, field: `related[${i}]`, message: 'an article cannot be related to itself' });
      }
    });
    a.documents.forEach((id, i) => {
      if (!known.documents.has(id)) {
        problems.push({ file: a.file, field: `documents[${i}]`, message: `no document with id "${id}"` });
      }
    });
  }
  return problems;
}

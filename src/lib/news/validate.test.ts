import { describe, expect, it } from 'vitest';
import { checkArticleReferences, formatProblems } from './validate';

const known = { categories: new Set(['tin-tuc-su-kien']), documents: new Set(['ke-hoach-2993']) };
const base = { file: 'src/content/news/a.mdx', slug: 'a', category: 'tin-tuc-su-kien', related: [], documents: [] };

describe('checkArticleReferences', () => {
  it('accepts consistent articles', () => {
    expect(checkArticleReferences([base, { ...base, file: 'b.md', slug: 'b', related: ['a'], documents: ['ke-hoach-2993'] }], known)).toEqual([]);
  });
  it('names the file and field of an unknown category, related article or document', () => {
    const problems = checkArticleReferences(
      [{ ...base, category: 'tin-tuc', related: ['missing'], documents: ['ke-hoach-1'] }],
      known,
    );
    expect(problems.map((p) => `${p.file}|${p.field}`)).toEqual([
      'src/content/news/a.mdx|category',
      'src/content/news/a.mdx|related[0]',
      'src/content/news/a.mdx|documents[0]',
    ]);
    expect(problems[0].message).toContain('"tin-tuc"');
  });
  it('finds duplicate and unusable slugs', () => {
    const problems = checkArticleReferences(
      [base, { ...base, file: 'src/content/news/a.md' }, { ...base, file: 'x/2.md', slug: '2' }, { ...base, file: 'x/Bai-Viet.md', slug: 'Bai-Viet' }],
      known,
    );
    expect(problems.map((p) => p.file).sort()).toEqual(['src/content/news/a.md', 'x/2.md', 'x/Bai-Viet.md']);
    const duplicate = problems.find((p) => p.file === 'src/content/news/a.md')!;
    expect(duplicate.message).toContain('also used by src/content/news/a.mdx');
  });
  it('formats every problem on its own line', () => {
    expect(formatProblems([{ file: 'f.md', field: 'date', message: 'bad' }])).toMatch(/\n  f\.md: date: bad$/);
  });
});

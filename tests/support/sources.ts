import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { Problem } from '../../src/lib/problems/problem.ts';
import { readMarkdownFile } from '../../src/lib/source/markdown-file.ts';
import { parseVietnamDate } from '../../src/lib/vietnamese/dates.ts';

export interface SourceArticle {
  slug: string;
  date: Date;
  category: string;
  draft: boolean;
  featured: boolean;
  published: boolean;
}

/**
 * The frontmatter of every Markdown/MDX file in a content folder of a site, read with the
 * project's own reader: values as written (dates stay text). Throws on a file it cannot read,
 * since test content is meant to be valid.
 */
export function frontmatterOf(root: string, folder: string): Array<{ slug: string; data: Record<string, any> }> {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const problems: Problem[] = [];
      const { data } = readMarkdownFile(`${folder}/${name}`, readFileSync(join(dir, name), 'utf8'), problems);
      if (!data || problems.length > 0) throw new Error(`${folder}/${name}: ${JSON.stringify(problems)}`);
      return { slug: basename(name, extname(name)), data };
    });
}

/**
 * What the articles of a site say, read from the files rather than taken from the build, so
 * that tests can compare the build's output with its input.
 */
export function sourceArticles(root: string, now = new Date()): SourceArticle[] {
  return frontmatterOf(root, 'src/content/news').map(({ slug, data }) => {
    const date = parseVietnamDate(String(data.date));
    if (!date) throw new Error(`${slug}: unreadable date ${data.date}`);
    const draft = data.draft === true;
    return {
      slug,
      date,
      category: data.category,
      draft,
      featured: data.featured === true,
      published: !draft && date <= now,
    };
  });
}

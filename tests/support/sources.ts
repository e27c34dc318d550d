import yaml from 'js-yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export interface SourceArticle {
  slug: string;
  date: Date;
  category: string;
  draft: boolean;
  published: boolean;
}

/**
 * What the content files of a site say, read independently of the build, so that tests can
 * compare the build's output with its input.
 */
export function sourceArticles(root: string, now = new Date()): SourceArticle[] {
  const dir = join(root, 'src/content/news');
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const field = (key: string) => new RegExp(`^${key}:\\s*"?([^"\\n]*?)"?\\s*$`, 'm').exec(text)?.[1];
      // Read independently of the build's own parser: no offset written means UTC+7.
      const written = field('date')!;
      const iso = /[zZ]|[+-]\d{2}:\d{2}$/.test(written) ? written : `${written.length === 10 ? `${written}T00:00:00` : written}+07:00`;
      const date = new Date(iso);
      const draft = field('draft') === 'true';
      return {
        slug: basename(name, extname(name)),
        date,
        category: field('category')!,
        draft,
        published: !draft && date <= now,
      };
    });
}

/** The frontmatter of every Markdown/MDX file in a content folder of a site. */
export function frontmatterOf(root: string, folder: string): Array<{ slug: string; data: Record<string, any> }> {
  const dir = join(root, folder);
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)![1];
      return { slug: basename(name, extname(name)), data: yaml.load(block) as Record<string, any> };
    });
}

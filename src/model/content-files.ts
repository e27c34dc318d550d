import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Markdown files in a content folder that Astro did not load. Astro keeps one entry per slug,
 * so a .md and a .mdx of the same name silently shadow each other; listing the files finds it.
 */
export function shadowedFiles(dir: string, loaded: ReadonlyArray<{ filePath?: string }>): string[] {
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : [];
  const seen = new Set(loaded.map((entry) => entry.filePath));
  return files
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => join(dir, name))
    .filter((file) => !seen.has(file));
}

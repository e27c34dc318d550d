import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../lib/problems/problem.ts';
import { readJsonFile, type JsonFile } from '../lib/source/json-file.ts';
import { readMarkdownFile, type MarkdownFile } from '../lib/source/markdown-file.ts';

/**
 * Reading editors' files from disk, for the check and the build alike. Paths in problems are
 * project-relative with forward slashes, as an editor sees them in the file tree.
 */
export interface ProjectFiles {
  root: string;
  exists(path: string): boolean;
  /** Project-relative paths of the files in a folder (recursively) whose names match, sorted. */
  list(dir: string, pattern: RegExp): string[];
  json(path: string, problems: Problem[]): JsonFile;
  markdown(path: string, problems: Problem[]): MarkdownFile;
}

export function projectFiles(root: string): ProjectFiles {
  return {
    root,
    exists: (path) => existsSync(join(root, path)),
    list(dir, pattern) {
      const full = join(root, dir);
      if (!existsSync(full)) return [];
      return readdirSync(full, { recursive: true, encoding: 'utf8' })
        .map((name) => name.split('\\').join('/'))
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => `${dir}/${name}`);
    },
    json: (path, problems) => readJsonFile(path, readFileSync(join(root, path), 'utf8'), problems),
    markdown: (path, problems) => readMarkdownFile(path, readFileSync(join(root, path), 'utf8'), problems),
  };
}

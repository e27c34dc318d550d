import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WHOLE_FILE, type Problem } from '../lib/problems/problem.ts';
import { readJsonFile, type JsonFile } from '../lib/source/json-file.ts';
import { readMarkdownFile, type MarkdownFile } from '../lib/source/markdown-file.ts';

/**
 * Reading editors' files from disk, for the check and the build alike. Paths in problems are
 * project-relative with forward slashes, as an editor sees them in the file tree.
 */
export interface ProjectFiles {
  root: string;
  exists(path: string): boolean;
  /** A file whose name differs from `path`'s only in upper and lower case, if there is one. */
  sameNameOtherCase(path: string): string | undefined;
  /** Project-relative paths of the files in a folder (recursively) whose names match, sorted. */
  list(dir: string, pattern: RegExp): string[];
  json(path: string, problems: Problem[]): JsonFile;
  markdown(path: string, problems: Problem[]): MarkdownFile;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's text, or a problem when it is not saved as UTF-8 (Vietnamese would be garbled). */
function readText(root: string, path: string, problems: Problem[]): string | undefined {
  const bytes = readFileSync(join(root, path));
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  try {
    if (!utf16) return utf8.decode(bytes);
  } catch {
    // not UTF-8: reported below
  }
  problems.push({
    file: path,
    line: 1,
    field: WHOLE_FILE,
    message:
      'tệp không được lưu bằng bảng mã UTF-8 nên chữ tiếng Việt sẽ bị lỗi: mở tệp trong trình soạn thảo và lưu lại với bảng mã UTF-8 (Visual Studio Code: bấm tên bảng mã ở góc dưới, chọn Save with Encoding, rồi UTF-8).',
  });
  return undefined;
}

export function projectFiles(root: string): ProjectFiles {
  return {
    root,
    exists: (path) => existsSync(join(root, path)),
    sameNameOtherCase(path) {
      const slash = path.lastIndexOf('/');
      const dir = path.slice(0, slash + 1);
      const name = path.slice(slash + 1).toLowerCase();
      if (!existsSync(join(root, dir))) return undefined;
      const found = readdirSync(join(root, dir)).find((entry) => entry.toLowerCase() === name);
      return found === undefined ? undefined : `${dir}${found}`;
    },
    list(dir, pattern) {
      const full = join(root, dir);
      if (!existsSync(full)) return [];
      return readdirSync(full, { recursive: true, encoding: 'utf8' })
        .map((name) => name.split('\\').join('/'))
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => `${dir}/${name}`);
    },
    json: (path, problems) => {
      const text = readText(root, path, problems);
      return text === undefined ? { file: path, data: undefined, lineOf: () => 1 } : readJsonFile(path, text, problems);
    },
    markdown: (path, problems) => {
      const text = readText(root, path, problems);
      return text === undefined ? { file: path, data: undefined, lineOf: () => 1, body: '' } : readMarkdownFile(path, text, problems);
    },
  };
}

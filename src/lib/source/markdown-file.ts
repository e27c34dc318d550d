import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { WHOLE_FILE, type Problem } from '../problems/problem.ts';
import { lineText } from './lines.ts';

/** An article or document file: its frontmatter, parsed with the line of every field, and body. */
export interface MarkdownFile {
  file: string;
  /** The frontmatter as data (YAML 1.2: dates stay the text written), or undefined when unreadable. */
  data: Record<string, unknown> | undefined;
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  /** The body, with the frontmatter replaced by as many empty lines so positions match the file. */
  body: string;
}

const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*)(?:\r?\n|$)/;

const QUOTE_HINT = 'đặt cả giá trị trong dấu ngoặc kép, ví dụ title: "PAR INDEX 2022: Lai Châu tăng 3 bậc".';

/** Vietnamese for the YAML mistakes editors actually make; the parser's own words otherwise. */
function yamlMessage(code: string, message: string, line: string): string {
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `giá trị có dấu hai chấm (:) mà không đặt trong ngoặc kép: ${QUOTE_HINT}`;
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) return 'mở dấu ngoặc kép mà không đóng: thêm dấu " ở cuối giá trị.';
      if (/indicator/.test(message)) return 'thụt lề không thẳng cột: các dòng của một mục trong danh sách phải thẳng hàng với nhau.';
      break;
    case 'TAB_AS_INDENT':
      return 'thụt lề bằng phím Tab: dùng dấu cách (2 dấu cách mỗi bậc).';
    case 'DUPLICATE_KEY':
      return 'trường này được viết hai lần: xóa một dòng.';
    case 'UNEXPECTED_TOKEN':
      if (/"[^"]*"[^"]+"/.test(line)) return 'có dấu ngoặc kép " bên trong giá trị đã đặt trong ngoặc kép: dùng “ ” bên trong, hoặc đặt cả giá trị trong ngoặc đơn \'…\'.';
      break;
    case 'BAD_INDENT':
      if (/\[/.test(line) && !/\]/.test(line)) return 'danh sách mở bằng [ mà không đóng: thêm dấu ] ở cuối dòng.';
      if (/\{/.test(line) && !/\}/.test(line)) return 'mở dấu { mà không đóng: thêm dấu } ở cuối dòng.';
      return 'thụt lề sai: các trường chính bắt đầu sát lề trái, các dòng con thụt vào bằng dấu cách.';
  }
  return `phần thông tin đầu tệp (giữa hai dòng ---) viết sai cú pháp YAML (${message.split('\n')[0]}).`;
}

/** The key written at the start of a line (`title: …` → `title`), else the whole-file marker. */
const keyOf = (line: string) => /^\s*-?\s*([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1] ?? WHOLE_FILE;

/**
 * Reads a Markdown/MDX file's YAML frontmatter. Problems (no frontmatter, YAML syntax) are added
 * with their line and a hint; the file still yields a body so that its other checks run.
 */
export function readMarkdownFile(file: string, text: string, problems: Problem[]): MarkdownFile {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({
      file,
      line: 1,
      field: WHOLE_FILE,
      message: 'thiếu phần thông tin đầu tệp: tệp phải bắt đầu bằng một dòng ---, các trường (title, date…), rồi một dòng --- nữa.',
    });
    return { file, data: undefined, lineOf: () => 1, body: text };
  }
  const [whole, , block] = match;
  const firstLine = 2; // the line after the opening ---
  const lineCounter = new LineCounter();
  const doc = parseDocument(block, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const endLines = whole.split('\n').length - 1;
  const body = '\n'.repeat(endLines) + text.slice(whole.length);

  if (doc.errors.length > 0) {
    // The first error is the real one; YAML reports the rest as its consequences.
    const error = doc.errors[0];
    const line = fileLine(error.pos[0]);
    let reported = line;
    if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
      // The parser notices a missing closing quote only at the end; point at where it opened.
      for (let l = line; l >= firstLine; l--) {
        if (((lineText(text, l).match(/"/g) ?? []).length % 2) === 1) {
          reported = l;
          break;
        }
      }
    }
    if (/Flow (sequence|mapping)/.test(error.message)) {
      // An unclosed [ or { is noticed on a later line; point at the line that opened it.
      for (let l = line; l >= firstLine; l--) {
        const written = lineText(text, l);
        if ((written.includes('[') && !written.includes(']')) || (written.includes('{') && !written.includes('}'))) {
          reported = l;
          break;
        }
      }
    }
    const written = lineText(text, reported);
    problems.push({ file, line: reported, field: keyOf(written), message: yamlMessage(error.code, error.message, written) });
    return { file, data: undefined, lineOf: () => reported, body };
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: firstLine, field: WHOLE_FILE, message: 'phần thông tin đầu tệp phải là các dòng "trường: giá trị".' });
    return { file, data: undefined, lineOf: () => 1, body };
  }

  const lineOf = (path: ReadonlyArray<PropertyKey>) => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        const range = (pair.key as Node).range;
        if (range) line = fileLine(range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        const range = (node.items[key] as Node).range;
        if (range) line = fileLine(range[0]);
        node = node.items[key];
      } else break;
    }
    return line;
  };
  return { file, data: data as Record<string, unknown>, lineOf, body };
}

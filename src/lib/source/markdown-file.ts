import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLError } from 'yaml';
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

/** The key and the value written on a line (`title: Hội nghị: tổng kết` → title, Hội nghị: tổng kết). */
function keyValue(line: string): { key: string; value: string } {
  const match = /^\s*-?\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
  return match ? { key: match[1], value: match[2] } : { key: WHOLE_FILE, value: line.trim() };
}

/** `title: "Hội nghị: tổng kết"`: how the editor's own line reads with its value in quotes. */
function quoted(line: string): string {
  const { key, value } = keyValue(line);
  // Quotes inside become typographic ones, opening and closing in turn.
  let open = true;
  const inner = value.replace(/"/g, () => {
    open = !open;
    return open ? '”' : '“';
  });
  return `${key}: "${inner}"`;
}

/** Vietnamese for the YAML mistakes editors make, written for the editor's own line. */
function yamlMessage(error: YAMLError, line: string, column: number): string {
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `giá trị có dấu hai chấm (:) mà không đặt trong ngoặc kép: viết ${quoted(line)}.`;
    case 'MISSING_CHAR':
      if (/quote/i.test(error.message)) return 'mở dấu ngoặc kép mà không đóng: thêm dấu " ở cuối giá trị.';
      if (/indicator/.test(error.message)) return 'thụt lề không thẳng cột: các dòng của một mục trong danh sách phải thẳng hàng với nhau.';
      if (/map values/.test(error.message))
        return 'dòng này không có dạng "trường: giá trị". Nếu nó nối tiếp dòng trên, viết cả giá trị trên một dòng, trong ngoặc kép.';
      break;
    case 'TAB_AS_INDENT':
      return 'thụt lề bằng phím Tab: dùng dấu cách (2 dấu cách mỗi bậc).';
    case 'DUPLICATE_KEY':
      return 'trường này được viết hai lần: xóa một dòng.';
    case 'UNEXPECTED_TOKEN':
      if (/:\s*["']/.test(line)) return `giá trị mở bằng dấu ngoặc thì phải kết thúc bằng đúng dấu ngoặc đó; bên trong dùng “ ”: viết ${quoted(line)}.`;
      break;
    case 'BAD_INDENT':
      if (/\[/.test(line) && !/\]/.test(line)) return 'danh sách mở bằng [ mà không đóng: thêm dấu ] ở cuối dòng.';
      if (/\{/.test(line) && !/\}/.test(line)) return 'mở dấu { mà không đóng: thêm dấu } ở cuối dòng.';
      return 'thụt lề sai: các trường chính bắt đầu sát lề trái, các dòng con thụt vào bằng dấu cách.';
  }
  return `viết sai cú pháp ở cột ${column}: mỗi dòng có dạng "trường: giá trị"; giá trị có dấu hai chấm, dấu # hoặc dấu ngoặc kép thì đặt cả giá trị trong ngoặc kép.`;
}

/** Mistakes confined to their own line: each is reported. Any other error is reported only first (the rest follow from it). */
const LINE_LOCAL = new Set(['BLOCK_AS_IMPLICIT_KEY', 'DUPLICATE_KEY', 'TAB_AS_INDENT']);

/**
 * Reads a Markdown/MDX file's YAML frontmatter. Problems (no frontmatter, YAML syntax) are added
 * with their line and a hint; the file still yields a body so that its other checks run.
 */
export function readMarkdownFile(file: string, text: string, problems: Problem[]): MarkdownFile {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    const opened = /^\uFEFF?---[ \t]*\r?\n/.test(text);
    problems.push({
      file,
      line: 1,
      field: WHOLE_FILE,
      message: opened
        ? 'thiếu dòng --- đóng phần thông tin đầu tệp: thêm một dòng chỉ có --- ngay sau trường cuối cùng.'
        : 'thiếu phần thông tin đầu tệp: tệp phải bắt đầu bằng một dòng ---, các trường (title, date…), rồi một dòng --- nữa.',
    });
    return { file, data: undefined, lineOf: () => 1, body: text };
  }
  const [whole, , block] = match;
  const firstLine = 2; // the line after the opening ---
  const lineCounter = new LineCounter();
  const doc = parseDocument(block, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  const endLines = whole.split('\n').length - 1;
  const body = '\n'.repeat(endLines) + text.slice(whole.length);

  if (doc.errors.length > 0) {
    const reported = new Set<number>();
    doc.errors.forEach((error, i) => {
      if (i > 0 && !LINE_LOCAL.has(error.code)) return;
      const { line, column } = position(error.pos[0]);
      let at = line;
      // A missing closing quote or bracket is noticed lines later; point at the line that opened it.
      const opens =
        error.code === 'MISSING_CHAR' && /quote/i.test(error.message)
          ? (written: string) => (written.match(/"/g) ?? []).length % 2 === 1
          : /Flow (sequence|mapping)/.test(error.message)
            ? (written: string) => (written.includes('[') && !written.includes(']')) || (written.includes('{') && !written.includes('}'))
            : undefined;
      if (opens) {
        for (let l = line; l >= firstLine; l--) {
          if (opens(lineText(text, l))) {
            at = l;
            break;
          }
        }
      }
      if (reported.has(at)) return;
      reported.add(at);
      const written = lineText(text, at);
      problems.push({ file, line: at, field: keyValue(written).key, message: yamlMessage(error, written, column) });
    });
    return { file, data: undefined, lineOf: () => Math.min(...reported), body };
  }
  const data = doc.toJS() ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, line: firstLine, field: WHOLE_FILE, message: 'phần thông tin đầu tệp phải là các dòng "trường: giá trị".' });
    return { file, data: undefined, lineOf: () => 1, body };
  }

  // `title: Hội nghị lần #2` reads as "Hội nghị lần" and a note: a # written against its text is
  // meant as text. (A note after a space, `author: Thu Hoài # tùy chọn`, is a note.)
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const value = pair.value;
      if (isScalar(value) && value.type === 'PLAIN' && typeof value.comment === 'string' && /^\S/.test(value.comment) && value.range) {
        const line = position(value.range[0]).line;
        const written = lineText(text, line);
        problems.push({
          file,
          line,
          field: keyValue(written).key,
          message: `dấu # mở đầu một ghi chú nên phần từ dấu # trở đi bị bỏ mất: đặt cả giá trị trong ngoặc kép, viết ${quoted(written)}.`,
        });
      }
    }
  }

  const lineOf = (path: ReadonlyArray<PropertyKey>) => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        const range = (pair.key as Node).range;
        if (range) line = position(range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        const range = (node.items[key] as Node).range;
        if (range) line = position(range[0]).line;
        node = node.items[key];
      } else break;
    }
    return line;
  };
  return { file, data: data as Record<string, unknown>, lineOf, body };
}

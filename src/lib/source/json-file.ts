import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { WHOLE_FILE, type Problem } from '../problems/problem.ts';
import { lineColumn } from './lines.ts';

/** A JSON file, parsed with the line of every value. */
export interface JsonFile {
  file: string;
  /** The parsed value, or undefined when the file is not valid JSON (already reported). */
  data: unknown;
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

/** What went wrong at a JSON syntax error, and how to fix it, for the common cases. */
function syntaxMessage(text: string, error: ParseError): { offset: number; message: string } {
  const before = text.slice(0, error.offset).trimEnd();
  const next = text.slice(error.offset).trimStart()[0];
  if ((next === ']' || next === '}') && before.endsWith(',')) {
    return { offset: before.length - 1, message: `thừa dấu phẩy trước dấu ${next}: xóa dấu phẩy ở cuối mục cuối cùng.` };
  }
  if (before.endsWith(',') && /\d/.test(before.at(-2) ?? '') && /\d/.test(next ?? '')) {
    return { offset: before.length - 1, message: 'số viết bằng dấu phẩy thập phân: dùng dấu chấm, ví dụ 88.5.' };
  }
  // The codes by name: jsonc-parser's enum is a const enum that type stripping cannot read.
  switch (printParseErrorCode(error.error)) {
    case 'CommaExpected':
      return { offset: before.length, message: 'thiếu dấu phẩy giữa hai mục: thêm dấu , ở cuối dòng này.' };
    case 'CloseBraceExpected':
      return { offset: error.offset, message: 'thiếu dấu } đóng.' };
    case 'CloseBracketExpected':
      return { offset: error.offset, message: 'thiếu dấu ] đóng.' };
    case 'ColonExpected':
      return { offset: error.offset, message: 'thiếu dấu hai chấm (:) sau tên trường.' };
    case 'InvalidCommentToken':
      return { offset: error.offset, message: 'JSON không cho phép ghi chú (// hoặc /* */): xóa ghi chú.' };
    case 'UnexpectedEndOfString':
      return { offset: error.offset, message: 'mở dấu ngoặc kép mà không đóng: thêm dấu ".' };
    case 'EndOfFileExpected':
      return { offset: error.offset, message: 'có nội dung thừa sau dấu đóng cuối cùng.' };
    case 'InvalidSymbol':
    case 'PropertyNameExpected':
    case 'ValueExpected':
      if (next === "'") return { offset: error.offset, message: 'JSON dùng dấu ngoặc kép "…", không dùng ngoặc đơn \'…\'.' };
      return { offset: error.offset, message: 'ở đây phải là một giá trị: chữ đặt trong ngoặc kép "…", một số, true/false, [ ] hoặc { }.' };
  }
  return { offset: error.offset, message: 'không phải JSON hợp lệ.' };
}

/** Reads JSON (a byte-order mark is allowed: Windows editors add one). Adds a syntax problem with line, column and hint. */
export function readJsonFile(file: string, rawText: string, problems: Problem[]): JsonFile {
  const text = rawText.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    // The first error is the real one; the parser's recovery reports the rest.
    const { offset, message } = errors.length > 0 ? syntaxMessage(text, errors[0]) : { offset: 0, message: 'tệp trống.' };
    const { line, column } = lineColumn(text, offset);
    problems.push({ file, line, field: WHOLE_FILE, message: `lỗi cú pháp JSON ở cột ${column}: ${message}` });
    return { file, data: undefined, lineOf: () => line };
  }
  const lineOf = (path: ReadonlyArray<PropertyKey>) => {
    for (let n = path.length; n >= 0; n--) {
      const node: Node | undefined = findNodeAtLocation(root, path.slice(0, n) as Array<string | number>);
      if (node) {
        // A property's line is its key's, where the editor reads the field name.
        const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return lineColumn(text, at).line;
      }
    }
    return 1;
  };
  return { file, data: JSON.parse(text), lineOf };
}

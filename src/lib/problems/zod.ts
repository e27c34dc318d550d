import type { z } from 'astro/zod';
import { describePath, type EntryNames, type Problem } from './problem.ts';
import { closest, didYouMean } from './suggest.ts';

/** Where parsed data came from, so that a problem can name its file, line and field. */
export interface Located {
  file: string;
  /** The whole file's data, for naming list entries (`kết quả thứ 3 (so-tu-phap)`). */
  data: unknown;
  /** The 1-based line of a path, or of its nearest ancestor that is written in the file. */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
  names?: EntryNames;
}

type Path = ReadonlyArray<PropertyKey>;

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : value === undefined ? 'trống' : JSON.stringify(value));

const TYPE_NAMES: Record<string, string> = {
  string: 'phải là chữ (đặt trong dấu ngoặc kép "…")',
  boolean: 'phải là true (có) hoặc false (không), không đặt trong ngoặc kép',
  array: 'phải là một danh sách, ví dụ ["…", "…"]',
  object: 'phải là một nhóm trường, mỗi trường một dòng "tên: giá trị"',
  int: 'phải là một số nguyên',
};

interface IssueLike {
  code: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: unknown[];
}

/** Vietnamese text for zod's own issues; a message a schema gives itself takes precedence. */
export function issueMessage(issue: IssueLike): string {
  const { input } = issue;
  if (input === undefined) return 'bắt buộc nhưng chưa có: thêm trường này.';
  if (input === null) return 'đang để trống: điền giá trị.';
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'number') {
        if (typeof input === 'string' && /^\s*-?\d+(?:[.,]\d+)?\s*$/.test(input)) {
          return `phải là một số, viết không có ngoặc kép và dùng dấu chấm thập phân: ${input.trim().replace(',', '.')}.`;
        }
        return `phải là một số, không phải ${shown(input)}.`;
      }
      const expected = TYPE_NAMES[issue.expected ?? ''] ?? 'không đúng kiểu';
      return `${expected}, không phải ${shown(input)}.`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'không được để trống.';
      if (issue.origin === 'array') return `cần ít nhất ${issue.minimum} mục.`;
      return `${shown(input)} nhỏ quá: phải ${issue.inclusive === false ? 'lớn hơn' : 'từ'} ${issue.minimum}${issue.inclusive === false ? '' : ' trở lên'}.`;
    case 'too_big':
      if (issue.origin === 'array') return `nhiều nhất ${issue.maximum} mục.`;
      if (issue.origin === 'string') return `dài quá: nhiều nhất ${issue.maximum} ký tự.`;
      return `${shown(input)} lớn quá: không được ${issue.inclusive === false ? 'từ' : 'lớn hơn'} ${issue.maximum}${issue.inclusive === false ? ' trở lên' : ''}.`;
    case 'invalid_format':
      if (issue.format === 'email') return `${shown(input)} không phải một địa chỉ thư điện tử.`;
      if (issue.format === 'url') return `${shown(input)} phải là một địa chỉ web đầy đủ, ví dụ https://example.gov.vn.`;
      return `${shown(input)} không đúng dạng.`;
    case 'invalid_value': {
      const values = (issue.values ?? []).map(String);
      return `${shown(input)} không phải giá trị được phép. Chọn một trong: ${values.join(', ')}.${typeof input === 'string' ? didYouMean(input, values) : ''}`;
    }
    default:
      return `${shown(input)} không hợp lệ.`;
  }
}

/** The keys an object schema allows at a path, for "did you mean" on a misspelled field. */
export function keysAt(schema: z.ZodType, path: Path): string[] {
  // zod's internal definitions (_zod.def) have no public type to walk them by.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let node: any = schema;
  let i = 0;
  for (let guard = 0; node && guard < 50; guard++) {
    const def = node._zod?.def;
    if (!def) return [];
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
        node = def.innerType;
        continue;
      case 'pipe':
        node = def.in?._zod?.def?.type === 'transform' ? def.out : def.in;
        continue;
      case 'union':
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        node = def.options.find((o: any) => o._zod.def.type === 'object') ?? def.options[0];
        continue;
      case 'object':
        if (i === path.length) return Object.keys(def.shape);
        node = def.shape[String(path[i++])];
        continue;
      case 'array':
        if (i === path.length) return [];
        i++;
        node = def.element;
        continue;
      case 'record':
        if (i === path.length) return [];
        i++;
        node = def.valueType;
        continue;
      default:
        return [];
    }
  }
  return [];
}

/**
 * Parses `value` (the part of the file at `at`) with a schema and turns every issue into a
 * problem naming file, line and field. Returns the parsed value, or undefined on any issue.
 */
export function parseWithProblems<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: Located,
  problems: Problem[],
  at: Path = [],
): z.output<S> | undefined {
  const result = schema.safeParse(value, { error: (issue) => issueMessage(issue as IssueLike), reportInput: true });
  if (result.success) return result.data;
  // A misspelled required field is one mistake: "flie: … did you mean file?", not also "file: missing".
  const suggested = new Set<string>();
  for (const issue of result.error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(schema, issue.path);
    for (const key of issue.keys) {
      const match = closest(key, known);
      if (match) suggested.add(JSON.stringify([...issue.path, match]));
    }
  }
  for (const issue of result.error.issues) {
    if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined && suggested.has(JSON.stringify(issue.path))) continue;
    const path = [...at, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, issue.path);
      for (const key of issue.keys) {
        problems.push({
          file: source.file,
          line: source.lineOf([...path, key]),
          field: describePath([...path, key], source.data, source.names),
          message: `không có trường này (có thể gõ sai tên).${didYouMean(key, known)} Các trường được dùng: ${known.join(', ')}.`,
        });
      }
      continue;
    }
    problems.push({
      file: source.file,
      line: source.lineOf(path),
      field: describePath(path, source.data, source.names),
      message: issue.message,
    });
  }
  return undefined;
}

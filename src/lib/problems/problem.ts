/**
 * One problem an editor must fix (or, as a warning, should know about), in the form SPEC 8
 * fixes: `<file>:<line>: <field as written>: <what is wrong and how to fix it>`, in Vietnamese.
 * Every check (config, categories, articles, documents, results) reports in this shape, so one
 * formatter prints them all.
 */
export interface Problem {
  /** Project-relative path with forward slashes: `src/content/news/x.mdx`. */
  file: string;
  /** 1-based line in the file; 1 when the problem is about the file as a whole. */
  line: number;
  /** The field as the editor wrote it (`title`, `kết quả thứ 3 (so-tu-phap).score`), or `(tệp)`. */
  field: string;
  message: string;
  /** Warnings do not stop the build: drafts, scheduled articles. */
  severity?: 'warning';
}

/** The field of a problem about a whole file (its syntax, its name). */
export const WHOLE_FILE = '(tệp)';
export const FILE_NAME = '(tên tệp)';

export const isWarning = (problem: Problem) => problem.severity === 'warning';

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/** By file, then line, so that an editor works down each file once. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** The full report of a check: errors first, then warnings, each group sorted; one line each. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = sortProblems(problems.filter((p) => !isWarning(p)));
  const warnings = sortProblems(problems.filter(isWarning));
  const lines: string[] = [];
  if (errors.length > 0) {
    const files = new Set(errors.map((p) => p.file)).size;
    lines.push(`Có ${errors.length} lỗi trong ${files} tệp. Sửa từng dòng dưới đây (tệp:dòng: trường: lỗi), rồi chạy lại npm run check.`);
    lines.push(...errors.map(formatProblem));
  }
  if (warnings.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(`Lưu ý (không phải lỗi, ${warnings.length}):`);
    lines.push(...warnings.map(formatProblem));
  }
  return lines.join('\n');
}

/** "kết quả thứ 3 (so-tu-phap)": how a list entry is named in a field (1-based, as people count). */
export interface EntryNames {
  [listField: string]: { noun: string; id?: (entry: unknown) => string | undefined };
}

const field = (entry: unknown, key: string) =>
  entry !== null && typeof entry === 'object' && typeof (entry as Record<string, unknown>)[key] === 'string'
    ? ((entry as Record<string, unknown>)[key] as string)
    : undefined;

/** Names an entry by one of its string fields (`unit`, `id`). */
export const byField = (key: string) => (entry: unknown) => field(entry, key);

/**
 * Writes a data path for an editor: `['results', 2, 'score']` → `kết quả thứ 3 (so-tu-phap).score`
 * in a JSON file whose `results` entries are named; `['attachments', 0, 'file']` →
 * `attachments (mục thứ 1).file` where the list has no name of its own.
 */
export function describePath(path: ReadonlyArray<PropertyKey>, data: unknown, names: EntryNames = {}): string {
  let text = '';
  let node: unknown = data;
  let parentKey: string | undefined;
  for (const key of path) {
    if (typeof key === 'number') {
      const entry = Array.isArray(node) ? node[key] : undefined;
      // A file that is itself a list (categories.json) names its entries under the key ''.
      const listKey = parentKey ?? (text === '' ? '' : undefined);
      const name = listKey !== undefined ? names[listKey] : undefined;
      if (name) {
        const id = name.id?.(entry);
        const label = `${name.noun} thứ ${key + 1}${id ? ` (${id})` : ''}`;
        // The noun replaces the list's own key: "kết quả thứ 3", not "results.kết quả thứ 3".
        text = text.slice(0, text.length - listKey!.length) + label;
      } else {
        text = `${text} (mục thứ ${key + 1})`.trim();
      }
      node = entry;
      parentKey = undefined;
    } else {
      const name = String(key);
      text = text ? `${text}.${name}` : name;
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
      parentKey = name;
    }
  }
  return text || WHOLE_FILE;
}

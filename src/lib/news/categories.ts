import { CATEGORIES_FILE } from '../../content.paths.ts';
import { byField, describePath, WHOLE_FILE, type Problem } from '../problems/problem.ts';
import { parseWithProblems } from '../problems/zod.ts';
import type { JsonFile } from '../source/json-file.ts';
import { compareVietnamese } from '../vietnamese/text.ts';
import { categorySchema, type Category } from './schema.ts';

/**
 * The categories (`src/content/categories.json`, absent: `undefined`), in menu order, and every
 * id written, valid entry or not, so that an article is not blamed for a category with a mistake.
 * `ids` is undefined when the file cannot be read: articles' categories are then not checked.
 */
export function checkCategories(source: JsonFile | undefined, problems: Problem[]): { categories: Category[]; ids?: Set<string> } {
  if (!source) {
    problems.push({
      file: CATEGORIES_FILE,
      line: 1,
      field: WHOLE_FILE,
      message: 'không có tệp danh sách chuyên mục: tạo tệp với ít nhất một chuyên mục, ví dụ [{ "id": "tin-tuc-su-kien", "name": "Tin tức sự kiện" }].',
    });
    return { categories: [] };
  }
  if (source.data === undefined) return { categories: [] };
  const located = { ...source, names: { '': { noun: 'chuyên mục', id: byField('id') } } };
  if (!Array.isArray(source.data)) {
    problems.push({ file: source.file, line: 1, field: WHOLE_FILE, message: 'phải là một danh sách [ … ] các chuyên mục.' });
    return { categories: [] };
  }
  const categories: Category[] = [];
  const ids = new Set<string>();
  source.data.forEach((raw, i) => {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && ids.has(id)) {
      problems.push({
        file: source.file,
        line: source.lineOf([i, 'id']),
        field: describePath([i, 'id'], source.data, located.names),
        message: `mã "${id}" bị trùng: mỗi chuyên mục một mã.`,
      });
    }
    if (typeof id === 'string') ids.add(id);
    const category = parseWithProblems(categorySchema, raw, located, problems, [i]);
    if (category) categories.push(category);
  });
  categories.sort((a, b) => (a.order ?? 999) - (b.order ?? 999) || compareVietnamese(a.name, b.name));
  return { categories, ids };
}

import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems/problem.ts';
import { readJsonFile } from '../source/json-file.ts';
import { checkCategories } from './categories.ts';

const FILE = 'src/content/categories.json';

function check(text: string | undefined) {
  const problems: Problem[] = [];
  const source = text === undefined ? undefined : readJsonFile(FILE, text, problems);
  return { ...checkCategories(source, problems), problems };
}

describe('checkCategories', () => {
  it('orders the menu by `order`, then by Vietnamese name, and keeps every id', () => {
    const { categories, ids, problems } = check(
      JSON.stringify([
        { id: 'chuyen-doi-so', name: 'Chuyển đổi số' },
        { id: 'tin-tuc', name: 'Tin tức', order: 2 },
        { id: 'cai-cach', name: 'Cải cách thể chế' },
        { id: 'ket-qua', name: 'Kết quả', order: 1 },
      ]),
    );
    expect(problems).toEqual([]);
    expect(categories.map((c) => c.id)).toEqual(['ket-qua', 'tin-tuc', 'cai-cach', 'chuyen-doi-so']);
    expect([...ids!]).toEqual(['chuyen-doi-so', 'tin-tuc', 'cai-cach', 'ket-qua']);
  });

  it('says the file is missing, with an example, and leaves the articles’ categories unchecked', () => {
    const { categories, ids, problems } = check(undefined);
    expect(categories).toEqual([]);
    expect(ids).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, line: 1, message: expect.stringMatching(/^không có tệp danh sách chuyên mục: .*"id": "tin-tuc-su-kien"/) }),
    ]);
  });

  it('reports a file that is not JSON once, and one that is not a list', () => {
    const broken = check('[{ "id": "a", ');
    expect(broken.categories).toEqual([]);
    expect(broken.ids).toBeUndefined();
    expect(broken.problems).toHaveLength(1);
    const object = check('{ "id": "tin-tuc" }');
    expect(object.ids).toBeUndefined();
    expect(object.problems).toEqual([expect.objectContaining({ file: FILE, line: 1, message: 'phải là một danh sách [ … ] các chuyên mục.' })]);
  });

  it('reports a repeated id on its line, named by the category, and still counts both', () => {
    const text = '[\n  { "id": "tin-tuc", "name": "Tin tức" },\n  { "id": "tin-tuc", "name": "Tin tức khác" }\n]';
    const { categories, ids, problems } = check(text);
    expect(problems).toEqual([{ file: FILE, line: 3, field: 'chuyên mục thứ 2 (tin-tuc).id', message: 'mã "tin-tuc" bị trùng: mỗi chuyên mục một mã.' }]);
    expect(categories).toHaveLength(2);
    expect([...ids!]).toEqual(['tin-tuc']);
  });

  it('keeps the id of a category with a mistake, so that its articles are not blamed too', () => {
    const { categories, ids, problems } = check('[{ "id": "tin-tuc", "name": "" }, { "id": "Viết Hoa", "name": "X" }, null]');
    expect(categories).toEqual([]);
    expect(ids!.has('tin-tuc')).toBe(true);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(problems.every((p) => p.file === FILE)).toBe(true);
  });
});

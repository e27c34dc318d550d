import { describe, expect, it } from 'vitest';
import type { Problem } from '../problems/problem.ts';
import { readJsonFile } from './json-file.ts';

function read(text: string) {
  const problems: Problem[] = [];
  const file = readJsonFile('data/x.json', text, problems);
  return { file, problems: problems.map((p) => `${p.line}: ${p.field}: ${p.message}`) };
}

describe('readJsonFile', () => {
  it('gives the line of a value by its path', () => {
    const { file, problems } = read('{\n  "results": [\n    { "unit": "a", "score": 1 },\n    {\n      "unit": "b",\n      "score": 2\n    }\n  ]\n}\n');
    expect(problems).toEqual([]);
    expect(file.lineOf(['results', 1, 'score'])).toBe(6);
    expect(file.lineOf(['results', 0, 'unit'])).toBe(3);
    expect(file.lineOf(['results', 1, 'components'])).toBe(4);
  });
  it('finds a trailing comma, with the line of the comma', () => {
    expect(read('{\n  "a": [\n    1,\n    2,\n  ]\n}').problems).toEqual([
      '4: (tệp): lỗi cú pháp JSON ở cột 6: thừa dấu phẩy trước dấu ]: xóa dấu phẩy ở cuối mục cuối cùng.',
    ]);
  });
  it('finds a missing comma and a decimal comma', () => {
    expect(read('{\n  "a": 1\n  "b": 2\n}').problems[0]).toMatch(
      /^2: \(tệp\): lỗi cú pháp JSON ở cột 9: thiếu dấu phẩy giữa hai mục: thêm dấu , ở cuối dòng này\.$/,
    );
    expect(read('{\n  "score": 88,5\n}').problems[0]).toMatch(/^2: .*dấu chấm, ví dụ 88\.5/);
  });
  it('explains single quotes, comments and an unclosed file', () => {
    expect(read("{ 'a': 1 }").problems[0]).toMatch(/dùng dấu ngoặc kép "…", không dùng ngoặc đơn/);
    expect(read('{\n  // ghi chú\n  "a": 1\n}').problems[0]).toMatch(/^2: .*không cho phép ghi chú/);
    expect(read('{ "a": [1, 2 ').problems[0]).toMatch(/thiếu dấu \] đóng/);
  });
  it('accepts a byte-order mark', () => {
    expect(read('\uFEFF{"a": 1}').file.data).toEqual({ a: 1 });
  });
});

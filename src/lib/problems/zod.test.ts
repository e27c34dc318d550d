import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { Problem } from './problem.ts';
import { issueMessage, keysAt, parseWithProblems } from './zod.ts';

const schema = z
  .object({
    title: z.string().trim().min(1),
    count: z.number().int().min(1).max(20),
    kind: z.enum(['ke-hoach', 'quyet-dinh']),
    email: z.email(),
    site: z.url(),
    tags: z.array(z.string()).min(1).max(2),
    nested: z.object({ label: z.string() }).strict().optional(),
    items: z.array(z.object({ file: z.string() }).strict()).optional(),
  })
  .strict();

function problems(data: unknown) {
  const list: Problem[] = [];
  const result = parseWithProblems(schema, data, { file: 'f.json', data, lineOf: (path) => path.length + 1 }, list);
  return { result, lines: list.map((p) => `${p.line}: ${p.field}: ${p.message}`) };
}

const good = { title: 'A', count: 3, kind: 'ke-hoach', email: 'a@b.vn', site: 'https://a.vn', tags: ['x'] };

describe('parseWithProblems', () => {
  it('returns the data when it is valid', () => {
    expect(problems(good)).toEqual({ result: good, lines: [] });
  });

  it('says in Vietnamese what is wrong with each field, with its line', () => {
    const { result, lines } = problems({ title: ' ', count: 2.5, kind: 'quyet-dinhh', email: 'a', site: 'a.vn', tags: [], nested: { label: 1 } });
    expect(result).toBeUndefined();
    expect(lines).toEqual([
      '2: title: không được để trống.',
      '2: count: phải là một số nguyên, không phải 2.5.',
      '2: kind: "quyet-dinhh" không phải giá trị được phép. Chọn một trong: ke-hoach, quyet-dinh. Có phải bạn định viết "quyet-dinh"?',
      '2: email: "a" không phải một địa chỉ thư điện tử.',
      '2: site: "a.vn" phải là một địa chỉ web đầy đủ, ví dụ https://example.gov.vn.',
      '2: tags: cần ít nhất 1 mục.',
      '3: nested.label: phải là chữ (đặt trong dấu ngoặc kép "…"), không phải 1.',
    ]);
  });

  it('tells missing, empty and out-of-range values apart', () => {
    expect(problems({ ...good, count: undefined, tags: ['a', 'b', 'c'] }).lines).toEqual([
      '2: count: bắt buộc nhưng chưa có: thêm trường này.',
      '2: tags: nhiều nhất 2 mục.',
    ]);
    expect(problems({ ...good, count: null }).lines).toEqual(['2: count: đang để trống: điền giá trị.']);
    expect(problems({ ...good, count: 21 }).lines).toEqual(['2: count: 21 lớn quá: không được lớn hơn 20.']);
    expect(problems({ ...good, count: 0 }).lines).toEqual(['2: count: 0 nhỏ quá: phải từ 1 trở lên.']);
    expect(problems({ ...good, count: '3,5' }).lines).toEqual(['2: count: phải là một số, viết không có ngoặc kép và dùng dấu chấm thập phân: 3.5.']);
  });

  it('reports each unknown key on its own line, with the nearest valid one, and not the field it misspells as missing', () => {
    expect(problems({ ...good, titel: 'x', items: [{ flie: 'a' }] }).lines).toEqual([
      '4: items (mục thứ 1).flie: không có trường này (có thể gõ sai tên). Có phải bạn định viết "file"? Các trường được dùng: file.',
      '2: titel: không có trường này (có thể gõ sai tên). Có phải bạn định viết "title"? Các trường được dùng: title, count, kind, email, site, tags, nested, items.',
    ]);
  });
});

describe('keysAt', () => {
  it('finds the fields an object schema allows at a path, through lists and optional fields', () => {
    expect(keysAt(schema, ['items', 0])).toEqual(['file']);
    expect(keysAt(schema, ['nested'])).toEqual(['label']);
    expect(keysAt(schema, ['title'])).toEqual([]);
  });
});

describe('issueMessage', () => {
  it('falls back to a plain sentence for anything else', () => {
    expect(issueMessage({ code: 'invalid_union', input: 5 })).toBe('5 không hợp lệ.');
  });
});

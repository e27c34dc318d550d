import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { described, describedFields } from './field-info.ts';

describe('described fields', () => {
  const shared = z.string();
  const schema = z.object({
    title: described(shared, { label: 'Tiêu đề', widget: 'string', guide: 'Tiêu đề bài.' }),
    note: described(shared.optional(), { label: 'Ghi chú', widget: 'text' }),
    tags: described(z.array(z.string()).default([]), { label: 'Từ khóa', widget: 'list' }),
  });

  it('lists an object schema’s fields in order, with their descriptions and whether they may be left out', () => {
    expect(describedFields(schema).map(({ name, info, optional }) => [name, info.label, optional])).toEqual([
      ['title', 'Tiêu đề', false],
      ['note', 'Ghi chú', true],
      ['tags', 'Từ khóa', true],
    ]);
  });

  it('describes a copy, so a schema shared by several fields keeps no one field’s description', () => {
    expect(() => describedFields(z.object({ other: shared }))).toThrow(/"other" has no description/);
    expect(schema.shape.title.parse('x')).toBe('x');
  });
});

import { describe, expect, it } from 'vitest';
import { groupLinks } from './links.ts';

describe('groupLinks', () => {
  it('keeps the order of first appearance, even when a group comes back later in the list', () => {
    const grouped = groupLinks([
      { group: 'Dịch vụ công', label: 'a' },
      { group: 'Cơ quan', label: 'b' },
      { group: 'Dịch vụ công', label: 'c' },
    ]);
    expect(grouped.map((g) => [g.group, g.links.map((l) => l.label)])).toEqual([
      ['Dịch vụ công', ['a', 'c']],
      ['Cơ quan', ['b']],
    ]);
  });
});

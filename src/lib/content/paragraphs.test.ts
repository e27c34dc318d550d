import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { paragraphs } from './paragraphs.ts';

describe('paragraphs of a frontmatter text', () => {
  it('end where the editor left a blank line in a quoted text, and at each line of a | block', () => {
    const quoted = parse('q: "Dòng một\n  nối tiếp.\n\n  Đoạn hai."').q as string;
    expect(paragraphs(quoted)).toEqual(['Dòng một nối tiếp.', 'Đoạn hai.']);
    const block = parse('q: |\n  Đoạn một.\n\n  Đoạn hai.\n').q as string;
    expect(paragraphs(block)).toEqual(['Đoạn một.', 'Đoạn hai.']);
    expect(paragraphs('  Một đoạn.  ')).toEqual(['Một đoạn.']);
  });
});

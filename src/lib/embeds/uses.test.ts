import { describe, expect, it } from 'vitest';
import { findEmbeds } from './uses.ts';

describe('findEmbeds', () => {
  it('finds the catalog’s components with their props and lines, however the values are quoted', () => {
    const body = 'Mở đầu.\n\nSở đạt <ChiSo donVi="so-noi-vu" nam="2023" /> năm nay.\n\n<BangXepHang nam={2023} nhom=\'so-ban-nganh\' top={"5"} />\n';
    const uses = findEmbeds(body);
    expect(uses.map(({ name, props, line }) => ({ name, props, line }))).toEqual([
      { name: 'ChiSo', props: { donVi: 'so-noi-vu', nam: '2023' }, line: 3 },
      { name: 'BangXepHang', props: { nam: '2023', nhom: 'so-ban-nganh', top: '5' }, line: 5 },
    ]);
    expect(body.slice(uses[0].start, uses[0].end)).toBe('<ChiSo donVi="so-noi-vu" nam="2023" />');
  });

  it('reads a tag written over several lines, and leaves other capitalised tags to the syntax check', () => {
    const uses = findEmbeds('<BieuDo\n  nam="2022"\n  nhom="cap-huyen"\n/>\n\n<Bang x="1" />');
    expect(uses).toHaveLength(1);
    expect(uses[0]).toMatchObject({ name: 'BieuDo', props: { nam: '2022', nhom: 'cap-huyen' }, line: 1 });
  });

  it('keeps a value it cannot read as unreadable instead of guessing', () => {
    const [use] = findEmbeds('<ChiSo donVi="so-noi-vu" nam={nam} />');
    expect(use.props).toEqual({ donVi: 'so-noi-vu' });
    expect(use.unreadable).toEqual(['nam']);
  });
});

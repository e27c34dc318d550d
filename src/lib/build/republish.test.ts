import { describe, expect, it } from 'vitest';
import { changedFiles, itemPage, sameSet, sameStamp, spliceBody, type FileStamp } from './republish.ts';

describe('changedFiles', () => {
  const a: FileStamp = [10, 1000, 1000];
  it('tells changed files, by size or either time, from added and removed ones', () => {
    const before = { 'a.md': a, 'b.md': a, 'c.md': a, 'd.md': a, 'gone.md': a };
    const now = { 'a.md': a, 'b.md': [11, 1000, 1000] as FileStamp, 'c.md': [10, 2000, 1000] as FileStamp, 'd.md': [10, 1000, 3000] as FileStamp, 'new.md': a };
    expect(changedFiles(now, before)).toEqual({ changed: ['b.md', 'c.md', 'd.md'], added: ['new.md'], removed: ['gone.md'] });
  });

  it('finds nothing when every stamp is the same', () => {
    expect(changedFiles({ 'a.md': [...a] as FileStamp }, { 'a.md': a })).toEqual({ changed: [], added: [], removed: [] });
  });
});

describe('sameStamp', () => {
  it('needs both stamps, equal in size, modification and change time', () => {
    expect(sameStamp([1, 2, 3], [1, 2, 3])).toBe(true);
    expect(sameStamp([1, 2, 3], [1, 2, 4])).toBe(false);
    expect(sameStamp(undefined, [1, 2, 3])).toBe(false);
    expect(sameStamp([1, 2, 3], undefined)).toBe(false);
  });
});

describe('spliceBody', () => {
  const page = '<main><h1>Tiêu đề</h1><div class="body"><p>Đoạn cũ.</p></div><footer>Cuối trang</footer></main>';

  it('puts the new text where the old one was, and leaves the rest of the page as it was', () => {
    expect(spliceBody(page, '<p>Đoạn cũ.</p>', '<p>Đoạn mới.</p>\n<p>Đoạn thêm.</p>')).toBe(
      '<main><h1>Tiêu đề</h1><div class="body"><p>Đoạn mới.</p>\n<p>Đoạn thêm.</p></div><footer>Cuối trang</footer></main>',
    );
  });

  it('gives nothing when the old text is not on the page', () => {
    expect(spliceBody(page, '<p>Đoạn khác.</p>', '<p>Mới.</p>')).toBeUndefined();
  });

  it('gives nothing when the old text is on the page more than once, overlapping or not', () => {
    expect(spliceBody(`${page}<p>Đoạn cũ.</p>`, '<p>Đoạn cũ.</p>', '<p>Mới.</p>')).toBeUndefined();
    expect(spliceBody('<p>aaa</p>', 'aa', 'b')).toBeUndefined();
  });

  it('gives nothing for an empty old text, which is everywhere', () => {
    expect(spliceBody(page, '', '<p>Mới.</p>')).toBeUndefined();
    expect(spliceBody(page, '\n', '<p>Mới.</p>')).toBeUndefined();
  });
});

describe('itemPage and sameSet', () => {
  it('places an item’s page under its kind’s route', () => {
    expect(itemPage('tin-tuc', 'bai-moi')).toBe('tin-tuc/bai-moi/index.html');
  });

  it('compares lists as sets', () => {
    expect(sameSet(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameSet(['a', 'b'], ['a'])).toBe(false);
    expect(sameSet(['a'], ['a', 'b'])).toBe(false);
    expect(sameSet(['a', 'a'], ['a'])).toBe(true);
    expect(sameSet([], [])).toBe(true);
  });
});

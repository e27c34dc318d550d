import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BODY_FILE, BodyFiles, withBody } from './entry-bodies.ts';

const roots: string[] = [];
function bodies() {
  const root = mkdtempSync(join(tmpdir(), 'entry-bodies-'));
  roots.push(root);
  return { root, files: new BodyFiles(root, '.astro/cache/rendered/news') };
}
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

interface Entry {
  id: string;
  data?: object;
  digest?: string;
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

const entry = (html: string): Entry => ({
  id: 'bai-1',
  digest: 'abc',
  rendered: { html, metadata: { imagePaths: ['./images/anh.jpg'], headings: [{ depth: 2, slug: 'a', text: 'A' }], frontmatter: { title: 'Bài 1' } } },
});

describe('BodyFiles', () => {
  it('keeps the HTML in a file and, in the store, only where it is and the pictures rendering needs', () => {
    const { root, files } = bodies();
    const stored = files.moveOut(entry('<p>Chào</p>'));
    expect(stored.rendered!.html).toBe('');
    expect(stored.rendered!.metadata).toEqual({
      imagePaths: ['./images/anh.jpg'],
      [BODY_FILE]: expect.stringMatching(/^\.astro\/cache\/rendered\/news\/[\w-]{32}\.html$/),
    });
    expect(readFileSync(join(root, stored.rendered!.metadata![BODY_FILE] as string), 'utf8')).toBe('<p>Chào</p>');
    expect(withBody(stored, root).rendered!.html).toBe('<p>Chào</p>');
  });

  it('names a body by its HTML, so that an edit gets a new file and the same HTML the same one', () => {
    const { files } = bodies();
    const a = files.moveOut(entry('<p>A</p>')).rendered!.metadata![BODY_FILE];
    expect(files.moveOut(entry('<p>A</p>')).rendered!.metadata![BODY_FILE]).toBe(a);
    expect(files.moveOut(entry('<p>A đã sửa</p>')).rendered!.metadata![BODY_FILE]).not.toBe(a);
  });

  it('says when a stored entry has lost its body file, and prunes the files no entry points to', () => {
    const { root, files } = bodies();
    const kept = files.moveOut(entry('<p>Giữ</p>'));
    const dropped = files.moveOut(entry('<p>Bỏ</p>'));
    files.prune([kept]);
    expect(files.has(kept)).toBe(true);
    expect(files.has(dropped)).toBe(false);
    expect(readdirSync(join(root, '.astro/cache/rendered/news'))).toHaveLength(1);
    expect(() => withBody(dropped, root)).toThrow(/xoá thư mục \.astro/);
  });

  it('leaves an entry without rendered HTML as it is', () => {
    const { root, files } = bodies();
    const data: Entry = { id: 'x', data: {} };
    expect(files.moveOut(data)).toBe(data);
    expect(withBody(data, root)).toBe(data);
    expect(existsSync(join(root, '.astro/cache/rendered/news'))).toBe(true);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadedFiles, readRecord } from './loaded-files.ts';

const roots: string[] = [];
function recordFile() {
  const root = mkdtempSync(join(tmpdir(), 'loaded-files-'));
  roots.push(root);
  return join(root, '.astro/cache/loaded-files/news.json');
}
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

const state = { size: 1200, mtimeMs: 1_790_000_000_000.5, ctimeMs: 1_790_000_000_100.25 };

describe('LoadedFiles', () => {
  it('knows a file as unchanged in the next build only with the same size, time and entry digest', () => {
    const file = recordFile();
    const first = new LoadedFiles(file);
    expect(first.unchanged('src/content/news/a.md', state, 'd1')).toBe(false);
    first.record('src/content/news/a.md', state, 'd1');
    first.save();

    const next = new LoadedFiles(file);
    expect(next.unchanged('src/content/news/a.md', state, 'd1')).toBe(true);
    expect(next.unchanged('src/content/news/a.md', { ...state, size: 1201 }, 'd1')).toBe(false);
    expect(next.unchanged('src/content/news/a.md', { ...state, mtimeMs: state.mtimeMs + 1 }, 'd1')).toBe(false);
    // Copied over with its old modification time kept: the change time still moved.
    expect(next.unchanged('src/content/news/a.md', { ...state, ctimeMs: state.ctimeMs + 1 }, 'd1')).toBe(false);
    // The store's entry was made from another state of the file (a cleared or older store).
    expect(next.unchanged('src/content/news/a.md', state, 'd2')).toBe(false);
    expect(next.unchanged('src/content/news/a.md', state, undefined)).toBe(false);
    expect(next.unchanged('src/content/news/b.md', state, 'd1')).toBe(false);
  });

  it('keeps where each entry’s rendered text is, for the build that republishes it (src/republish/)', () => {
    const file = recordFile();
    const loaded = new LoadedFiles(file);
    loaded.record('src/content/news/a.md', state, 'd1', '.astro/cache/rendered/news/abc.html');
    loaded.record('src/content/news/b.mdx', state, 'd2');
    loaded.save();
    expect(readRecord(file)).toEqual({
      'src/content/news/a.md': [state.size, state.mtimeMs, state.ctimeMs, 'd1', '.astro/cache/rendered/news/abc.html'],
      'src/content/news/b.mdx': [state.size, state.mtimeMs, state.ctimeMs, 'd2'],
    });
    expect(readRecord(join(file, '..', 'none.json'))).toEqual({});
  });

  it('forgets the files a build did not record, and reads a missing or broken record as none', () => {
    const file = recordFile();
    const first = new LoadedFiles(file);
    first.record('src/content/news/a.md', state, 'd1');
    first.record('src/content/news/b.md', state, 'd2');
    first.save();
    const second = new LoadedFiles(file);
    second.record('src/content/news/a.md', state, 'd1');
    second.save();
    expect(new LoadedFiles(file).unchanged('src/content/news/b.md', state, 'd2')).toBe(false);
    expect(new LoadedFiles(file).unchanged('src/content/news/a.md', state, 'd1')).toBe(true);

    writeFileSync(file, '{"version":1,"files":');
    expect(new LoadedFiles(file).unchanged('src/content/news/a.md', state, 'd1')).toBe(false);
    writeFileSync(file, JSON.stringify({ version: 0, files: { 'src/content/news/a.md': [1200, state.mtimeMs, state.ctimeMs, 'd1'] } }));
    expect(new LoadedFiles(file).unchanged('src/content/news/a.md', state, 'd1')).toBe(false);
  });
});

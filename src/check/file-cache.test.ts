import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeDigest, fileCache, type Codec } from './file-cache.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function folder(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'file-cache-'));
  roots.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

/** One run over the files: what each gives, and which were computed rather than kept. */
function run(root: string, names: string[], code = 'v1') {
  const computed: string[] = [];
  const cache = fileCache<string>(root, join(root, 'cache.json'), code);
  const values = names.map((name) =>
    cache.get(name, () => {
      computed.push(name);
      return readFileSync(join(root, name), 'utf8').toUpperCase();
    }),
  );
  cache.save();
  return { values, computed };
}

describe('fileCache', () => {
  it('computes a file once, and keeps its value while the file is unchanged', () => {
    const root = folder({ 'a.md': 'một', 'b.md': 'hai' });
    expect(run(root, ['a.md', 'b.md'])).toEqual({ values: ['MỘT', 'HAI'], computed: ['a.md', 'b.md'] });
    expect(run(root, ['a.md', 'b.md'])).toEqual({ values: ['MỘT', 'HAI'], computed: [] });
  });

  it('computes again a file whose content changed, even to the same size', () => {
    const root = folder({ 'a.md': 'một', 'b.md': 'hai' });
    run(root, ['a.md', 'b.md']);
    writeFileSync(join(root, 'b.md'), 'bốn');
    expect(run(root, ['a.md', 'b.md'])).toEqual({ values: ['MỘT', 'BỐN'], computed: ['b.md'] });
  });

  it('keeps the value of a file only touched (as a fresh git checkout does), by its content', () => {
    const root = folder({ 'a.md': 'một' });
    run(root, ['a.md']);
    utimesSync(join(root, 'a.md'), new Date('2030-01-01'), new Date('2030-01-01'));
    expect(run(root, ['a.md']).computed).toEqual([]);
    // The new time is recorded: the next run does not need to read the file.
    const stored = JSON.parse(readFileSync(join(root, 'cache.json'), 'utf8'));
    expect(stored.entries['a.md'].mtimeMs).toBe(new Date('2030-01-01').getTime());
  });

  it('takes the stamps it is given instead of reading the files’ own', () => {
    const root = folder({ 'a.md': 'một' });
    run(root, ['a.md']);
    const stored = JSON.parse(readFileSync(join(root, 'cache.json'), 'utf8')).entries['a.md'];
    writeFileSync(join(root, 'a.md'), 'một trăm');
    const given = (stamp: [number, number]) => {
      const cache = fileCache<string>(root, join(root, 'cache.json'), 'v1', undefined, { 'a.md': stamp });
      const value = cache.get('a.md', () => readFileSync(join(root, 'a.md'), 'utf8').toUpperCase());
      cache.save();
      return value;
    };
    // The stamp of the file as it was: the kept value; any other: the file read again.
    expect(given([stored.size, stored.mtimeMs])).toBe('MỘT');
    expect(given([stored.size + 1, stored.mtimeMs])).toBe('MỘT TRĂM');
  });

  it('starts afresh when the code changes, or the cache file is unreadable', () => {
    const root = folder({ 'a.md': 'một' });
    run(root, ['a.md']);
    expect(run(root, ['a.md'], 'v2').computed).toEqual(['a.md']);
    writeFileSync(join(root, 'cache.json'), '{"code": "v2", "entr');
    expect(run(root, ['a.md'], 'v2')).toEqual({ values: ['MỘT'], computed: ['a.md'] });
    writeFileSync(join(root, 'cache.json'), '{"code": "v2"}');
    expect(run(root, ['a.md'], 'v2')).toEqual({ values: ['MỘT'], computed: ['a.md'] });
  });

  it('forgets a file no longer asked for', () => {
    const root = folder({ 'a.md': 'một', 'b.md': 'hai' });
    run(root, ['a.md', 'b.md']);
    run(root, ['a.md']);
    expect(Object.keys(JSON.parse(readFileSync(join(root, 'cache.json'), 'utf8')).entries)).toEqual(['a.md']);
  });

  it('keeps values through their codec, and gives back the value read', () => {
    const root = folder({ 'a.md': '2026-12-07T00:00:00Z' });
    const dates: Codec<Date> = { write: (date) => date.toISOString(), read: (stored) => new Date(stored as string) };
    const open = () => fileCache<Date>(root, join(root, 'cache.json'), 'v1', dates);
    const first = open();
    first.get('a.md', () => new Date(readFileSync(join(root, 'a.md'), 'utf8')));
    first.save();
    const again = open().get('a.md', () => {
      throw new Error('computed again');
    });
    expect(again).toBeInstanceOf(Date);
    expect(again.toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });
});

describe('codeDigest', () => {
  it('changes with any source file, and not with a test', () => {
    const root = folder({ 'a.ts': 'export const a = 1;', 'a.test.ts': 'test' });
    const before = codeDigest([root]);
    writeFileSync(join(root, 'a.test.ts'), 'another test');
    expect(codeDigest([root])).toBe(before);
    writeFileSync(join(root, 'a.ts'), 'export const a = 2;');
    expect(codeDigest([root])).not.toBe(before);
  });

  it('changes with a lockfile given, and takes a missing one as absent', () => {
    const root = folder({ 'a.ts': 'export const a = 1;', 'package-lock.json': '{"v": 1}' });
    const lock = join(root, 'package-lock.json');
    const before = codeDigest([root], [lock]);
    expect(codeDigest([root], [lock, join(root, 'missing.json')])).toBe(before);
    writeFileSync(lock, '{"v": 2}');
    expect(codeDigest([root], [lock])).not.toBe(before);
  });
});

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * What the check found in each file, kept between runs in one JSON file: a file whose content
 * has not changed is not parsed and checked again (at 10,000 articles that is most of the
 * check's 3 s). An entry is reused when the file's size and time are those recorded, or else
 * when its content has the recorded digest (a fresh git checkout touches every file's time).
 * The checker's own code is part of the key: any change to it starts the cache afresh.
 */
export interface FileCache<T> {
  /** The value kept for `path`, or `compute()`'s, kept for next time. */
  get(path: string, compute: () => T): T;
  /** Writes what this run used (files deleted since are forgotten). */
  save(): void;
}

interface Entry {
  size: number;
  mtimeMs: number;
  digest: string;
  value: unknown;
}

interface Stored {
  code: string;
  entries: Record<string, Entry>;
}

/** How a value is kept as JSON and read back (dates, say, which JSON would leave as strings). */
export interface Codec<T> {
  write(value: T): unknown;
  read(stored: unknown): T;
}

const AS_IS: Codec<never> = { write: (value) => value, read: (stored) => stored as never };

const digestOf = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

/**
 * A digest of every source file under the given folders (tests left out), and of the given
 * files (a lockfile: the libraries' versions), where they exist: the code that computes the values.
 */
export function codeDigest(folders: readonly string[], files: readonly string[] = []): string {
  const hash = createHash('sha1');
  for (const file of files) if (existsSync(file)) hash.update(file).update(readFileSync(file));
  for (const folder of folders) {
    const names = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.ts$/.test(name) && !/\.test\.ts$/.test(name))
      .sort();
    for (const name of names) hash.update(name).update(readFileSync(join(folder, name)));
  }
  return hash.digest('hex');
}

function readStored(file: string, code: string): Record<string, Entry> {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stored>;
    return stored.code === code && stored.entries ? stored.entries : {};
  } catch {
    // No cache yet, or one cut short: everything is computed.
    return {};
  }
}

/**
 * A cache in `file` (e.g. `.astro/cache/check-articles.json`) for files under `root`, valid for the
 * code whose digest is `code`. `stamps`: files' sizes and modification times the caller has just
 * read (by path, `[size, mtimeMs]` first), not read again.
 */
export function fileCache<T>(
  root: string,
  file: string,
  code: string,
  codec: Codec<T> = AS_IS,
  stamps?: Readonly<Record<string, readonly [number, number, ...number[]]>>,
): FileCache<T> {
  const previous = readStored(file, code);
  const used: Record<string, Entry> = {};
  let changed = false;
  const reuse = (path: string, entry: Entry) => {
    used[path] = entry;
    return codec.read(entry.value);
  };
  return {
    get(path, compute) {
      const full = join(root, path);
      const stamp = stamps?.[path];
      const { size, mtimeMs } = stamp ? { size: stamp[0], mtimeMs: stamp[1] } : statSync(full);
      const old = previous[path];
      if (old && old.size === size && old.mtimeMs === mtimeMs) return reuse(path, old);
      changed = true;
      const digest = digestOf(readFileSync(full));
      if (old && old.digest === digest) return reuse(path, { ...old, size, mtimeMs });
      const value = compute();
      used[path] = { size, mtimeMs, digest, value: codec.write(value) };
      return value;
    },
    save() {
      // A file deleted since the last run is forgotten; nothing new and nothing gone: nothing to write.
      if (!changed && Object.keys(used).length === Object.keys(previous).length) return;
      mkdirSync(dirname(file), { recursive: true });
      // Written whole, then renamed: a build stopped halfway never leaves half a cache.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ code, entries: used } satisfies Stored));
      renameSync(temporary, file);
    },
  };
}

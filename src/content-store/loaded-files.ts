import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What a file's state is judged by: its size, its modification time (which an editor's save
 * changes) and its change time (which any write, rename or copy onto it changes, and no tool sets).
 */
export interface FileState {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
}

/** `bodyFile`: where the entry's rendered HTML is (src/content-store/entry-bodies.ts), if it has one. */
export type Recorded = [size: number, mtimeMs: number, ctimeMs: number, digest: string, bodyFile?: string];

const VERSION = 2;

/**
 * The size and time each file of a collection had when its entry was last stored, and the
 * digest the entry was stored under, kept between builds (`.astro/cache/loaded-files/`). Astro's
 * glob loader reads and digests every file on every build to find the one that changed (10,000
 * reads, most of a rebuild's content sync); a file whose size and times are still those recorded
 * for the entry's digest needs neither. A file that git checked out afresh has a new time and is
 * read again, as before.
 */
export class LoadedFiles {
  readonly #file: string;
  readonly #before: Map<string, Recorded>;
  readonly #now = new Map<string, Recorded>();

  constructor(file: string) {
    this.#file = file;
    this.#before = new Map(Object.entries(readRecord(file)));
  }

  /** Whether `path` is as it was when its entry, stored under `digest`, was made from it. */
  unchanged(path: string, state: FileState, digest: string | undefined): boolean {
    const before = this.#before.get(path);
    return (
      before !== undefined &&
      digest !== undefined &&
      before[0] === state.size &&
      before[1] === state.mtimeMs &&
      before[2] === state.ctimeMs &&
      before[3] === digest
    );
  }

  /** Records that `path`, as `state`, is stored under `digest`, its HTML in `bodyFile`. */
  record(path: string, state: FileState, digest: string, bodyFile?: string): void {
    this.#now.set(
      path,
      bodyFile === undefined ? [state.size, state.mtimeMs, state.ctimeMs, digest] : [state.size, state.mtimeMs, state.ctimeMs, digest, bodyFile],
    );
  }

  /** Writes what was recorded in this build; files not recorded (deleted ones) are forgotten. */
  save(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    // Whole or not at all: a record cut short by a stopped build is read as none.
    writeFileSync(`${this.#file}.tmp`, JSON.stringify({ version: VERSION, files: Object.fromEntries(this.#now) }));
    renameSync(`${this.#file}.tmp`, this.#file);
  }
}

/** What the last content sync recorded in `file`, by path (none when there is no record). */
export function readRecord(file: string): Record<string, Recorded> {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; files?: Record<string, Recorded> };
    return stored.version === VERSION && stored.files ? stored.files : {};
  } catch {
    // None yet, or unreadable: every file is read, as in a first build.
    return {};
  }
}

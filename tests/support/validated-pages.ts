import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const digest = (text: string | Buffer) => createHash('sha256').update(text).digest('base64url');

/**
 * The pages a validator has already passed, by the digest of their bytes, kept beside the
 * build's other caches (`.astro/gates/<name>.json`, which the publishing pipelines keep between
 * runs). A rebuild after one edit then validates only the pages that changed: at 10,000
 * articles, seconds instead of minutes. An entry counts only for the same validator, version and
 * settings (`key`); a page that failed is never recorded, so it is validated again every time.
 */
export class ValidatedPages {
  readonly #file: string;
  readonly #key: string;
  #passed: Record<string, string>;
  readonly #now: Record<string, string> = {};

  constructor(dist: string, name: string, key: string) {
    this.#file = join(dirname(dist), '.astro', 'gates', `${name}.json`);
    this.#key = key;
    const saved = existsSync(this.#file) ? (JSON.parse(readFileSync(this.#file, 'utf8')) as { key?: string; passed?: Record<string, string> }) : {};
    this.#passed = saved.key === key ? (saved.passed ?? {}) : {};
  }

  /** Whether this page, byte for byte, passed before. */
  passedBefore(page: string, content: string | Buffer): boolean {
    return this.#passed[page] === digest(content);
  }

  /** Records a page that passed now. */
  pass(page: string, content: string | Buffer) {
    this.#now[page] = digest(content);
  }

  /** Writes what passed before and still stands, plus what passed now; pages gone are dropped. */
  save(pages: readonly string[]) {
    const passed: Record<string, string> = {};
    for (const page of pages) {
      const hash = this.#now[page] ?? this.#passed[page];
      if (hash) passed[page] = hash;
    }
    mkdirSync(dirname(this.#file), { recursive: true });
    writeFileSync(this.#file, JSON.stringify({ key: this.#key, passed }));
  }
}

/** A digest of the things a validator's verdict depends on: its version and its settings. */
export const validatorKey = (...parts: string[]) => digest(parts.join('\n'));

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The rendered HTML of articles and documents, kept in files beside Astro's content store
 * instead of inside it.
 *
 * Astro writes the whole store into the build as one JavaScript module, which the bundler
 * processes and Node compiles and parses on every build, changed or not: at 10,000 articles the
 * bodies were 24 of its 27 MB, and that module cost a rebuild more time than the pages it
 * renders (docs/performance.md). A page reads its own body when it is rendered, so a rebuild
 * that reuses a page never reads it at all.
 *
 * The store keeps, in place of the HTML, the body file's path from the project's root
 * (`rendered.metadata.bodyFile`); the file is named by a digest of the HTML, so it never
 * changes once written.
 */

interface Rendered {
  html: string;
  metadata?: Record<string, unknown>;
}

/** The part of an entry this module reads or writes. */
interface WithRendered {
  rendered?: Rendered;
}

export const BODY_FILE = 'bodyFile';

/** Body files of one collection, in `folder` (relative to `root`, the project's root). */
export class BodyFiles {
  readonly #root: string;
  readonly #folder: string;

  constructor(root: string, folder: string) {
    this.#root = root;
    this.#folder = folder;
    mkdirSync(join(root, folder), { recursive: true });
  }

  /**
   * The entry as the store keeps it: its HTML written to a body file, and of the metadata only
   * what rendering needs (the pictures in the body; not the headings nor a second copy of the
   * frontmatter, which no page reads).
   */
  moveOut<T extends WithRendered>(entry: T): T {
    if (!entry.rendered) return entry;
    const { html, metadata = {} } = entry.rendered;
    const name = `${createHash('sha256').update(html).digest('base64url').slice(0, 32)}.html`;
    const file = join(this.#folder, name);
    const path = join(this.#root, file);
    if (!existsSync(path)) {
      // Whole or not at all: a file cut short by a stopped build would be trusted by its name.
      writeFileSync(`${path}.tmp`, html);
      renameSync(`${path}.tmp`, path);
    }
    const { frontmatter: _frontmatter, headings: _headings, ...kept } = metadata;
    return { ...entry, rendered: { html: '', metadata: { ...kept, [BODY_FILE]: file } } };
  }

  /** Whether the entry's body file is there (a store can outlive a cleared cache folder). */
  has(entry: WithRendered): boolean {
    const file = entry.rendered?.metadata?.[BODY_FILE];
    return typeof file === 'string' && existsSync(join(this.#root, file));
  }

  /** Deletes the body files no entry of the store points to any more (edited or removed ones). */
  prune(entries: Iterable<WithRendered>): void {
    const live = new Set<unknown>();
    for (const entry of entries) live.add(entry.rendered?.metadata?.[BODY_FILE]);
    for (const name of readdirSync(join(this.#root, this.#folder))) {
      if (!live.has(join(this.#folder, name))) rmSync(join(this.#root, this.#folder, name), { force: true });
    }
  }
}

/**
 * The entry with its HTML read back, for Astro's `render()`; `root` is the project's root (the
 * build runs from it). An entry stored without a body file is returned as it is.
 */
export function withBody<T extends WithRendered>(entry: T, root = process.cwd()): T {
  const file = entry.rendered?.metadata?.[BODY_FILE];
  if (typeof file !== 'string') return entry;
  const path = join(root, file);
  if (!existsSync(path)) {
    // The loader checks every body file before a build; only a folder deleted during one gets here.
    throw new Error(`Thiếu tệp nội dung đã dựng ${file}: xoá thư mục .astro rồi dựng lại.`);
  }
  return { ...entry, rendered: { ...entry.rendered!, html: readFileSync(path, 'utf8') } };
}

import { cpSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');

/**
 * The tests' own portal: a frozen, small, valid portal (config, categories, articles with and
 * without pictures, documents with attachments, units, years with and without criteria, national
 * files). Every test builds or checks this one, never the province's content, so that the suite
 * passes whatever content a province puts in (SPEC 10).
 */
export const FIXTURE_PORTAL = join(PROJECT, 'tests/fixtures/portal');

/** What a province edits: the paths `npm run init` empties and the tests never read. */
export const CONTENT_PATHS = ['portal.config.json', 'src/content', 'data', 'public'] as const;

/** Code a test build needs besides the content (src/content excluded from src). */
export const CODE_PATHS = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'scripts'] as const;

/** Copies the fixture portal's content into `root` (config, src/content, data, public). */
export function copyFixtureContent(root: string) {
  for (const path of CONTENT_PATHS) cpSync(join(FIXTURE_PORTAL, path), join(root, path), { recursive: true });
}

/** Copies the project's code into `root`, leaving out the province's content under src/. */
export function copyCode(root: string) {
  const content = join(PROJECT, 'src/content');
  for (const path of CODE_PATHS) {
    cpSync(join(PROJECT, path), join(root, path), { recursive: true, filter: (source) => source !== content && !source.startsWith(`${content}/`) });
  }
}

/** The content path of the project that `target` is in, if any: tests may not read there. */
export function protectedPath(target: unknown): string | undefined {
  const path = target instanceof URL ? target.pathname : Buffer.isBuffer(target) ? target.toString() : target;
  if (typeof path !== 'string' || path === '') return undefined;
  const absolute = resolve(path);
  return CONTENT_PATHS.map((content) => join(PROJECT, content)).find((root) => {
    const inside = relative(root, absolute);
    return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
  });
}

export class ContentReadError extends Error {
  constructor(what: string) {
    super(
      `A test used the province's own content (${what}). Tests use the fixture portal in tests/fixtures/portal, copied by tests/support/fixture-portal.ts.`,
    );
  }
}

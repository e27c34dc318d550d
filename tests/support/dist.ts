import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Reads and parses a built page by its URL path (`/tin-tuc/` → dist/tin-tuc/index.html). */
export function page(dist: string, urlPath: string): HTMLElement {
  const file = urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath);
  if (!existsSync(file)) throw new Error(`No page for ${urlPath} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

export function exists(dist: string, urlPath: string): boolean {
  return existsSync(urlPath.endsWith('/') ? join(dist, urlPath, 'index.html') : join(dist, urlPath));
}

/** Every file under dist, as paths relative to it. */
export function allFiles(dist: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(dist, join(dir, entry.name)) : [relative(dist, join(dir, entry.name))],
  );
}

/** The normalised visible text of an element. */
export const text = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

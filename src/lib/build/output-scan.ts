import { createHash } from 'node:crypto';
import { inlineHashes } from '../hosting/headers.ts';

/**
 * What the build needs from each file of dist/ once Astro is done: the pictures it refers to
 * (the others are deleted), a digest of a searchable page (the search indexes are rebuilt only
 * for changed pages), and the hashes of its inline scripts and styles (the CSP).
 */
export interface FileFacts {
  /** Names of files in _astro/ the file refers to. */
  assets: string[];
  /** A digest of the page, when pagefind indexes it. */
  searchDigest?: string;
  scripts: string[];
  styles: string[];
}

/** The files whose text refers to assets or carries inline code; pagefind's own are not read. */
export const isScanned = (path: string) => /\.(html|css|xml|json|js)$/.test(path) && !path.startsWith('pagefind');

export function scanFile(path: string, text: string): FileFacts {
  // Copied out of the page: V8 keeps a matched part as a view of the whole text, so the cache
  // would hold every page of the site in memory (600 MB at 10,000 articles).
  const assets = [...new Set([...text.matchAll(/_astro\/([^"'\s)?#,]+)/g)].map((m) => Buffer.from(m[1]).toString()))];
  const html = path.endsWith('.html');
  const searchDigest = html && text.includes('data-pagefind-body') ? createHash('sha256').update(text).digest('base64url') : undefined;
  // The web editor's page has its own, looser policy.
  const { scripts, styles } = html && !path.startsWith('admin') ? inlineHashes(text) : { scripts: [], styles: [] };
  return { assets, ...(searchDigest ? { searchDigest } : {}), scripts, styles };
}

/**
 * The facts of the last build's files, reused for a file that has not changed since: with
 * dist/ kept between builds, a rebuild after one edit reads a few pages instead of 12,000.
 * A file counts as unchanged when its ctime (set by every write) and size are the same.
 */
export interface ScanCache {
  version: number;
  files: Record<string, { changedMs: number; size: number; facts: FileFacts }>;
}

/** Changes whenever what FileFacts holds or how it is computed changes. */
export const SCAN_CACHE_VERSION = 1;

export function cachedFacts(cache: ScanCache | undefined, path: string, changedMs: number, size: number): FileFacts | undefined {
  if (cache?.version !== SCAN_CACHE_VERSION) return undefined;
  const entry = cache.files[path];
  return entry && entry.changedMs === changedMs && entry.size === size ? entry.facts : undefined;
}

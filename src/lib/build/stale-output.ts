/**
 * dist/ is kept between builds (`emptyOutDir: false`), so that a page Astro's incremental build
 * reuses stays where it is instead of being deleted and copied back from .astro/cache/: at
 * 10,000 articles that deleting and copying took longer than everything a rebuild renders
 * (docs/performance.md). What the previous build wrote and this one did not must then go, or a
 * removed article's page would stay online.
 */

/** A file in dist/ and when its inode last changed (ctime: set by any write, never by hand). */
export interface OutputFile {
  path: string;
  changedMs: number;
}

/**
 * The files of dist/ to delete after a build that started at `since`: those it did not write
 * (changed before it started) and whose page it did not reuse (`reused`, paths in dist/).
 */
export function staleOutputs(files: OutputFile[], reused: ReadonlySet<string>, since: number): string[] {
  return files.filter((f) => f.changedMs < since && !reused.has(f.path)).map((f) => f.path);
}

/**
 * The pages Astro's incremental build recorded for this build (`.astro/cache/incremental-build.json`,
 * written at its end), as paths in dist/: the ones rendered and the ones reused as they were.
 */
export function recordedPages(manifest: unknown): Set<string> {
  const pages = new Set<string>();
  const routes = (manifest as { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> } | null)?.routes;
  for (const route of Object.values(routes ?? {})) {
    for (const path of Object.values(route.paths ?? {})) if (typeof path.outputFile === 'string') pages.add(path.outputFile);
  }
  return pages;
}

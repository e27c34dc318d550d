// The search indexes of a built site: the main one in dist/pagefind/, and one per older year of
// news in dist/pagefind/nam/<year>/ (src/lib/search/index-split.ts says why). Each index is
// kept in .astro/search-index/ under a digest of the pages it holds, so a rebuild re-indexes
// only the groups whose pages changed; pagefind itself has no incremental mode.
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { archiveIndexPath, fragmentBudget } from '../lib/search/index-split.ts';

/** Past this many fragment files in all, pagefind bundles them (the 20,000-file limit of free hosts). */
const FRAGMENT_BUDGET = 5000;
/** Changes when what the cache holds changes, so that an older cache is written anew. */
const CACHE_FORMAT = 2;
/**
 * pagefind's ready-made interfaces, written into every index folder. The site has its own search
 * page, and an older year's index is only ever merged into the main one (pagefind loads its
 * entry file, chunks and WebAssembly), so in those folders they are files for nothing.
 */
const UNUSED_IN_ARCHIVE = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

export interface SearchIndexResult {
  /** Pages in all indexes. */
  indexed: number;
  /** Indexes written anew (the others came from the cache). */
  rebuilt: string[];
  /** The pages of dist/ those were made from (linked to, which changes a page's ctime). */
  read: string[];
  errors: string[];
}

/**
 * `pages`: every page pagefind indexes (path in dist/ → digest of its HTML); `archive`: the
 * pages of older news by year. What is not in `archive` goes to the main index.
 */
export async function writeSearchIndexes(options: {
  root: string;
  dist: string;
  pages: Map<string, string>;
  archive: Map<number, Set<string>>;
}): Promise<SearchIndexResult> {
  const { root, dist, pages, archive } = options;
  const inArchive = new Set([...archive.values()].flatMap((files) => [...files]));
  const groups = [
    { name: 'main', target: join(dist, 'pagefind'), files: [...pages.keys()].filter((f) => !inArchive.has(f)) },
    ...[...archive].map(([year, files]) => ({
      name: `nam-${year}`,
      target: join(dist, 'pagefind', archiveIndexPath(year)).replace(/\/$/, ''),
      files: [...files].filter((f) => pages.has(f)),
    })),
  ];
  const cache = join(root, '.astro', 'search-index');
  const version = JSON.parse(readFileSync(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version as string;
  const pagefind = await import('pagefind');
  const result: SearchIndexResult = { indexed: 0, rebuilt: [], read: [], errors: [] };
  try {
    // In parallel: pagefind's service indexes several at once, and most are small.
    await Promise.all(
      groups.map(async (group) => {
        const budget = fragmentBudget(group.files.length, pages.size, FRAGMENT_BUDGET);
        const digest = createHash('sha256').update(`${version}\n${budget}\n${CACHE_FORMAT}\n`);
        for (const file of group.files.sort()) digest.update(`${file}\t${pages.get(file)}\n`);
        const key = digest.digest('hex');
        const out = join(cache, group.name);
        const keyFile = join(cache, `${group.name}.key`);
        if (!existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key || !existsSync(out)) {
          result.rebuilt.push(group.name);
          result.read.push(...group.files);
          rmSync(keyFile, { force: true });
          rmSync(out, { recursive: true, force: true });
          // pagefind reads a folder: the group's pages are linked into one, not copied.
          const stage = join(cache, 'stage', group.name);
          rmSync(stage, { recursive: true, force: true });
          for (const file of group.files) {
            mkdirSync(dirname(join(stage, file)), { recursive: true });
            try {
              linkSync(join(dist, file), join(stage, file));
            } catch {
              copyFileSync(join(dist, file), join(stage, file));
            }
          }
          const { index, errors } = await pagefind.createIndex({ maxFragments: budget });
          if (index) {
            errors.push(...(await index.addDirectory({ path: stage })).errors);
            errors.push(...(await index.writeFiles({ outputPath: out })).errors);
          }
          rmSync(stage, { recursive: true, force: true });
          // A failed index is never kept for the next build (the build stops on the errors).
          if (!index || errors.length > 0) {
            result.errors.push(...errors);
            return;
          }
          if (group.name !== 'main') {
            for (const name of readdirSync(out)) if (UNUSED_IN_ARCHIVE.test(name)) rmSync(join(out, name));
          }
          writeFileSync(keyFile, key);
        }
      }),
    );
    // dist/ is kept between builds: an index already there as it is in the cache stays (most of
    // a rebuild's search time was copying 4,000 unchanged files back), the others are replaced.
    // The main index's folder holds the older years' in nam/, which are its own.
    if (result.errors.length === 0)
      for (const group of groups) installIndex(join(cache, group.name), group.target, group.name === 'main' ? ARCHIVE_FOLDER : undefined);
    const years = new Set(groups.map((g) => g.target));
    const archiveRoot = join(dist, 'pagefind', ARCHIVE_FOLDER);
    if (existsSync(archiveRoot))
      for (const name of readdirSync(archiveRoot)) if (!years.has(join(archiveRoot, name))) rmSync(join(archiveRoot, name), { recursive: true });
    rmSync(join(cache, 'stage'), { recursive: true, force: true });
  } finally {
    await pagefind.close();
  }
  // addDirectory counts HTML files; the pages actually indexed are in the entry files.
  for (const group of groups) {
    const entryFile = join(group.target, 'pagefind-entry.json');
    if (!existsSync(entryFile)) continue;
    const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { page_count: number }> };
    result.indexed += Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
  }
  return result;
}

/** The folder of the older years' indexes, inside the main one (archiveIndexPath). */
const ARCHIVE_FOLDER = archiveIndexPath(2000).split('/')[0];

/**
 * Makes `target` hold exactly the index in `source`, leaving it untouched when it already does
 * (the same files at the same sizes, and the same entry file, which names the index's
 * content-hashed parts); `own`, a subfolder of `target` that belongs to something else, is kept.
 */
function installIndex(source: string, target: string, own?: string) {
  const listing = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
          .filter((path) => own === undefined || !path.startsWith(`${own}/`))
          .map((path) => `${path}\t${statSync(join(folder, path)).size}`)
          .sort()
          .join('\n')
      : undefined;
  const entry = (folder: string) => (existsSync(join(folder, 'pagefind-entry.json')) ? readFileSync(join(folder, 'pagefind-entry.json'), 'utf8') : undefined);
  if (listing(target) === listing(source) && entry(target) === entry(source)) return;
  if (existsSync(target)) for (const name of readdirSync(target)) if (name !== own) rmSync(join(target, name), { recursive: true });
  cpSync(source, target, { recursive: true });
}

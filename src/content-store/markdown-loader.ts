import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { findEmbeds } from '../lib/embeds/uses.ts';
import { blankHidden } from '../lib/source/body.ts';
import { BODY_FILE, BodyFiles } from './entry-bodies.ts';
import { LoadedFiles } from './loaded-files.ts';

/** Every Markdown file under a collection's folder (markdownFiles lists the same). */
const PATTERN = '**/*.{md,mdx}';

/**
 * Astro's glob loader, with three changes for sites of thousands of articles:
 *
 * - `.mdx` files are rendered like `.md` ones: to HTML while content is loaded, and again only
 *   when the file changes. Editors write Markdown in both (the check refuses MDX expressions,
 *   imports, exports and components other than the portal's, src/lib/source/body.ts), so an
 *   `.mdx` file needs no JavaScript module of its own, unless it uses the portal's components
 *   (src/lib/embeds/): only those few are compiled by @astrojs/mdx. Compiled as modules, 10,000 articles took the bundler longer
 *   than everything else in the build together, and on every build, changed or not.
 * - The rendered HTML is kept in files beside the content store, not in it
 *   (src/content-store/entry-bodies.ts); pages read it back with `withBody`.
 * - A file whose size and times are those it had when its entry was stored is not read again
 *   (src/content-store/loaded-files.ts): the glob loader is given only the others.
 *
 * (docs/performance.md)
 */
export function markdownGlob(given: Omit<Parameters<typeof glob>[0], 'pattern'>): Loader {
  const options = { ...given, pattern: PATTERN };
  // The body is kept for a moment, to see whether the file uses components; never stored.
  const loader = glob({ ...options, retainBody: true });
  return {
    ...loader,
    name: 'markdown-glob',
    load: async (context) => {
      // A new portal has no articles or documents folder yet: nothing to load, and nothing to
      // warn an editor about in English.
      if (typeof options.base === 'string' && !existsSync(fileURLToPath(new URL(`${options.base.replace(/\/?$/, '/')}`, context.config.root)))) {
        context.store.clear();
        return;
      }
      const { root, cacheDir } = context.config;
      // Not in the public type, but passed to every loader: file extension → how to read it.
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const folder = relative(fileURLToPath(root), fileURLToPath(new URL(`rendered/${context.collection}/`, cacheDir)));
      const bodies = new BodyFiles(fileURLToPath(root), folder);
      // An entry whose body file is gone (a cleared cache folder) is read and rendered again.
      for (const [id, entry] of context.store.entries()) if (entry.rendered && !bodies.has(entry)) context.store.delete(id);
      // Only then: a file is "unchanged" only if its entry, body included, is still there.
      const byPath = new Map([...context.store.values()].flatMap((entry) => (entry.filePath ? [[entry.filePath, entry] as const] : [])));
      const unchanged = unchangedFiles(context, fileURLToPath(root), byPath);
      const asMarkdown = new Map([...entryTypes].map(([extension, type]) => [extension, unchanged(type)]));
      asMarkdown.set('.mdx', asMarkdown.get('.md')!);
      const base = fileURLToPath(new URL(`${String(options.base).replace(/\/?$/, '/')}`, root));
      const loaded = new LoadedFiles(fileURLToPath(new URL(`loaded-files/${context.collection}.json`, cacheDir)));
      const files = markdownFiles(fileURLToPath(root), base);
      // A file as it was when its entry was stored is not read again; the glob loader is given the others.
      // The scoped store has it, as the glob loader's use of it shows, though its public type does not.
      const scoped = context.store as LoaderContext['store'] & { addAssetImports(assets: string[], filePath: string): void };
      const changed = files.filter(({ path, state }) => {
        const entry = byPath.get(path);
        if (!entry || !loaded.unchanged(path, state, entry.digest === undefined ? undefined : String(entry.digest))) return true;
        // What the glob loader does for a file it finds unchanged: the build still needs its pictures and module.
        if (entry.deferredRender) scoped.addModuleImport(path);
        if (entry.assetImports?.length) scoped.addAssetImports(entry.assetImports, path);
        return false;
      });
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => {
          const { body, ...kept } = entry;
          // An article using the portal's components (SPEC 12) is compiled by @astrojs/mdx
          // when its page renders it; its Markdown rendering is dropped.
          if (entry.filePath?.endsWith('.mdx') && body !== undefined && findEmbeds(blankHidden(body)).length > 0) {
            return context.store.set({ ...kept, rendered: undefined, assetImports: undefined, deferredRender: true });
          }
          return context.store.set(bodies.moveOut(kept));
        },
      };

      if (changed.length === files.length) {
        await loader.load({ ...context, entryTypes: asMarkdown, store } as LoaderContext);
      } else if (changed.length > 0) {
        // Only the changed files: the loader must not take the others, which it does not see, for deleted.
        const only = glob({ ...options, pattern: changed.map(({ inBase }) => escapeGlob(inBase)), retainBody: true });
        await only.load({ ...context, entryTypes: asMarkdown, store: { ...store, keys: () => [] } } as LoaderContext);
      }
      const present = new Set(files.map(({ path }) => path));
      for (const [id, entry] of context.store.entries()) if (entry.filePath && !present.has(entry.filePath)) context.store.delete(id);
      const states = new Map(files.map(({ path, state }) => [path, state]));
      for (const entry of context.store.values()) {
        const state = entry.filePath && states.get(entry.filePath);
        const bodyFile = entry.rendered?.metadata?.[BODY_FILE];
        if (state && entry.digest) loaded.record(entry.filePath!, state, String(entry.digest), typeof bodyFile === 'string' ? bodyFile : undefined);
      }
      loaded.save();
      bodies.prune(context.store.values());
    },
  };
}

/**
 * The Markdown files under `base` as PATTERN finds them (hidden files and folders aside): with
 * their path from the project's root (an entry's `filePath`), from `base`, and their state.
 */
function markdownFiles(root: string, base: string) {
  return readdirSync(base, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.mdx?$/.test(name) && !name.split(sep).some((part) => part.startsWith('.')))
    .flatMap((name) => {
      const state = statSync(join(base, name));
      return state.isFile() ? [{ path: relative(root, join(base, name)).split(sep).join('/'), inBase: name.split(sep).join('/'), state }] : [];
    });
}

/** A file name as a glob pattern matching it alone. */
const escapeGlob = (name: string) => name.replace(/[\\*?[\]{}()!+@]/g, '\\$&');

interface EntryType {
  getEntryInfo(file: {
    contents: string;
    fileUrl: URL;
  }): Promise<{ data: Record<string, unknown>; body: string }> | { data: Record<string, unknown>; body: string };
}

/**
 * The glob loader parses every file's frontmatter before it sees that the file has not changed
 * (it needs the frontmatter for a `slug` field, which our articles never have; the check refuses
 * it), on every build: 0.2–0.3 s at 10,000 articles. A file whose content has the digest
 * kept in the store gets the data kept in the store, unparsed; the loader then skips it.
 */
function unchangedFiles(context: LoaderContext, root: string, byPath: ReadonlyMap<string, NonNullable<ReturnType<LoaderContext['store']['get']>>>) {
  return (type: EntryType): EntryType => ({
    ...type,
    getEntryInfo(file) {
      const path = relative(root, fileURLToPath(file.fileUrl)).split(sep).join('/');
      const kept = byPath.get(path);
      if (kept && kept.digest === context.generateDigest(file.contents)) return { data: kept.data, body: '' };
      return type.getEntryInfo(file);
    },
  });
}

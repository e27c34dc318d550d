import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Astro's glob loader, with `.mdx` files rendered like `.md` ones: to HTML while content is
 * loaded, kept in the content store and rendered again only when the file changes.
 *
 * Editors write Markdown in both (the check refuses MDX expressions, components, imports and
 * exports, src/lib/source/body.ts), so an `.mdx` file needs no JavaScript module of its own.
 * Compiled as modules, 10,000 articles took the bundler longer than everything else in the
 * build together, and on every build, changed or not (docs/performance.md).
 */
export function markdownGlob(options: Parameters<typeof glob>[0]): Loader {
  const loader = glob(options);
  return {
    ...loader,
    name: 'markdown-glob',
    load: (context) => {
      // Not in the public type, but passed to every loader: file extension → how to read it.
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, unknown> };
      const asMarkdown = new Map(entryTypes);
      asMarkdown.set('.mdx', entryTypes.get('.md'));
      return loader.load({ ...context, entryTypes: asMarkdown } as LoaderContext);
    },
  };
}

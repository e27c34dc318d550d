// The benchmark's yardstick: a bare Astro 7 + MDX + pagefind project that renders the same
// article files with one layout and nothing else (pictures through astro:assets, as any Astro
// site showing them must). What the portal costs beyond it is the portal's own work.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILES: Record<string, (newsDir: string) => string> = {
  'package.json': () => JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': () => `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  integrations: [mdx()],
  cacheDir: './.astro/cache',
  vite: {
    cacheDir: './.astro/vite',
    // The same one warning per MDX file that the portal drops, so that both print alike.
    build: { rolldownOptions: { onLog(level, log, handler) { if (log.code === 'MODULE_LEVEL_DIRECTIVE') return; handler(level, log); } } },
  },
});
`,
  'src/content.config.ts': (newsDir) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  news: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(newsDir)} }),
    schema: ({ image }) => z.looseObject({ title: z.string(), date: z.coerce.date(), image: image().optional(), imageAlt: z.string().optional() }),
  }),
};
`,
  // The portal's article components (SPEC 12), as the least MDX needs to render them.
  'src/components/Figure.astro': () => `<span>{JSON.stringify(Astro.props)}</span>
`,
  'src/layouts/Layout.astro': () => `---
const { title } = Astro.props;
---
<html lang="vi">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
  <body><main data-pagefind-body><slot /></main></body>
</html>
`,
  'src/pages/index.astro': () => `---
import Layout from '../layouts/Layout.astro';
---
<Layout title="Trang chủ"><h1>Trang chủ</h1></Layout>
`,
  'src/pages/tin-tuc/[slug].astro': () => `---
import { getCollection, render } from 'astro:content';
import { Image } from 'astro:assets';
import Layout from '../../layouts/Layout.astro';
import Figure from '../../components/Figure.astro';

export async function getStaticPaths() {
  return (await getCollection('news')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  {entry.data.image && <Image src={entry.data.image} alt={entry.data.imageAlt ?? ''} widths={[360, 720, 1080]} sizes="(min-width: 720px) 720px, 100vw" />}
  <Content components={{ ChiSo: Figure, XepLoai: Figure, BangXepHang: Figure, BieuDo: Figure, VanBan: Figure }} />
</Layout>
`,
  // Astro, then pagefind through its Node API, as the portal's build does; phase times to a file.
  'build.mjs': () => `import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import * as pagefind from 'pagefind';

const times = {};
let started = performance.now();
await build({ root: process.cwd(), logLevel: process.env.BUILD_LOG_LEVEL ?? 'warn' });
times.astro = performance.now() - started;
started = performance.now();
const { index } = await pagefind.createIndex({});
await index.addDirectory({ path: 'dist' });
await index.writeFiles({ outputPath: 'dist/pagefind' });
await pagefind.close();
times.pagefind = performance.now() - started;
if (process.env.BUILD_TIMINGS_FILE) writeFileSync(process.env.BUILD_TIMINGS_FILE, JSON.stringify(times));
`,
};

/** Writes the bare project into `root`, reading its articles from `newsDir`. */
export function writeBaseline(root: string, newsDir: string, nodeModules: string) {
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text(newsDir));
  }
  symlinkSync(nodeModules, join(root, 'node_modules'), 'dir');
}

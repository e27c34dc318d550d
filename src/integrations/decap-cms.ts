import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';

/** Decap CMS's own build: its main script, the chunks it loads on demand and two wasm files. */
const DECAP_DIST = dirname(createRequire(import.meta.url).resolve('decap-cms/dist/decap-cms.js'));
const isDecapFile = (name: string) => name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name) || name.endsWith('.wasm');

/**
 * Serves the web editor's script from the site itself (SPEC 5, `/admin/`): the pinned npm
 * package's files are copied into `dist/admin/` after the build (about 6.4 MB, loaded by
 * /admin/ only), and served from node_modules by `npm run dev`. `base` is the checked config's
 * (it ends with /).
 */
export function decapCms(base: string): AstroIntegration {
  return {
    name: 'cchc-decap-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const serve = sirv(DECAP_DIST, { dev: true });
        server.middlewares.use(`${base}admin`, (req, res, next) => (isDecapFile((req.url ?? '').slice(1).split('?')[0]) ? serve(req, res, next) : next()));
      },
      'astro:build:done': ({ dir }) => {
        const admin = join(fileURLToPath(dir), 'admin');
        mkdirSync(admin, { recursive: true });
        for (const name of readdirSync(DECAP_DIST).filter(isDecapFile)) copyFileSync(join(DECAP_DIST, name), join(admin, name));
      },
    },
  };
}

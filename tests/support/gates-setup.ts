import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT } from './fixture-portal.ts';
import { serveSite } from './serve-site.ts';

/**
 * `npm run gates`: the built-site gates (tests/gates/) on the portal's own `dist/` (or the folder
 * in GATES_DIST), as the publishing pipelines run them after `npm run build` (SPEC 10). The
 * site is served under its `base`, with the headers of its `_headers`.
 */
export default async function setup(project: TestProject) {
  const dist = resolve(process.env.GATES_DIST ?? join(PROJECT, 'dist'));
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, '_headers'))) {
    throw new Error(`Không có trang đã dựng trong ${dist}: chạy npm run build trước npm run gates.`);
  }
  const config = JSON.parse(readFileSync(join(dirname(dist), 'portal.config.json'), 'utf8'));
  const served = await serveSite(dist, config.base ?? '/');
  project.provide('dist', dist);
  project.provide('baseUrl', served.baseUrl);
  project.provide('buildOutput', '');
  return served.close;
}

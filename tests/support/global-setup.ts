import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers';
import sirv from 'sirv';
import type { TestProject } from 'vitest/node';
import { FIXTURE_ARTICLES, writeFixturePhoto } from './fixtures';
import { buildSite, prepareSite } from './site-build';

let server: Server | undefined;

/**
 * Builds the sample site plus test fixtures once, on a machine clock far from Vietnam's
 * (TZ=America/New_York) to prove dates do not depend on it, and serves it for browser tests.
 */
export default async function setup(project: TestProject) {
  const root = await prepareSite('site', FIXTURE_ARTICLES);
  await writeFixturePhoto(root);
  const result = await buildSite(root, { TZ: 'America/New_York' });
  if (result.code !== 0) throw new Error(`Test site build failed:\n${result.output}`);
  const dist = join(root, 'dist');

  // Served as a host that reads dist/_headers would serve it (Netlify, Cloudflare Pages), so that
  // every browser test runs under the site's Content-Security-Policy.
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const serve = sirv(dist, { dev: false, etag: false });
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    serve(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  project.provide('dist', dist);
  project.provide('buildOutput', result.output);
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await new Promise((resolve) => server?.close(resolve));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    baseUrl: string;
    /** What `npm run build` printed for the sample site. */
    buildOutput: string;
  }
}

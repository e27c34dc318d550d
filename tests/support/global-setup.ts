import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { FIXTURE_ARTICLES, writeFixturePhoto } from './fixtures.ts';
import { serveSite } from './serve-site.ts';
import { buildSite, prepareSite } from './site-build.ts';

/**
 * Builds the fixture portal (tests/fixtures/portal) plus the fixture articles once, on a machine clock far from Vietnam's
 * (TZ=America/New_York) to prove dates do not depend on it, and serves it for browser tests.
 */
export default async function setup(project: TestProject) {
  const root = await prepareSite('site', FIXTURE_ARTICLES);
  await writeFixturePhoto(root);
  const result = await buildSite(root, { TZ: 'America/New_York' });
  if (result.code !== 0) throw new Error(`Test site build failed:\n${result.output}`);
  const dist = join(root, 'dist');

  const served = await serveSite(dist);

  project.provide('dist', dist);
  project.provide('buildOutput', result.output);
  project.provide('baseUrl', served.baseUrl);
  return served.close;
}

declare module 'vitest' {
  export interface ProvidedContext {
    dist: string;
    baseUrl: string;
    /** What `npm run build` printed for the fixture portal. */
    buildOutput: string;
  }
}

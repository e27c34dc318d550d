import { fileURLToPath } from 'node:url';
import type { Plugin, UserWorkspaceConfig } from 'vitest/config';
import { defineConfig } from 'vitest/config';
import { ContentReadError, FIXTURE_PORTAL, protectedPath } from './tests/support/fixture-portal.ts';

/**
 * Tests never read the province's content, only the fixture portal (SPEC 10): code that imports
 * the portal's config (src/lib/config/index.ts) gets the fixture's, and a module imported from the
 * province's content stops the test. Tests import the fixture's config by its own path, so that
 * `astro check` types them by it too. Files read with `fs` are guarded by
 * tests/support/content-guard.ts.
 */
const fixtureConfig = { find: /^(\.\.\/)+portal\.config\.json$/, replacement: `${FIXTURE_PORTAL}/portal.config.json` };
const contentGuard: Plugin = {
  name: 'content-guard',
  load(id) {
    if (protectedPath(id.split('?')[0])) throw new ContentReadError(`import ${id}`);
  },
};

/**
 * The unit tests: `src/lib` and the check beside their code, the editors' commands in tests/unit.
 * `include` differs for the mutation run (vitest.mutation.config.ts).
 */
export function unitProject(include: string[]): UserWorkspaceConfig {
  return {
    plugins: [contentGuard],
    test: {
      name: 'unit',
      include,
      environment: 'node',
      setupFiles: ['tests/support/content-guard.ts'],
      // A machine clock far from Vietnam's (UTC−5/−4, against UTC+7): a date formatted in
      // machine-local time instead of Vietnam time falls on another day or hour and fails.
      env: { TZ: 'America/New_York' },
      // Tests of the editors' commands run them as subprocesses (about half a second each).
      testTimeout: 30_000,
    },
    resolve: {
      alias: [
        fixtureConfig,
        // The model's tests mock Astro's virtual module; this gives the mock something to replace.
        { find: 'astro:content', replacement: fileURLToPath(new URL('./tests/support/astro-content.ts', import.meta.url)) },
      ],
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      unitProject(['src/**/*.test.ts', 'tests/unit/**/*.test.ts']),
      {
        plugins: [contentGuard],
        // Integration tests over the built site and browser tests share one build of the
        // fixture portal, made by the global setup.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/gates/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/content-guard.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
        resolve: { alias: [fixtureConfig] },
      },
      {
        // `npm run gates`: the built-site gates that time nothing, on the portal's own dist/ (SPEC
        // 10), as the publishing pipelines run them; `npm test` runs the same files on the fixture.
        test: {
          name: 'gates',
          include: ['tests/gates/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/gates-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

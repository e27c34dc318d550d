import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          // A machine clock far from Vietnam's (UTC−5/−4, against UTC+7): a date formatted in
          // machine-local time instead of Vietnam time falls on another day or hour and fails.
          env: { TZ: 'America/New_York' },
          // Tests of the editors' commands run them as subprocesses (about half a second each).
          testTimeout: 30_000,
        },
        // The model's tests mock Astro's virtual module; this gives the mock something to replace.
        resolve: { alias: { 'astro:content': fileURLToPath(new URL('./tests/support/astro-content.ts', import.meta.url)) } },
      },
      {
        // Integration tests over the built site and browser tests share one build of the
        // sample content plus test fixtures, made by the global setup.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

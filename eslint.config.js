// `npm run lint` (part of `npm test`): typescript-eslint's and eslint-plugin-astro's recommended
// rules, one import style, no import circle, and the layering of the code (README, "Where
// things are"): the check never imports Astro, components are given their data.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

// A relative import names its file with the extension: plain Node (the editors' commands) needs
// it, and one style reads better than two.
const WITHOUT_EXTENSION = {
  regex: '^\\.{1,2}/(?!.*\\.(ts|mjs|js|json|astro|css|svg|png)(\\?[a-z]+)?$)',
  message: 'Name the file with its extension (./x.ts, ../y.astro): plain Node needs it.',
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.bench/', '.test-build/', '.stryker-tmp/', 'reports/', 'public/', 'test-results/', 'screenshots/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      // The files an import leads to are parsed to follow their own imports.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.js', '.mjs'] },
    },
    rules: {
      'no-restricted-imports': ['error', { patterns: [WITHOUT_EXTENSION] }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A storage the reader's browser refuses is no error: the page reads normally without it.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Inlined in every page's <head> as written: `catch (e)` for browsers older than ES2019.
    files: ['src/components/layout/reader-settings.js'],
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    // Tests build broken files on purpose, field by field.
    files: ['**/*.test.ts', 'tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Code that runs in the reader's browser.
    files: [
      'src/components/**/*.{ts,js}',
      'src/components/**/*.astro/*.ts',
      'tools/screenshots.mjs',
      'tools/editor-screenshots.mjs',
      'tools/measure-search.mjs',
      'tools/make-sample-media.mjs',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The check and the pure logic run in plain Node: `npm run check` without Astro.
    files: ['src/check/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [WITHOUT_EXTENSION, { regex: '^astro:', message: 'The check and src/lib run in plain Node: no astro:* modules.' }] },
      ],
    },
  },
  {
    // Components are given their data by the page (src/site/layout.ts): a component that fetched
    // the model would show data a cached page's key does not cover.
    files: ['src/components/**'],
    // MDX gives an article's components (embeds/) only the props the editor wrote; they read the
    // site data themselves, through src/site/embeds.ts, which the article's cache key also holds.
    ignores: ['src/components/embeds/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            WITHOUT_EXTENSION,
            { regex: '/site/', allowTypeImports: true, message: 'Components are given their data by the page (props); only types may come from src/site/.' },
            { regex: '/check/', message: 'Components are given their data by the page (props).' },
          ],
        },
      ],
    },
  },
);

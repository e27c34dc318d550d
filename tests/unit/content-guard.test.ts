import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentReadError, protectedPath } from '../support/content-guard.ts';
import { FIXTURE_PORTAL, PROJECT } from '../support/fixture-portal.ts';

// The guard is loaded by vitest.config.ts before every test file, in both projects.
describe("the guard that keeps tests off the province's content", () => {
  it("stops a test that reads the project's config, content, data or public files, by any import of fs", async () => {
    expect(() => readFileSync(join(PROJECT, 'portal.config.json'))).toThrow(ContentReadError);
    expect(() => readdirSync(join(PROJECT, 'src/content/news'))).toThrow(ContentReadError);
    expect(() => existsSync(join(PROJECT, 'data/units.json'))).toThrow(ContentReadError);
    await expect(readFile(join(PROJECT, 'public/logo.svg'))).rejects.toThrow(ContentReadError);
    // Relative to the working directory (the project) too.
    expect(() => readdirSync('data')).toThrow(/province's own content \(fs\.readdirSync data\)/);
    // A module imported from there (vitest.config.ts's plugin): the config, which every portal has.
    const config = join(PROJECT, 'portal.config.json');
    await expect(import(/* @vite-ignore */ config)).rejects.toThrow(/province's own content \(import /);
  });

  it("stops a child process that would run the project's commands on its content", () => {
    expect(() => spawnSync('npm', ['run', 'check'])).toThrow(ContentReadError);
    expect(() => execFileSync(process.execPath, [join(PROJECT, 'scripts/check.ts')], { cwd: PROJECT })).toThrow(ContentReadError);
    expect(() => spawnSync('cat', [join(PROJECT, 'data/units.json')])).toThrow(ContentReadError);
  });

  it('lets the fixture portal, the code and the tests be read', () => {
    expect(readFileSync(join(FIXTURE_PORTAL, 'portal.config.json'), 'utf8')).toContain('"site"');
    expect(readFileSync(join(PROJECT, 'src/content.config.ts'), 'utf8')).toContain('defineCollection');
    expect(protectedPath(join(PROJECT, 'src/content.paths.ts'))).toBeUndefined();
    expect(protectedPath(join(PROJECT, 'database'))).toBeUndefined();
    expect(protectedPath(join(PROJECT, 'data'))).toBe(join(PROJECT, 'data'));
    expect(spawnSync(process.execPath, ['-e', 'process.exit(3)']).status).toBe(3);
  });
});

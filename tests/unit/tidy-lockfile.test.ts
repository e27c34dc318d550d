import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addOptionalPlatforms, dropSatisfiedEngines, projectNode } from '../../tools/tidy-lockfile.mjs';

const lockOf = (packages: Record<string, Record<string, unknown>>) => ({ packages: structuredClone(packages) });

describe('tidying package-lock.json after npm install', () => {
  it("drops the Node ranges the project's own Node satisfies, and only those", () => {
    const lock = lockOf({
      '': { engines: { node: '>=24 <25' } },
      'node_modules/astro': { version: '7.3.5', engines: { node: '>=22.12.0', npm: '>=9.6.5' } },
      'node_modules/vitest': { version: '5.1.1', engines: { node: '^22.0.0 || >=24.0.0' } },
      'node_modules/future': { version: '1.0.0', engines: { node: '>=26' } },
      'node_modules/sharp-win': { version: '1.0.0', optional: true, engines: { node: '>=22' } },
      'node_modules/plain': { version: '1.0.0' },
    });
    expect(dropSatisfiedEngines(lock, '24.21.0').sort()).toEqual(['astro', 'vitest']);
    expect(lock.packages['node_modules/astro']!.engines).toEqual({ npm: '>=9.6.5' });
    expect(lock.packages['node_modules/vitest']).not.toHaveProperty('engines');
    // A range the project's Node fails still warns; the root's pin and optional packages stay.
    expect(lock.packages['node_modules/future']!.engines).toEqual({ node: '>=26' });
    expect(lock.packages['']!.engines).toEqual({ node: '>=24 <25' });
    expect(lock.packages['node_modules/sharp-win']!.engines).toEqual({ node: '>=22' });
    expect(dropSatisfiedEngines(lockOf({ 'node_modules/x': { engines: { node: '>=1' } } }), 'not a version')).toEqual([]);
  });

  it('adds the per-platform optional packages a registry left out', () => {
    const lock = lockOf({
      'node_modules/tool': { version: '1.0.0', optionalDependencies: { '@tool/linux-x64-gnu': '1.0.0', '@tool/darwin-arm64': '1.0.0' } },
      'node_modules/@tool/linux-x64-gnu': { version: '1.0.0', optional: true },
    });
    expect(addOptionalPlatforms(lock)).toEqual(['@tool/darwin-arm64@1.0.0']);
    expect(lock.packages['node_modules/@tool/darwin-arm64']).toEqual({ version: '1.0.0', optional: true, os: ['darwin'], cpu: ['arm64'] });
  });

  it("has been run on the project's lockfile: tidying it again changes nothing", () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    expect(projectNode(lock)).toMatch(/^24\./);
    expect(addOptionalPlatforms(lock)).toEqual([]);
    expect(dropSatisfiedEngines(lock, projectNode(lock)), 'run node tools/tidy-lockfile.mjs after npm install').toEqual([]);
  });
});

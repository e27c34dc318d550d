import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESULTS_DATA, resultsDataFiles } from '../fixtures/results-data';
import { PROJECT, buildSite, prepareSite } from '../support/site-build';

function checkData(root: string) {
  return spawnSync(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'scripts/check-data.ts'), join(root, 'data')], {
    encoding: 'utf8',
  });
}

const year2021 = RESULTS_DATA['data/par-index/2021.json'] as Record<string, any>;

describe('bad data', () => {
  it('npm run check:data passes on the sample data', () => {
    const result = checkData(PROJECT);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/OK — \d+ units, \d+ years/);
  });

  it('check:data reports invalid JSON and every other problem at once, naming file and path', async () => {
    const root = await prepareSite('bad-data-check', {
      ...resultsDataFiles(),
      'data/national/papi.json': '{ "name": "PAPI", "results": [ ',
      'data/par-index/2021.json': JSON.stringify({ ...year2021, results: [{ ...year2021.results[0], score: 101 }, ...year2021.results.slice(1)] }),
      'data/par-index/2022.json': JSON.stringify({ ...year2021 }),
    }, ['data']);
    const result = checkData(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/data\/national\/papi\.json: \(file\): not valid JSON/);
    expect(result.stderr).toMatch(/data\/par-index\/2021\.json: results\[0\]\.score: 101 is above its max 100/);
    expect(result.stderr).toMatch(/data\/par-index\/2022\.json: year: 2021 does not match the file name/);
  });

  it('stops the build, publishing nothing', async () => {
    const root = await prepareSite('bad-data-build', {
      ...resultsDataFiles(),
      'data/par-index/2021.json': JSON.stringify({ ...year2021, results: [...year2021.results, { unit: 'so-khong-co', group: 'xa', score: 1, max: 100 }] }),
    }, ['data']);
    const result = await buildSite(root);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/data\/par-index\/2021\.json: results\[5\]\.unit: unknown unit "so-khong-co"/);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(false);
  }, 120_000);
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resultsDataFiles } from '../../tests/support/results-data.ts';
import { projectFiles } from './read-files.ts';
import { loadResults } from './results.ts';

const roots: string[] = [];

/** A portal folder holding only the given files. */
function portal(files: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'results-loader-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return projectFiles(root);
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('loadResults', () => {
  it('marks a unit’s results of an illustrative year, and only those', () => {
    // In the test data set 2020 is flagged `illustrative: true` and 2021 is not.
    const { problems, model } = loadResults(portal(resultsDataFiles()));
    expect(problems).toEqual([]);
    expect(model!.historyOf('so-b').map((h) => [h.year, h.illustrative])).toEqual([
      [2020, true],
      [2021, false],
    ]);
    expect(model!.historyOf('xa-g').map((h) => [h.year, h.illustrative])).toEqual([[2021, false]]);
  });

  it('reports a national file it does not know, by its file, and gives no model', () => {
    const files = resultsDataFiles();
    const { problems, model } = loadResults(portal({ ...files, 'data/national/xyz.json': files['data/national/par-index.json'] }));
    expect(model).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('data/national/xyz.json');
    expect(problems[0].message).toContain('"xyz"');
    // It names the files the portal knows, so the editor can rename it.
    expect(problems[0].message).toContain('par-index.json');
  });

  it('gives an empty model and no problems for a portal without data/', () => {
    const { problems, model } = loadResults(portal());
    expect(problems).toEqual([]);
    expect(model).toBeDefined();
    expect(model!.units).toEqual([]);
    expect(model!.years).toEqual([]);
    expect(model!.national).toEqual([]);
    expect(model!.historyOf('so-a')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { recordedPages, staleOutputs } from './stale-output.ts';

const since = Date.parse('2026-12-05T10:00:00Z');

describe('staleOutputs', () => {
  it('keeps what this build wrote and the pages it reused, and names every other file', () => {
    const files = [
      { path: 'tin-tuc/moi/index.html', changedMs: since + 5_000 },
      { path: 'tin-tuc/giu-nguyen/index.html', changedMs: since - 60_000 },
      { path: 'tin-tuc/da-xoa/index.html', changedMs: since - 60_000 },
      { path: '_astro/cu.Ab12.css', changedMs: since - 60_000 },
      { path: '_astro/moi.Cd34.css', changedMs: since },
    ];
    expect(staleOutputs(files, new Set(['tin-tuc/giu-nguyen/index.html']), since)).toEqual(['tin-tuc/da-xoa/index.html', '_astro/cu.Ab12.css']);
  });

  it('names nothing after a build that wrote every file', () => {
    expect(staleOutputs([{ path: 'index.html', changedMs: since + 1 }], new Set(), since)).toEqual([]);
  });
});

describe('recordedPages', () => {
  it('lists every path of every route, rendered or reused', () => {
    const manifest = {
      version: 1,
      routes: {
        'src/pages/tin-tuc/[slug].astro': {
          dependencyHash: 'x',
          paths: {
            '/tin-tuc/a/': { cacheKey: 'k1', outputFile: 'tin-tuc/a/index.html' },
            '/tin-tuc/b/': { cacheKey: 'k2', outputFile: 'tin-tuc/b/index.html' },
          },
        },
        'src/pages/van-ban/[slug].astro': { dependencyHash: 'y', paths: { '/van-ban/c/': { cacheKey: 'k3', outputFile: 'van-ban/c/index.html' } } },
      },
    };
    expect([...recordedPages(manifest)]).toEqual(['tin-tuc/a/index.html', 'tin-tuc/b/index.html', 'van-ban/c/index.html']);
  });

  it('is empty without a manifest or with one of another shape, so that nothing old is kept by mistake', () => {
    expect(recordedPages(null).size).toBe(0);
    expect(recordedPages({ routes: { r: { paths: { '/a/': { outputFile: 42 } } } } }).size).toBe(0);
  });
});

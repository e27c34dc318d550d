import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { withoutChromium } from '../support/browser.ts';
import { FIXTURE_PORTAL, PROJECT } from '../support/fixture-portal.ts';
import { shellEnv } from '../support/site-build.ts';

// A small run of `npm run bench`, so that the generator and the measurements cannot break
// unnoticed. It checks that every number is produced and plausible, never how fast anything is.
const ARTICLES = 150;
const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

describe('npm run bench', () => {
  it('builds a synthetic portal and the bare baseline on the same articles and reports every measurement', () => {
    const run = spawnSync(
      process.execPath,
      [
        join(PROJECT, 'tools/bench.ts'),
        '--articles',
        String(ARTICLES),
        '--format',
        'mdx',
        '--out',
        out,
        '--portal',
        FIXTURE_PORTAL,
        ...(withoutChromium ? ['--no-search'] : []),
      ],
      {
        cwd: dirname(out),
        env: shellEnv(),
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\| ratio to baseline \| \d+\.\d\d \| 1\.00 \|/);
    const report = JSON.parse(readFileSync(out, 'utf8'));

    expect(report).toMatchObject({ articles: ARTICLES, format: 'mdx', related: { articles: ARTICLES } });
    for (const build of [report.portal, report.baseline, report.warmRebuild, report.warmRebuildTitle, report.warmRebuildWithoutDist]) {
      expect(build.seconds).toBeGreaterThan(0);
      // Node alone holds tens of megabytes; a number under that is a unit or parsing mistake.
      expect(build.peakMb).toBeGreaterThan(50);
      expect(build.peakMb).toBeLessThan(32_000);
    }
    expect(report.ratio).toBeCloseTo(report.portal.seconds / report.baseline.seconds, 6);
    expect(Object.keys(report.portal.phases)).toEqual(expect.arrayContaining(['content sync', 'rendering', 'check', 'astro', 'pagefind']));
    for (const seconds of Object.values<number>(report.portal.phases)) expect(seconds).toBeGreaterThanOrEqual(0);
    // The phases happen inside the whole build.
    expect(report.portal.phases.astro + report.portal.phases.pagefind).toBeLessThan(report.portal.seconds);
    // Each build step by step, in the order they run, adding up to no more than the whole: an
    // edited text is republished without Astro, a title edited (shown on other pages) is not.
    const astroSteps = ['loading Astro', 'Astro configuration', 'Astro set-up and content sync', 'Astro build and integrations', 'output scan'];
    const stepsOf = (between: string[]) => ['Node start-up', 'check', 'git history', ...between, 'search indexes', 'security headers', 'end of the build'];
    const builds = [
      [report.portal, stepsOf(astroSteps)],
      [report.warmRebuild, stepsOf(['texts rendered', 'pages written'])],
      [report.warmRebuildTitle, stepsOf(astroSteps)],
      [report.warmRebuildWithoutDist, stepsOf(astroSteps)],
    ] as const;
    for (const [build, expected] of builds) {
      expect(build.steps.map((s: { step: string }) => s.step)).toEqual(expected);
      for (const step of build.steps) expect(step.seconds).toBeGreaterThanOrEqual(0);
      const sum = build.steps.reduce((total: number, s: { seconds: number }) => total + s.seconds, 0);
      expect(sum).toBeLessThanOrEqual(build.seconds);
      // Astro's rendering happens between its build's start and its end.
      const astro = build.steps.find((s: { step: string }) => s.step === 'Astro build and integrations');
      if (astro) expect(astro.seconds).toBeGreaterThan(build.phases.rendering);
    }
    expect(run.stdout).toMatch(/\| search indexes \| \d+\.\d\d s \| \d+\.\d\d s \| \d+\.\d\d s \| \d+\.\d\d s \|/);

    // Every generated article became a page, and each of them is in the search index.
    expect(report.output.htmlPages).toBeGreaterThan(ARTICLES + 300);
    expect(report.output.pagefindFiles).toBeGreaterThan(0);
    expect(report.baselineOutput.htmlPages).toBe(ARTICLES + 1);
    expect(report.articlePage.sampled).toBe(ARTICLES);
    expect(report.articlePage.medianHtmlGzip).toBeGreaterThan(1_000);
    expect(report.articlePage.medianTotalGzip).toBe(report.articlePage.medianHtmlGzip + report.articlePage.medianCssGzip);
    // The search page loads pagefind's code; an article page loads only the reader controls.
    expect(report.scriptGzipByPageType.search).toBeGreaterThan(report.scriptGzipByPageType.article);
    if (!withoutChromium) {
      expect(report.searches).toHaveLength(4);
      for (const search of report.searches) {
        expect(search.bytes).toBeGreaterThan(10_000);
        expect(search.results).toMatch(/^Tìm thấy [\d.]+ kết quả/);
      }
      // Searching every year never downloads less than the first search of the same words.
      const [first, , , allYears] = report.searches;
      expect(allYears).toMatchObject({ query: first.query, allYears: true });
      expect(allYears.bytes).toBeGreaterThanOrEqual(first.bytes);
    }
  }, 300_000);
});

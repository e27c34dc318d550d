import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The publishing pipelines are only run on the git hosts; here they are read as those hosts
// would read them, so a broken file or a lost step fails before an office relies on it.
const github = parse(readFileSync('.github/workflows/publish.yml', 'utf8'));
const gitlab = parse(readFileSync('.gitlab-ci.yml', 'utf8'));

type Step = { run?: string; uses?: string; with?: Record<string, string> };
const runs = (steps: Step[]) => steps.flatMap((s) => (s.run ? [s.run] : []));
const uses = (steps: Step[]) => steps.flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []));

describe('the GitHub workflow', () => {
  it('runs on every push to main, by hand, and every night around midnight in Vietnam', () => {
    expect(github.on.push.branches).toEqual(['main']);
    expect(github.on).toHaveProperty('workflow_dispatch');
    const [{ cron }] = github.on.schedule;
    const [minute, hour, ...rest] = cron.split(' ');
    expect(rest).toEqual(['*', '*', '*']);
    // 17:xx UTC is 00:xx the next day in Vietnam (UTC+7): that day's scheduled articles go live.
    expect(Number(hour)).toBe(17);
    expect(Number(minute)).toBeLessThan(60);
  });

  it('installs, checks and tests before it builds', () => {
    const steps: Step[] = github.jobs.test.steps;
    expect(runs(steps)).toEqual(['npm ci --no-audit --no-fund', 'npm run check', 'npm test']);
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with!['node-version']).toBe(24);
    expect(github.jobs.build.needs).toBe('test');
  });

  it('builds dist/ and publishes it to GitHub Pages, also at night without the tests', () => {
    expect(runs(github.jobs.build.steps)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(github.jobs.build.steps.find((s: Step) => s.uses?.startsWith('actions/upload-pages-artifact')).with.path).toBe('dist');
    expect(github.jobs.build.if).toContain("needs.test.result == 'skipped'");
    expect(github.jobs.test.if).toBe("github.event_name != 'schedule'");
    expect(github.jobs.deploy.needs).toBe('build');
    expect(uses(github.jobs.deploy.steps)).toEqual(['actions/deploy-pages']);
    expect(github.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('keeps the previous build’s caches (.astro/) for the next build, restored before it', () => {
    const steps: Step[] = github.jobs.build.steps;
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache'));
    expect(cache).toBeGreaterThan(-1);
    expect(cache).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
    expect(steps[cache].with!.path).toBe('.astro');
    // Each run saves under a new key and restores the newest by prefix (a cache is immutable).
    expect(steps[cache].with!.key.startsWith(steps[cache].with!['restore-keys'])).toBe(true);
  });
});

describe('the GitLab pipeline', () => {
  it('installs, checks and tests, then builds and publishes dist/ to GitLab Pages', () => {
    expect(gitlab.stages).toEqual(['test', 'deploy']);
    expect(gitlab.test.script).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm run check', 'CI=true npm test']));
    expect(gitlab.pages.stage).toBe('deploy');
    expect(gitlab.pages.script).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(gitlab.pages.pages.publish).toBe('dist');
    expect(gitlab.pages.artifacts.paths).toEqual(['dist']);
    expect(gitlab.default.image).toMatch(/^node:24/);
    expect(gitlab.pages.cache.flatMap((c: { paths: string[] }) => c.paths)).toContain('.astro/');
  });

  it('rebuilds on the schedule set in GitLab, skipping the tests then', () => {
    expect(gitlab.test.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE != "schedule"' }]);
    expect(gitlab.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
  });
});

describe('the commands the pipelines run', () => {
  it('exist in package.json', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    for (const name of ['check', 'test', 'build']) expect(scripts, name).toHaveProperty(name);
  });
});

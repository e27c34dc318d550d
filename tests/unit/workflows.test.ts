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

  it('decides from the commits whether code changed, and runs every test only then', () => {
    const steps: Step[] = github.jobs.test.steps;
    const decide = steps.find((s) => s.run?.includes('scripts/change-kind.ts'))!;
    expect(decide).toMatchObject({ id: 'changes' });
    expect(decide.run).toContain('github.event.before');
    expect(github.jobs.test.outputs.code).toBe('${{ steps.changes.outputs.code }}');
    // The whole history, so that the diff between the two revisions can be made.
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with!['fetch-depth']).toBe(0);
    const tests = steps.filter((s) => s.run === 'npm ci --no-audit --no-fund' || s.run === 'npm test');
    expect(tests).toHaveLength(2);
    for (const step of tests) expect((step as { if?: string }).if).toBe("steps.changes.outputs.code == 'true'");
    expect(steps.indexOf(decide)).toBeLessThan(steps.indexOf(tests[0]!));
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))!.with!['node-version']).toBe(24);
    expect(github.jobs.build.needs).toBe('test');
  });

  it('publishes after the check, the build and the built-site gates, also when the tests were skipped, never after a failure', () => {
    expect(runs(github.jobs.build.steps).filter((run) => !run.includes('GITHUB_STEP_SUMMARY'))).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run build',
      'npm run gates',
    ]);
    const upload = github.jobs.build.steps.find((s: Step) => s.uses?.startsWith('actions/upload-pages-artifact'));
    expect(upload.with.path).toBe('dist');
    expect(upload.if).toBe("github.event_name != 'pull_request'");
    expect(github.jobs.build.if).toBe("always() && (needs.test.result == 'success' || needs.test.result == 'skipped')");
    expect(github.jobs.test.if).toBe("github.event_name != 'schedule'");
    expect(github.jobs.deploy.needs).toBe('build');
    // A failed or cancelled build publishes nothing: the live site stays as it was.
    expect(github.jobs.deploy.if).toContain("needs.build.result == 'success'");
    expect(github.jobs.deploy.if).toContain("github.event_name != 'pull_request'");
    expect(uses(github.jobs.deploy.steps)).toEqual(['actions/deploy-pages']);
    expect(github.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('shows a reviewer a pull request as it will be: the check on the summary page, the built site as an artifact, dates from the whole history', () => {
    const steps: Array<Step & { if?: string }> = github.jobs.build.steps;
    expect(github.on).toHaveProperty('pull_request');
    // Pull requests are built (and gated) like main, only never deployed.
    expect(github.jobs.build.if).not.toContain('pull_request');
    const report = steps.find((s) => s.run?.includes('node scripts/check.ts'))!;
    expect(report.if).toBe('always()');
    expect(report.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(report.run).toContain('|| true');
    expect(steps.indexOf(report)).toBeLessThan(steps.findIndex((s) => s.run === 'npm run build'));
    const artifact = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(artifact).toMatchObject({ if: "github.event_name == 'pull_request'", with: { name: 'trang-da-dung', path: 'dist' } });
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with!['fetch-depth']).toBe(0);
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
  it('runs every test only when code changed, then builds, gates and publishes dist/ to GitLab Pages', () => {
    expect(gitlab.stages).toEqual(['test', 'deploy']);
    const script: string[] = gitlab.test.script;
    const decide = script.findIndex((line) => line.includes('scripts/change-kind.ts'));
    const skip = script.findIndex((line) => line.includes("grep -q 'code=false'") && line.includes('exit 0'));
    expect(decide).toBe(0);
    expect(skip).toBeGreaterThan(decide);
    expect(skip).toBeLessThan(script.indexOf('CI=true npm test'));
    expect(gitlab.variables.GIT_DEPTH).toBe('0');
    expect(gitlab.pages.stage).toBe('deploy');
    expect(gitlab.pages.script.slice(1)).toEqual(['npm ci --no-audit --no-fund', 'npm run build', 'CI=true npm run gates']);
    expect(gitlab.pages.pages.publish).toBe('dist');
    expect(gitlab.pages.artifacts.paths).toEqual(['dist']);
    expect(gitlab.default.image).toMatch(/^node:24/);
    expect(gitlab.pages.cache.flatMap((c: { paths: string[] }) => c.paths)).toContain('.astro/');
  });

  it('builds a merge request for its reviewer: the check’s report and the built pages linked from the merge request, nothing published', () => {
    const review = gitlab['xem-truoc'];
    expect(review.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(review.script).toContain('npm run build');
    expect(review.script.find((line: string) => line.includes('node scripts/check.ts'))).toContain('> kiem-tra.txt');
    expect(review.artifacts).toMatchObject({ when: 'always', expose_as: 'Xem trước trang', paths: ['dist/', 'kiem-tra.txt'] });
    expect(review.pages).toBeUndefined();
  });

  it('rebuilds on the schedule set in GitLab, skipping the tests then', () => {
    expect(gitlab.test.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE != "schedule"' }]);
    expect(gitlab.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
  });
});

describe('the commands the pipelines run', () => {
  it('exist in package.json', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
    for (const name of ['check', 'test', 'build', 'gates']) expect(scripts, name).toHaveProperty(name);
    // The gates are the built-site tests that time nothing; Lighthouse's timed score is not one.
    expect(scripts.gates).toBe('vitest run --project gates');
  });
});

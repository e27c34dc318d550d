// Runs one build (the portal's `scripts/build.ts` or the baseline's `build.mjs`) as a child
// process and collects its wall time, peak memory and phase times.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildRun {
  seconds: number;
  /** Peak resident memory in MB: of the whole process tree with GNU time, else of Node alone. */
  peakMb: number;
  memoryOf: 'process tree' | 'node';
  /** Seconds per phase; absent where the build does not have it. */
  phases: Record<string, number>;
  /**
   * The portal's build step by step, in order, each from the end of the one before (the first
   * from the process's start): they add up to the build's time but for the process's exit.
   */
  steps: Array<{ step: string; seconds: number }>;
  output: string;
}

const TIME = '/usr/bin/time';
const PEAK_HOOK = join(import.meta.dirname, 'report-peak-memory.mjs');

/** Astro's own timer names (ASTRO_TIMER_PATH) and how the report calls them. */
const ASTRO_PHASES: Record<string, string> = {
  'Sync content layer': 'content sync',
  'Prerender build': 'bundling',
  'Client build': 'client bundle',
  'Static generate': 'rendering',
};

export async function runBuild(root: string, script: string, extraEnv: Record<string, string> = {}): Promise<BuildRun> {
  const files = { timer: join(root, '.bench-astro-timer.json'), timings: join(root, '.bench-timings.json'), peak: join(root, '.bench-peak.txt') };
  for (const f of Object.values(files)) rmSync(f, { force: true });
  const withTime = existsSync(TIME);
  const node = process.execPath;
  const command = withTime ? [TIME, '-f', '%M', node, script] : [node, '--import', PEAK_HOOK, script];
  const env = {
    ...cleanEnv(),
    ...extraEnv,
    ASTRO_TIMER_PATH: files.timer,
    BUILD_TIMINGS_FILE: files.timings,
    BENCH_PEAK_FILE: files.peak,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`build failed in ${root} (exit ${code}):\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`);

  const peakKb = withTime ? Number(stderr.trim().split('\n').at(-1)) : Number(readFileSync(files.peak, 'utf8'));
  const phases: Record<string, number> = {};
  if (existsSync(files.timer)) {
    const stats = JSON.parse(readFileSync(files.timer, 'utf8')) as Record<string, { elapsedTime: number }>;
    for (const [name, label] of Object.entries(ASTRO_PHASES)) if (stats[name]) phases[label] = stats[name].elapsedTime / 1000;
  }
  const steps: BuildRun['steps'] = [];
  if (existsSync(files.timings)) {
    const timings = JSON.parse(readFileSync(files.timings, 'utf8')) as Record<string, unknown>;
    for (const [name, ms] of Object.entries(timings)) if (typeof ms === 'number') phases[name] = ms / 1000;
    const marks = (timings.marks ?? []) as Array<[string, number]>;
    marks.forEach(([step, at], i) => steps.push({ step, seconds: (at - (i > 0 ? marks[i - 1][1] : 0)) / 1000 }));
  }
  return { seconds, peakMb: peakKb / 1024, memoryOf: withTime ? 'process tree' : 'node', phases, steps, output: stdout + stderr };
}

/** The environment as a shell gives it, without a test runner's (NODE_ENV=test, BASE_URL, …). */
function cleanEnv() {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(VITEST|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(name)) delete env[name];
  return env;
}

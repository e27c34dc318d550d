import childProcess from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ContentReadError, PROJECT, protectedPath } from './fixture-portal.ts';

export { ContentReadError, protectedPath };

/**
 * Loaded before every test file (vitest `setupFiles`): a test that reads the province's own
 * content — the project's `portal.config.json`, `src/content/`, `data/` or `public/` — fails at
 * once with the path it tried, instead of passing only while the sample is there (SPEC 10).
 * Tests build and check the fixture portal (tests/fixtures/portal) in copies of their own.
 * Modules imported from there are stopped by the `contentGuard` plugin of vitest.config.ts.
 *
 * Node's file and process functions are wrapped in place, and `syncBuiltinESMExports` makes
 * `import { readFileSync } from 'node:fs'` see the wrapped ones too.
 */
const SCRIPTS = join(PROJECT, 'scripts');

function guardPaths(name: string, args: unknown[], count: number) {
  for (const arg of args.slice(0, count)) {
    if (protectedPath(arg)) throw new ContentReadError(`${name} ${String(arg)}`);
  }
}

const PATH_FUNCTIONS: Record<string, number> = {
  readFileSync: 1,
  readFile: 1,
  readdirSync: 1,
  readdir: 1,
  statSync: 1,
  stat: 1,
  lstatSync: 1,
  lstat: 1,
  existsSync: 1,
  accessSync: 1,
  access: 1,
  openSync: 1,
  open: 1,
  opendirSync: 1,
  opendir: 1,
  createReadStream: 1,
  cpSync: 1,
  cp: 1,
  copyFileSync: 1,
  copyFile: 1,
  realpathSync: 1,
  realpath: 1,
  globSync: 1,
  glob: 1,
  watch: 1,
};

function wrap<T extends object>(target: T, name: string, guard: (args: unknown[]) => void, async = false) {
  const original = (target as Record<string, unknown>)[name];
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    if (async) {
      try {
        guard(args);
      } catch (error) {
        return Promise.reject(error);
      }
    } else guard(args);
    return original.apply(this, args);
  };
  Object.defineProperty(wrapped, 'name', { value: name });
  // execFile and exec have their own promise form, which `promisify` must keep finding.
  const custom = (original as { [promisify.custom]?: unknown })[promisify.custom];
  if (typeof custom === 'function') {
    (wrapped as { [promisify.custom]?: unknown })[promisify.custom] = (...args: unknown[]) => {
      try {
        guard(args);
      } catch (error) {
        return Promise.reject(error);
      }
      return custom(...args);
    };
  }
  (target as Record<string, unknown>)[name] = wrapped;
}

/** A child process that runs the project's scripts or npm in the project itself would read its content. */
function guardProcess(name: string, command: unknown, args: unknown, options: unknown) {
  const list = Array.isArray(args) ? args : [];
  const opts = (Array.isArray(args) ? options : args) as { cwd?: string | URL } | undefined;
  const cwd = opts?.cwd ? resolve(opts.cwd instanceof URL ? opts.cwd.pathname : opts.cwd) : process.cwd();
  for (const value of [command, ...list]) {
    if (protectedPath(value)) throw new ContentReadError(`${name} ${String(value)}`);
  }
  if (cwd === PROJECT || protectedPath(cwd)) {
    const words = [command, ...list].map(String);
    const runsProject = words.some((word) => /(^|\/)(npm|npx)$/.test(word) || word.startsWith('scripts/') || resolve(cwd, word).startsWith(`${SCRIPTS}/`));
    if (runsProject || opts?.cwd) throw new ContentReadError(`${name} ${words.join(' ')} in ${cwd}`);
  }
}

let installed = false;

export function installContentGuard() {
  if (installed) return;
  installed = true;
  for (const [name, count] of Object.entries(PATH_FUNCTIONS)) {
    wrap(fs, name, (args) => guardPaths(`fs.${name}`, args, count));
    wrap(fs.promises, name, (args) => guardPaths(`fs.promises.${name}`, args, count), true);
  }
  for (const name of ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork']) {
    wrap(childProcess, name, ([command, args, options]) => guardProcess(name, command, args, options));
  }
  for (const name of ['exec', 'execSync']) {
    wrap(childProcess, name, ([command, options]) => guardProcess(name, String(command).split(/\s+/)[0], String(command).split(/\s+/).slice(1), options ?? {}));
  }
  syncBuiltinESMExports();
}

installContentGuard();

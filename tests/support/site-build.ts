import { spawn } from 'node:child_process';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const TEST_BUILDS = join(PROJECT, '.test-build');

/** What a site is made of: everything a province edits, plus the code. */
const SOURCES = ['astro.config.mjs', 'portal.config.json', 'tsconfig.json', 'package.json', 'src', 'public', 'data', 'scripts'];

/**
 * Copies the project into `.test-build/<name>` (sharing node_modules) and adds or replaces
 * files, so that a test can build the real code against content of its own.
 */
export async function prepareSite(name: string, files: Record<string, string> = {}, remove: string[] = []) {
  const root = join(TEST_BUILDS, name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  for (const source of SOURCES) {
    await cp(join(PROJECT, source), join(root, source), { recursive: true }).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  await symlink(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  for (const path of remove) await rm(join(root, path), { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

export interface BuildResult {
  code: number | null;
  output: string;
}

/**
 * The environment as a shell would give it: without what vitest sets in its workers
 * (`BASE_URL=/`, `MODE=test`, `DEV=1`, `NODE_ENV=test`, …), which Vite would take as the
 * build's own settings (a `base` of `/` whatever the config says).
 */
export function shellEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (/^(VITEST|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/.test(name)) delete env[name];
  }
  return env;
}

/** Runs the project's own `npm run build` in a prepared site. */
export function buildSite(root: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: root,
      env: { ...shellEnv(), ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

/** A Markdown article with the given frontmatter lines and body. */
export function article(frontmatter: Record<string, unknown>, body = 'Nội dung bài viết.') {
  const lines = Object.entries(frontmatter).map(([key, value]) =>
    typeof value === 'string' && key !== 'date' ? `${key}: ${JSON.stringify(value)}` : `${key}: ${Array.isArray(value) ? JSON.stringify(value) : value}`,
  );
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

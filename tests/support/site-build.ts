import { spawn } from 'node:child_process';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { copyCode, copyFixtureContent, PROJECT } from './fixture-portal.ts';

export { PROJECT };
export const TEST_BUILDS = join(PROJECT, '.test-build');

/**
 * Copies the project's code and the fixture portal (tests/fixtures/portal) into
 * `.test-build/<name>` (sharing node_modules) and adds, replaces or removes files, so that a
 * test builds the real code on content of its own, never the province's.
 */
export async function prepareSite(name: string, files: Record<string, string> = {}, remove: string[] = []) {
  const root = join(TEST_BUILDS, name);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  copyCode(root);
  copyFixtureContent(root);
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

/** Runs the project's own `npm run build` in a prepared site, with `args` (`--full`) if given. */
export function buildSite(root: string, env: Record<string, string> = {}, args: string[] = []): Promise<BuildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npm', ['run', 'build', ...(args.length > 0 ? ['--', ...args] : [])], {
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

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { copyFixtureContent, PROJECT } from './fixture-portal.ts';

export { PROJECT };
const NODE = join(PROJECT, 'node_modules/.bin/node');

const copies: string[] = [];

/**
 * A copy of the fixture portal's content (config, content, data, public files), with some files
 * added or replaced: an editor's working tree, for running the editors' commands on. The
 * commands run from the project's own scripts, with the copy as working directory.
 */
export function copyProject(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'cchc-'));
  copies.push(root);
  copyFixtureContent(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export function removeCopies() {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
}

export function edit(root: string, path: string, change: (text: string) => string) {
  writeFileSync(join(root, path), change(readFileSync(join(root, path), 'utf8')));
}

/** Runs one of the project's scripts (`check.ts`, `new.ts`) in a copy. */
export function runScript(root: string, script: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(NODE, [join(PROJECT, 'scripts', script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  const output = result.stdout + result.stderr;
  return { status: result.status, output, lines: output.split('\n') };
}

export const check = (root: string) => runScript(root, 'check.ts');

// What a build leaves for the next one to republish an edited text without Astro
// (src/republish/republish.ts): the state of every file it read, and digests of what the
// pages were made from. Kept in .astro/cache/, beside Astro's own caches.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CheckedProject } from '../check/project.ts';
import type { FileHistory } from '../check/file-history.ts';
import type { FileStamp } from '../lib/build/republish.ts';
import { CONTENT_KINDS } from '../lib/content/kinds.ts';
import { toVietnamDay } from '../lib/vietnamese/dates.ts';

export const STATE_FILE = '.astro/cache/published.json';
/** The text now in a republished page, by a digest of it. */
export const REPUBLISHED_BODIES = '.astro/cache/republished';
const VERSION = 1;

/** What the site is built from, besides the editors' Markdown files, from the project root. */
const INPUTS = ['src', 'public', 'data', 'scripts', 'astro.config.mjs', 'portal.config.json', 'package.json', 'package-lock.json', 'tsconfig.json'];

export interface InputSnapshot {
  /** A digest of the names, sizes and times of every input but the Markdown files. */
  inputs: string;
  /** The Markdown files of the content kinds, by path from the root. */
  files: Record<string, FileStamp>;
}

export interface PublishedState extends InputSnapshot {
  version: number;
  /** A digest of the checked project (every item's fields and status, the config, the results). */
  model: string;
  /** A digest of the files' history in git (the "Cập nhật lần cuối" of pages and the sitemap). */
  history: string;
  /** The build's day in Vietnam (a consultation's or a notice's state changes with it). */
  day: string;
  /** Files republished since Astro last built: their stamp then, and the text now in their page (if any). */
  republished: Record<string, { stamp: FileStamp; body?: string }>;
  /** The pages republished since Astro last built (in dist/): Astro must render them again. */
  pages: string[];
}

const stampOf = (path: string): FileStamp => {
  const s = statSync(path);
  return [s.size, s.mtimeMs, s.ctimeMs];
};

/**
 * Every input's stamp, taken before the build reads any: a file saved during the build then
 * differs from its stamp, and the next build reads it again.
 */
export function snapshotInputs(root: string): InputSnapshot {
  const folders = CONTENT_KINDS.map((kind) => `${kind.folder}/`);
  const digest = createHash('sha256');
  const files: Record<string, FileStamp> = {};
  const file = (path: string) => {
    const stamp = stampOf(join(root, path));
    if (/\.mdx?$/.test(path) && folders.some((folder) => path.startsWith(folder))) files[path] = stamp;
    else digest.update(`${path}\t${stamp.join('\t')}\n`);
  };
  const folder = (path: string) => {
    const entries = readdirSync(join(root, path), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.isDirectory()) folder(`${path}/${entry.name}`);
      else file(`${path}/${entry.name}`);
    }
  };
  for (const input of INPUTS) {
    const stat = statSync(join(root, input), { throwIfNoEntry: false });
    if (!stat) digest.update(`${input}\tnone\n`);
    else if (stat.isDirectory()) folder(input);
    else file(input);
  }
  return { inputs: digest.digest('base64url'), files };
}

export type ModelDigests = Pick<PublishedState, 'model' | 'history' | 'day'>;

/** The digests of what the pages are made from besides the files: the model, git's history, the day. */
export function modelDigests(project: CheckedProject, history: FileHistory, now: Date): ModelDigests {
  const { problems: _problems, ...model } = project;
  return { model: digestOf(model), history: digestOf([...history.changed]), day: toVietnamDay(now) };
}

function digestOf(value: unknown): string {
  const json = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return [...v];
    if (v instanceof Set) return [...v];
    return typeof v === 'function' ? undefined : v;
  });
  return createHash('sha256').update(json).digest('base64url');
}

export function readState(root: string): PublishedState | undefined {
  try {
    const state = JSON.parse(readFileSync(join(root, STATE_FILE), 'utf8')) as PublishedState;
    return state.version === VERSION ? state : undefined;
  } catch {
    return undefined;
  }
}

export function writeState(root: string, state: Omit<PublishedState, 'version'>): void {
  const file = join(root, STATE_FILE);
  mkdirSync(dirname(file), { recursive: true });
  // Whole or not at all: a state cut short by a stopped build is read as none.
  writeFileSync(`${file}.tmp`, JSON.stringify({ version: VERSION, ...state }));
  renameSync(`${file}.tmp`, file);
}

/**
 * Before Astro builds: the pages republished since it last did are deleted, in dist/ and in its
 * incremental build's copies, so that it renders them again. Their key may be the one it knows
 * (an edit undone), and it would otherwise keep the republished text. The state goes too: it
 * is written again once the build is done.
 */
export function forgetRepublished(root: string): void {
  const state = readState(root);
  for (const page of state?.pages ?? []) {
    rmSync(join(root, 'dist', page), { force: true });
    rmSync(join(root, '.astro/cache/dist', page), { force: true });
  }
  rmSync(join(root, STATE_FILE), { force: true });
  rmSync(join(root, REPUBLISHED_BODIES), { recursive: true, force: true });
}

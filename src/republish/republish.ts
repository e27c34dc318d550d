// `npm run build` after an editor changed only the text of articles (or of other items with
// pages of their own): their pages are written again without Astro, their text rendered by the
// same Markdown processor and put in place of the old one, and the search indexes holding them
// are made again. Whenever anything else may have changed, or a page cannot be proven to come
// out as Astro would write it, Astro builds the site (scripts/build.ts), as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { CheckedProject } from '../check/project.ts';
import { readRecord } from '../content-store/loaded-files.ts';
import { indexAndHeaders, readScanCache } from '../integrations/index-and-headers.ts';
import { scanFile, SCAN_CACHE_VERSION } from '../lib/build/output-scan.ts';
import { changedFiles, itemPage, sameSet, sameStamp, spliceBody, type FileStamp } from '../lib/build/republish.ts';
import { CONTENT_KINDS } from '../lib/content/kinds.ts';
import { markdownProcessor } from '../lib/content/markdown-processor.ts';
import { findEmbeds } from '../lib/embeds/uses.ts';
import { blankHidden } from '../lib/source/body.ts';
import { readState, REPUBLISHED_BODIES, writeState, type InputSnapshot, type ModelDigests } from './state.ts';

/** Past this many changed files, Astro builds. */
const MOST_FILES = 50;

export type Republished = { pages: string[]; files: string[] } | { notDone: string };

interface Change {
  file: string;
  stamp: FileStamp;
  /** The page showing its text, with that text, when the item has one (a draft has none). */
  page?: { path: string; html: string; body: string };
}

export async function republish(
  root: string,
  given: { project: CheckedProject; snapshot: InputSnapshot; digests: ModelDigests },
  marks: Array<[string, number]>,
): Promise<Republished> {
  const { project, snapshot, digests } = given;
  const state = readState(root);
  if (!state) return { notDone: 'no record of the last build' };
  if (state.inputs !== snapshot.inputs) return { notDone: 'code, settings, data or pictures changed' };
  if (digests.model !== state.model) return { notDone: 'the fields or the status of an item changed' };
  if (digests.history !== state.history) return { notDone: 'git history changed' };
  if (digests.day !== state.day) return { notDone: 'another day' };
  const published = Object.fromEntries(Object.entries(state.files).map(([path, stamp]) => [path, state.republished[path]?.stamp ?? stamp]));
  const { changed, added, removed } = changedFiles(snapshot.files, published);
  if (added.length + removed.length > 0) return { notDone: 'files added or removed' };
  if (changed.length === 0) return { notDone: 'nothing changed' };
  // Files checked out or copied afresh all look changed: Astro's incremental build, which
  // compares their digests, then has less to do than rendering them all again here.
  if (changed.length > MOST_FILES) return { notDone: `${changed.length} files changed` };

  const scan = readScanCache(root);
  if (scan?.version !== SCAN_CACHE_VERSION) return { notDone: 'no scan of dist/' };
  const dist = join(root, 'dist');
  // dist/ as the last build left it: a file deleted or changed since is Astro's to write again.
  for (const [path, entry] of Object.entries(scan.files)) {
    const stat = statSync(join(dist, path), { throwIfNoEntry: false });
    if (stat?.size !== entry.size || stat.ctimeMs !== entry.changedMs) return { notDone: `dist/${path} changed since the last build` };
  }
  const records = new Map<string, ReturnType<typeof readRecord>>();
  const changes: Change[] = [];
  let render: Awaited<ReturnType<typeof renderer>> | undefined;
  for (const file of changed) {
    const kind = CONTENT_KINDS.find((k) => file.startsWith(`${k.folder}/`));
    const item = kind && (project[kind.id] as Array<{ file: string; slug: string }>).find((i) => i.file === file);
    if (!kind || !item) return { notDone: `${file} is not an item` };
    // Astro's own reading of a Markdown file (its glob loader's): the text after the frontmatter.
    const body = parseFrontmatter(readFileSync(join(root, file), 'utf8'), { frontmatter: 'empty-with-spaces' }).content.trim();
    // A text quoting data/ through the portal's components is compiled by @astrojs/mdx (SPEC 12).
    if (findEmbeds(blankHidden(body)).length > 0) return { notDone: `${file} uses components` };
    const path = itemPage(kind.route, item.slug);
    const scanned = scan.files[path];
    if (!scanned) {
      changes.push({ file, stamp: snapshot.files[file] });
      continue;
    }
    const oldBody = previousBody(root, file, state, kind.id, records);
    if (oldBody === undefined) return { notDone: `no rendered text of ${file}` };
    const pageFile = join(dist, path);
    render ??= await renderer(project.config!.base);
    const fileURL = pathToFileURL(join(root, file));
    // Astro highlights code blocks with Shiki, which takes long to load: only for a text that has one.
    let rendered = await render(body, fileURL, false);
    if (rendered.code.includes('<pre')) rendered = await render(body, fileURL, true);
    // Pictures in the text are Astro's to optimise.
    if (rendered.images > 0) return { notDone: `${file} has pictures in its text` };
    const html = spliceBody(readFileSync(pageFile, 'utf8'), oldBody, rendered.code);
    if (html === undefined) return { notDone: `the text of ${file} is not found once in ${path}` };
    // The page must need nothing else than before: the same pictures and inline code (the CSP).
    const facts = scanFile(path, html);
    if (!sameSet(facts.assets, scanned.facts.assets) || !sameSet(facts.scripts, scanned.facts.scripts) || !sameSet(facts.styles, scanned.facts.styles)) {
      return { notDone: `${path} would need other files` };
    }
    changes.push({ file, stamp: snapshot.files[file], page: { path, html, body: rendered.code } });
  }
  marks.push(['texts rendered', performance.now()]);

  // Recorded before any page is written: should this stop half-way, Astro renders them next time.
  const pages = [...new Set([...state.pages, ...changes.flatMap((c) => (c.page ? [c.page.path] : []))])];
  const republished = { ...state.republished };
  mkdirSync(join(root, REPUBLISHED_BODIES), { recursive: true });
  for (const { file, stamp, page } of changes) {
    const name = page && `${createHash('sha256').update(page.body).digest('base64url').slice(0, 32)}.html`;
    if (page && name) writeFileSync(join(root, REPUBLISHED_BODIES, name), page.body);
    republished[file] = name ? { stamp, body: name } : { stamp };
  }
  writeState(root, { ...state, republished, pages });
  for (const { page } of changes) {
    if (!page) continue;
    const file = join(dist, page.path);
    writeFileSync(`${file}.tmp`, page.html);
    renameSync(`${file}.tmp`, file);
    const stat = statSync(file);
    scan.files[page.path] = { changedMs: stat.ctimeMs, size: stat.size, facts: scanFile(page.path, page.html) };
  }
  marks.push(['pages written', performance.now()]);
  await indexAndHeaders(root, dist, project, scan, marks);
  return { pages: changes.flatMap((c) => (c.page ? [c.page.path] : [])), files: changes.map((c) => c.file) };
}

/** The HTML of `file`'s text now in its page: republished, or as Astro's content sync rendered it. */
function previousBody(
  root: string,
  file: string,
  state: NonNullable<ReturnType<typeof readState>>,
  collection: string,
  records: Map<string, ReturnType<typeof readRecord>>,
) {
  const republished = state.republished[file];
  if (republished) {
    const path = republished.body && join(root, REPUBLISHED_BODIES, republished.body);
    return path && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  }
  if (!records.has(collection)) records.set(collection, readRecord(join(root, '.astro/cache/loaded-files', `${collection}.json`)));
  const recorded = records.get(collection)![file];
  // The body file of the file as the last build read it, not of some other version.
  if (!recorded || !sameStamp([recorded[0], recorded[1], recorded[2]], state.files[file]) || !recorded[4]) return undefined;
  const path = join(root, recorded[4]);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Astro's rendering of a content entry's Markdown (its markdown content entry type), with the portal's plugins. */
async function renderer(base: string) {
  const processor = markdownProcessor(base);
  const plain = await processor.createRenderer({ syntaxHighlight: false });
  let highlighted: Awaited<ReturnType<typeof processor.createRenderer>> | undefined;
  return async (body: string, fileURL: URL, highlight: boolean) => {
    const chosen = highlight ? (highlighted ??= await processor.createRenderer({})) : plain;
    const result = await chosen.render(body, { frontmatter: {}, fileURL });
    return { code: result.code, images: result.metadata.localImagePaths.length + result.metadata.remoteImagePaths.length };
  };
}

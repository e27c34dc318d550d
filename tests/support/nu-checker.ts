import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { allFiles } from './dist.ts';

const run = promisify(execFile);
const VNU_JAR: string = createRequire(import.meta.url)('vnu-jar');

export async function hasJava() {
  return run('java', ['-version']).then(
    () => true,
    () => false,
  );
}

/**
 * The W3C checker over every page of a folder, or over the pages listed (paths in it), in
 * batches. Only its CSS-property errors are left out: its CSS grammar predates properties every
 * browser supports (e.g. `paint-order`). `failed` holds the pages with an error.
 */
export async function nuChecker(dir: string, only?: readonly string[]) {
  const targets =
    only === undefined
      ? [[dir]]
      : chunks(
          only.map((page) => join(dir, page)),
          1000,
        );
  const outdatedCss = (message: string) => /^CSS: “[a-z-]+”: Property “[a-z-]+” doesn't exist/.test(message);
  const messages: string[] = [];
  const failed = new Set<string>();
  for (const batch of targets) {
    if (batch.length === 0) continue;
    // It exits 1 when it finds errors; the report is on stderr in both cases.
    const { stderr } = await run('java', ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--errors-only', '--skip-non-html', ...batch], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((e: { stderr: string }) => e);
    const report = JSON.parse(stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
    for (const m of report.messages.filter((m) => !outdatedCss(m.message))) {
      const page = m.url.replace(`file:${dir}/`, '');
      failed.add(page);
      messages.push(`${page}:${m.lastLine ?? 0}: ${m.message}`);
    }
  }
  const pages = allFiles(dir).filter((f) => f.endsWith('.html')).length;
  return { pages, messages, failed };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

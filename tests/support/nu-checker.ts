import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { allFiles } from './dist';

const run = promisify(execFile);
const VNU_JAR: string = createRequire(import.meta.url)('vnu-jar');

export async function hasJava() {
  return run('java', ['-version']).then(
    () => true,
    () => false,
  );
}

/**
 * The W3C checker over every page of a folder. Only its CSS-property errors are left out: its CSS
 * grammar predates properties every browser supports (e.g. `paint-order`).
 */
export async function nuChecker(dir: string) {
  // It exits 1 when it finds errors; the report is on stderr in both cases.
  const { stderr } = await run('java', ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--errors-only', '--skip-non-html', dir], { maxBuffer: 64 * 1024 * 1024 }).catch((e: { stderr: string }) => e);
  const report = JSON.parse(stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
  const outdatedCss = (message: string) => /^CSS: “[a-z-]+”: Property “[a-z-]+” doesn't exist/.test(message);
  const pages = allFiles(dir).filter((f) => f.endsWith('.html')).length;
  return { pages, messages: report.messages.filter((m) => !outdatedCss(m.message)).map((m) => `${m.url.replace(`file:${dir}/`, '')}:${m.lastLine ?? 0}: ${m.message}`) };
}

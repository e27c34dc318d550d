// `npm run dev`: the editors' check first, so that a mistake is listed in Vietnamese instead of
// stopping Astro's dev server in English; then the live preview (drafts and scheduled articles
// included, with a banner). Extra arguments go to `astro dev` (npm run dev -- --port 4000).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatReport } from '../src/lib/problems/problem.ts';
import { checkProject, errorsOf } from '../src/check/project.ts';

const project = checkProject(process.cwd());
if (errorsOf(project).length > 0) {
  console.error(formatReport(errorsOf(project)));
  console.error('Chưa mở được bản xem trước: sửa các lỗi trên rồi chạy lại npm run dev.');
  process.exit(1);
}

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

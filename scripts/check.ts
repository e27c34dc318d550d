// Checks everything editors write (config, categories, articles, documents, data) exactly as
// the build does, without building, and prints every problem at once, in Vietnamese.
// Usage: npm run check            (exit status 1 on any error, 0 otherwise)
import { formatReport } from '../src/lib/problems/problem.ts';
import { checkProject, errorsOf } from '../src/check/project.ts';
import { summary } from './check-summary.ts';

const started = performance.now();
const project = checkProject(process.argv[2] ?? process.cwd(), { cache: true });
const errors = errorsOf(project).length;
const report = formatReport(project.problems);
// One stream, so that the list and its summary never interleave: stderr when there are errors.
const print = errors > 0 ? console.error : console.log;
if (report) print(report);
print(summary(project, performance.now() - started));
process.exitCode = errors > 0 ? 1 : 0;

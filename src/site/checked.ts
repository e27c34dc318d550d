import { buildTime } from '../lib/build/build-time.ts';
import { formatReport } from '../lib/problems/problem.ts';
import { checkProject, errorsOf, handedOverProject, type CheckedProject } from '../check/project.ts';

/** Build time (PORTAL_BUILD_TIME, else now): articles dated later are scheduled, not published. */
export const BUILD_TIME = buildTime();

/**
 * `npm run dev` previews drafts and scheduled articles; a build never includes them.
 * (`npm run build` runs the check before Astro starts, so a build never reaches the throw below;
 * in dev the list of problems shows in the browser.)
 */
// MODE too: DEV follows NODE_ENV, which a test runner may have set to "test" for a build.
export const PREVIEW = import.meta.env.DEV && import.meta.env.MODE === 'development';

let cached: { project: CheckedProject; at: number } | undefined;

/**
 * The editors' files, read and checked once per build. In dev an editor changes them while the
 * server runs, so the result is reused only for the pages of one request burst.
 */
export function getCheckedProject(): CheckedProject {
  const now = Date.now();
  const handedOver = PREVIEW ? undefined : handedOverProject();
  if (handedOver) return handedOver;
  if (!cached || (PREVIEW && now - cached.at > 2000)) {
    const project = checkProject(process.cwd(), { now: PREVIEW ? new Date() : BUILD_TIME });
    const errors = errorsOf(project);
    if (errors.length > 0) {
      // The list is the whole message: a stack trace would only bury it (dev shows this error).
      const error = new Error(formatReport(errors));
      error.stack = error.message;
      throw error;
    }
    cached = { project, at: now };
  }
  return cached.project;
}

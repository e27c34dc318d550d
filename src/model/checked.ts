import { formatReport } from '../lib/problems/problem.ts';
import { checkProject, errorsOf, type CheckedProject } from './project.ts';

/** Build time: articles dated later are scheduled, not published. */
export const BUILD_TIME = new Date();

/**
 * `npm run dev` previews drafts and scheduled articles; a build never includes them.
 * (`npm run build` runs the check before Astro starts, so a build never reaches the throw below;
 * in dev the list of problems shows in the browser.)
 */
export const PREVIEW = import.meta.env.DEV;

let cached: { project: CheckedProject; at: number } | undefined;

/**
 * The editors' files, read and checked once per build. In dev an editor changes them while the
 * server runs, so the result is reused only for the pages of one request burst.
 */
export function getCheckedProject(): CheckedProject {
  const now = Date.now();
  if (!cached || (PREVIEW && now - cached.at > 2000)) {
    const project = checkProject(process.cwd(), { now: PREVIEW ? new Date() : BUILD_TIME });
    const errors = errorsOf(project);
    if (errors.length > 0) throw new Error(formatReport(errors));
    cached = { project, at: now };
  }
  return cached.project;
}

/**
 * What a push changed, for the publishing pipelines (SPEC 10): a push that touches only what a
 * province edits goes live after the check, the build and the built-site gates; anything else
 * (code, tests, dependencies, the pipelines themselves) runs every test first.
 */
const CONTENT = [/^src\/content\//, /^data\//, /^public\//, /^portal\.config\.json$/];

export const isContentPath = (path: string) => CONTENT.some((pattern) => pattern.test(path.replace(/^\.\//, '')));

export type ChangeKind = 'content' | 'code';

/**
 * `paths` as `git diff --name-only` lists them; undefined when the diff could not be made (a new
 * branch, a force push, a shallow clone), which is treated as code: the safe side.
 */
export function changeKind(paths: readonly string[] | undefined): ChangeKind {
  if (paths === undefined) return 'code';
  return paths.every(isContentPath) ? 'content' : 'code';
}

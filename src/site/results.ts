import type { ResultsModel } from '../check/results.ts';
import { getCheckedProject } from './checked.ts';

export type { NationalIndex, ResultsModel, UnitYear } from '../check/results.ts';

/** The results model for the build, computed once with the rest of the check. */
export function getResults(): ResultsModel {
  // A portal with no data/ yet has an empty model; with problems the check has already stopped.
  return getCheckedProject().results!;
}

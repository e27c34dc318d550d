import type { ResultsModel } from '../check/results';
import { getCheckedProject } from './checked';

export type { NationalIndex, ResultsModel, UnitYear } from '../check/results';

/** The results model for the build, computed once with the rest of the check. */
export function getResults(): ResultsModel {
  // A portal with no data/ yet has an empty model; with problems the check has already stopped.
  return getCheckedProject().results!;
}

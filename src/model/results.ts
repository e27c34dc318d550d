import { portal, provincesInRanking } from '../lib/config';
import { formatDataProblems } from '../lib/results/validate';
import { loadResultsFrom, type ResultsModel } from './results-loader';

export type { NationalIndex, ResultsModel, UnitYear } from './results-loader';

let cached: ResultsModel | undefined;

/** The results model for the build, computed once; invalid data stops the build. */
export function getResults(dataDir = 'data'): ResultsModel {
  if (!cached) {
    const { problems, model } = loadResultsFrom(dataDir, { provinces: (year) => provincesInRanking(portal, year) });
    if (!model) throw new Error(formatDataProblems(problems));
    cached = model;
  }
  return cached;
}

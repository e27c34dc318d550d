// Files starting with _ are not routes: this only shares the open-data endpoints' paths.
import type { GetStaticPaths } from 'astro';
import { getResults } from '../../site/results.ts';

/** One open-data file per assessment year, in each format (the JSON and CSV endpoints share it). */
export const openDataPaths = (() => getResults().years.map((year) => ({ params: { year: String(year.year) }, props: { year } }))) satisfies GetStaticPaths;

// Files starting with _ are not routes: this only shares the open-data endpoints' paths.
import type { GetStaticPaths } from 'astro';
import { getResults } from '../../site/results.ts';
import { pageKey } from '../../lib/build/page-key.ts';
import { portal } from '../../lib/config/index.ts';

/**
 * One open-data file per assessment year, in each format (the JSON and CSV endpoints share it),
 * kept between builds while the year's results and the config (the publisher named in the
 * files) are what they were.
 */
export const openDataPaths = (() =>
  getResults().years.map((year) => ({ params: { year: String(year.year) }, props: { year }, cacheKey: pageKey(portal, year) }))) satisfies GetStaticPaths;

import type { APIRoute, GetStaticPaths } from 'astro';
import type { YearResults } from '../../lib/results/compute';
import { yearToJson } from '../../lib/results/open-data';
import { getResults } from '../../model/results';

export const getStaticPaths = (() =>
  getResults().years.map((year) => ({ params: { year: String(year.year) }, props: { year } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify(yearToJson((props as { year: YearResults }).year), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

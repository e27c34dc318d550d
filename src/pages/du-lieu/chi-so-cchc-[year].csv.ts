import type { APIRoute, GetStaticPaths } from 'astro';
import type { YearResults } from '../../lib/results/compute';
import { yearToCsv } from '../../lib/results/open-data';
import { getResults } from '../../model/results';

export const getStaticPaths = (() =>
  getResults().years.map((year) => ({ params: { year: String(year.year) }, props: { year } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(yearToCsv((props as { year: YearResults }).year), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });

import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { yearCriteriaToCsv } from '../../lib/results/open-data.ts';
import { getResults } from '../../site/results.ts';

/** A file only for the years whose results have components: none rather than an empty table. */
export const getStaticPaths = (() =>
  getResults().years.flatMap((year) => {
    const csv = yearCriteriaToCsv(year);
    return csv ? [{ params: { year: String(year.year) }, props: { csv } }] : [];
  })) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(props.csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });

import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { yearToCsv } from '../../lib/results/open-data.ts';
import { openDataPaths } from './_open-data-paths.ts';

export const getStaticPaths = openDataPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(yearToCsv(props.year), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { yearToJson } from '../../lib/results/open-data.ts';
import { openDataPaths } from './_open-data-paths.ts';

export const getStaticPaths = openDataPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) =>
  new Response(`${JSON.stringify(yearToJson(props.year), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });

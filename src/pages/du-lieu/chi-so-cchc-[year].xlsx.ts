import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { yearToXlsx } from '../../lib/results/open-data-xlsx.ts';
import { MEDIA_TYPES } from '../../lib/seo/structured-data.ts';
import { openDataPaths } from './_open-data-paths.ts';

export const getStaticPaths = openDataPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => new Response(await yearToXlsx(props.year), { headers: { 'content-type': MEDIA_TYPES.xlsx } });

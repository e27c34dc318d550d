import type { APIRoute } from 'astro';
import { absoluteUrl, urls } from '../lib/urls.ts';

/** Crawler rules: everything but the web editor, and where the sitemap is. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: ${urls.home}\nDisallow: ${urls.admin}\n\nSitemap: ${absoluteUrl(urls.sitemap)}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });

import type { APIRoute } from 'astro';
import { urls } from '../lib/urls';

/** Crawler rules: everything but the web editor, and where the sitemap is. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: ${urls.home}\nDisallow: ${urls.admin}\n\nSitemap: ${new URL(urls.sitemap, site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });

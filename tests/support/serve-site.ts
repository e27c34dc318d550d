import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers.ts';

/**
 * Serves a built site as a host that reads dist/_headers would serve it (Netlify, Cloudflare
 * Pages), so that browser tests run under the site's Content-Security-Policy.
 */
export async function serveSite(dist: string, base = '/') {
  const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
  const serve = sirv(dist, { dev: false, etag: false });
  const notFound = (res: import('node:http').ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('Not found');
  };
  const server = createServer((req, res) => {
    // A site under a sub-path (/cchc/) is served there and nowhere else, as its host would.
    if (!(req.url ?? '/').startsWith(base)) return notFound(res);
    // _headers names the paths with the sub-path; the files lie in dist/ without it.
    for (const [name, value] of headersFor(rules, new URL(req.url ?? '/', 'http://x').pathname)) res.setHeader(name, value);
    req.url = (req.url ?? '/').slice(base.length - 1);
    serve(req, res, () => notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { baseUrl: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

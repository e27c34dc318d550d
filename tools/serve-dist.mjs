// Shared by the command-line tools that look at the built site in Chromium.
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

/**
 * Serves a built site on a free local port. `served` lists every response (path and bytes),
 * counted on the server so that requests from web workers (pagefind's) are included.
 */
export async function serveDist(dir = 'dist', options = {}) {
  const serve = sirv(dir, { dev: true, ...options });
  const served = [];
  const server = createServer((req, res) => {
    let bytes = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const count = (chunk) => {
      if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk);
    };
    res.write = (chunk, ...rest) => (count(chunk), write(chunk, ...rest));
    res.end = (chunk, ...rest) => (count(chunk), end(chunk, ...rest));
    res.on('finish', () => served.push({ path: req.url ?? '', bytes }));
    serve(req, res, () => res.writeHead(404).end());
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, served, close: () => server.close() };
}

/** Debian's Chromium through playwright-core (no browser download). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

// Shared by the command-line tools that look at the built site in Chromium.
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

/** Serves a built site on a free local port; returns its base URL and a close function. */
export async function serveDist(dir = 'dist', options = {}) {
  const serve = sirv(dir, { dev: true, ...options });
  const server = createServer((req, res) => serve(req, res, () => res.writeHead(404).end()));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Debian's Chromium through playwright-core (no browser download). */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

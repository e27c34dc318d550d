import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { portal } from '../lib/config/index.ts';

/**
 * The picture social networks show for a page without one of its own: the portal's colour with
 * its logo, 1200 × 630. Drawn from config at build time, so another province gets its own
 * without an image editor; the page's title travels with the link as text.
 */
export const GET: APIRoute = async () => {
  const logo = await sharp(await readFile(`public${portal.logo.src}`), { density: 600 })
    .resize(360, 360, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .toBuffer();
  const image = await sharp({ create: { width: 1200, height: 630, channels: 3, background: portal.color } })
    .composite([{ input: logo, gravity: 'center' }])
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  return new Response(new Uint8Array(image), { headers: { 'content-type': 'image/png' } });
};

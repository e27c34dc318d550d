import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { allFiles, exists } from './dist';

/** Where a built file links: each address with the file it is written in. */
export interface Link {
  from: string;
  url: string;
}

const ATTRIBUTES = ['href', 'src', 'srcset', 'content', 'action', 'data'];

/** Every address written in the built pages, feeds and sitemaps (not in scripts or stylesheets). */
export function builtLinks(dist: string): Link[] {
  const links: Link[] = [];
  for (const file of allFiles(dist)) {
    if (file.startsWith('pagefind/') || file.startsWith('admin/')) continue;
    const source = readFileSync(join(dist, file), 'utf8');
    if (file.endsWith('.html')) {
      for (const element of parse(source).querySelectorAll('*')) {
        for (const name of ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (!value) continue;
          if (name === 'content' && !/^(og:image|og:url|twitter:image)$/.test(element.getAttribute('property') ?? element.getAttribute('name') ?? '')) continue;
          const urls = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
          for (const url of urls) links.push({ from: file, url });
        }
      }
    } else if (file.endsWith('.xml')) {
      for (const match of source.matchAll(/<(?:link|loc)>([^<]+)<\/(?:link|loc)>/g)) links.push({ from: file, url: match[1] });
    }
  }
  return links;
}

/**
 * The links that leave the site's sub-path or lead to no file: each as "file → address".
 * Addresses on the site (`site` + path, or a path from the root) must start with `base`.
 */
export function brokenLinks(dist: string, site: string, base: string): string[] {
  const origin = new URL(site).origin;
  const broken: string[] = [];
  for (const { from, url } of builtLinks(dist)) {
    if (/^(mailto:|tel:|data:|#|javascript:)/.test(url)) continue;
    let path: string;
    if (url.startsWith('/') && !url.startsWith('//')) path = url;
    else if (url.startsWith(origin + '/')) path = url.slice(origin.length);
    else if (/^[a-z]+:|^\/\//i.test(url)) continue; // another site
    else continue; // relative (none are written; a page would still resolve it against itself)
    path = decodeURI(path.split(/[?#]/)[0]);
    if (!path.startsWith(base)) broken.push(`${from} → ${url} (ngoài ${base})`);
    else if (!exists(dist, '/' + path.slice(base.length))) broken.push(`${from} → ${url} (không có tệp)`);
  }
  return broken;
}

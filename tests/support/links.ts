import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { allFiles, exists } from './dist.ts';

/** Where a built file links: each address with the file it is written in. */
export interface Link {
  from: string;
  url: string;
}

const ATTRIBUTES = ['href', 'src', 'srcset', 'content', 'action', 'data'];

/** What one built file holds for the link checks: the addresses it writes and its ids. */
interface FileLinks {
  stamp: string;
  links: string[];
  ids: Set<string>;
}

// Each file is parsed once per process, not once per check: at 10,000 articles a parse of every
// page takes about 20 s. A file rewritten since (a test's rebuild) is parsed again.
const parsed = new Map<string, FileLinks>();

function linksOf(dist: string, file: string): FileLinks {
  const path = join(dist, file);
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs}:${size}`;
  const known = parsed.get(path);
  if (known?.stamp === stamp) return known;
  const source = readFileSync(path, 'utf8');
  const links: string[] = [];
  const ids = new Set<string>();
  if (file.endsWith('.html')) {
    const root = parse(source);
    for (const element of root.querySelectorAll('*')) {
      if (element.id) ids.add(element.id);
      for (const name of ATTRIBUTES) {
        const value = element.getAttribute(name);
        if (!value) continue;
        if (name === 'content' && !/^(og:image|og:url|twitter:image)$/.test(element.getAttribute('property') ?? element.getAttribute('name') ?? '')) continue;
        links.push(...(name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value]));
      }
    }
  } else if (file.endsWith('.xml')) {
    for (const match of source.matchAll(/<(?:link|loc)>([^<]+)<\/(?:link|loc)>/g)) links.push(match[1]!);
  }
  const entry = { stamp, links, ids };
  parsed.set(path, entry);
  return entry;
}

/** Every address written in the built pages, feeds and sitemaps (not in scripts or stylesheets). */
export function builtLinks(dist: string): Link[] {
  return allFiles(dist)
    .filter((file) => !file.startsWith('pagefind/') && !file.startsWith('admin/') && /\.(html|xml)$/.test(file))
    .flatMap((file) => linksOf(dist, file).links.map((url) => ({ from: file, url })));
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
    else if (/^[a-z]+:|^\/\//i.test(url))
      continue; // another site
    else continue; // relative (none are written; a page would still resolve it against itself)
    path = decodeURI(path.split(/[?#]/)[0]);
    if (!path.startsWith(base)) broken.push(`${from} → ${url} (ngoài ${base})`);
    else if (!exists(dist, '/' + path.slice(base.length))) broken.push(`${from} → ${url} (không có tệp)`);
  }
  return broken;
}

/**
 * The links to a part of a page (`#nam-2019`, `/don-vi/x/#nam-2019`) whose page has no element
 * with that id: each as "file → address".
 */
export function brokenAnchors(dist: string, base: string): string[] {
  const idsOf = (file: string) => linksOf(dist, file).ids;
  const broken: string[] = [];
  for (const { from, url } of builtLinks(dist)) {
    if (!from.endsWith('.html') || !url.includes('#') || /^[a-z]+:|^\/\//i.test(url)) continue;
    const [path, fragment] = url.split('#') as [string, string];
    if (fragment === '') continue;
    let target = from;
    if (path !== '') {
      if (!path.startsWith(base)) continue; // reported by brokenLinks
      const local = '/' + decodeURI(path.split('?')[0]!).slice(base.length);
      target = local.endsWith('/') ? `${local.slice(1)}index.html` : local.slice(1);
      if (!exists(dist, local) || !target.endsWith('.html')) continue;
    }
    if (!idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${from} → ${url}`);
  }
  return broken;
}

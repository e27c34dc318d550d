/**
 * The security and cache headers of SPEC 9, as `dist/_headers` (Netlify, Cloudflare Pages) and
 * as nginx directives. Pure: the build passes what it found in `dist/`.
 */
import { createHash } from 'node:crypto';

export interface HeaderRule {
  /** A path pattern from the host's root: `/tin-tuc/*`, `/rss.xml`. */
  path: string;
  headers: [name: string, value: string][];
}

/** Hashed file names never change content: a year in every cache. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, feeds, the search entry file) is checked again on every visit. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** `'sha256-…'` of an inline script or style, as CSP writes it. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The inline `<script>` and `<style>` elements a page runs, hashed. Scripts with `src` and data
 * blocks (JSON-LD) are not run as inline code and need no hash.
 */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [, tag, attributes, body] of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)) {
    if (tag!.toLowerCase() === 'style') {
      styles.push(cspHash(body!));
      continue;
    }
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes!)?.[1]?.toLowerCase();
    const runs = type === undefined || type === 'module' || type === 'text/javascript';
    if (runs && !/\bsrc\s*=/i.test(attributes!) && body!.trim() !== '') scripts.push(cspHash(body!));
  }
  return { scripts, styles };
}

const unique = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * The site's policy: its own files only; inline code only by hash; pagefind's WebAssembly and
 * its worker; no frames or plugins; forms post only to the site and to the office's own form
 * service (`formTargets`: the origin of `feedback.endpoint`, if set).
 */
export function sitePolicy(hashes: { scripts: Iterable<string>; styles: Iterable<string> }, formTargets: Iterable<string> = []): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...unique(hashes.scripts)].join(' '),
    ['style-src', "'self'", ...unique(hashes.styles)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    ['form-action', "'self'", ...unique(formTargets)].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The web editor's looser policy: Decap CMS evaluates code it builds at run time, injects its
 * styles, shows pictures from the repository and talks to the git host and the sign-in service.
 */
export function editorPolicy(origins: Iterable<string>): string {
  const connect = unique(origins);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob: https:",
    "font-src 'self' data:",
    // decap-server on the editor's own machine, for trying the editor locally (docs/content.md).
    ['connect-src', "'self'", 'blob:', ...connect, 'http://localhost:*', 'http://127.0.0.1:*'].join(' '),
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The git hosts' API origins the editor talks to, and the sign-in service's. */
export function editorOrigins(editor: { backend: 'github' | 'gitlab'; baseUrl?: string }): string[] {
  const api = editor.backend === 'github' ? ['https://api.github.com'] : ['https://gitlab.com'];
  return editor.baseUrl ? [...api, new URL(editor.baseUrl).origin] : api;
}

export interface SiteEntries {
  /** Names at the top of `dist/`, folders ending in `/` (`tin-tuc/`, `rss.xml`). */
  top: string[];
  /** Names directly in `dist/pagefind/`, folders ending in `/`. */
  pagefind: string[];
  /** Each older year's search index (`dist/pagefind/nam/<year>/`): the names directly in it. */
  pagefindArchive?: Record<string, string[]>;
}

/**
 * One rule per top-level file or folder of the site, rather than one for `/*`: hosts join the
 * values of a header that several rules give the same path, so the editor's policy and the
 * assets' cache lifetime must come from rules that never overlap with the pages' ones.
 */
export function headerRules(options: { base: string; entries: SiteEntries; sitePolicy: string; editorPolicy: string; hsts?: boolean }): HeaderRule[] {
  const { base } = options;
  const common: [string, string][] = [
    ...(options.hsts === false ? [] : [['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'] as [string, string]]),
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    ['X-Frame-Options', 'DENY'],
  ];
  const page = (path: string): HeaderRule => ({
    path,
    headers: [
      ['Content-Security-Policy', options.sitePolicy],
      ['Cache-Control', REVALIDATE],
    ],
  });
  const pathOf = (name: string) => `${base}${name.endsWith('/') ? `${name}*` : name}`;
  const rules: HeaderRule[] = [{ path: `${base}*`, headers: common }, page(base)];
  for (const name of [...options.entries.top].sort()) {
    if (name === 'admin/')
      rules.push({
        path: pathOf(name),
        headers: [
          ['Content-Security-Policy', options.editorPolicy],
          ['Cache-Control', REVALIDATE],
          ['X-Robots-Tag', 'noindex, nofollow'],
        ],
      });
    else if (name === '_astro/')
      rules.push({
        path: pathOf(name),
        headers: [
          ['Content-Security-Policy', options.sitePolicy],
          ['Cache-Control', IMMUTABLE],
        ],
      });
    else if (name === 'pagefind/') {
      // Its index, fragment and filter files are named by their hash; its entry file and script
      // are not. The same holds in each older year's index under nam/.
      const index = (folder: string, names: string[]) => {
        for (const inner of [...names].sort()) {
          const hashed = ['index/', 'fragment/', 'filter/'].includes(inner);
          rules.push({
            path: pathOf(`${folder}${inner}`),
            headers: [
              ['Content-Security-Policy', options.sitePolicy],
              ['Cache-Control', hashed ? IMMUTABLE : REVALIDATE],
            ],
          });
        }
      };
      const archive = options.entries.pagefindArchive;
      index(
        'pagefind/',
        options.entries.pagefind.filter((inner) => !(inner === 'nam/' && archive)),
      );
      for (const year of Object.keys(archive ?? {}).sort()) index(`pagefind/nam/${year}/`, archive![year]);
    } else rules.push(page(pathOf(name)));
  }
  return rules;
}

/** The `_headers` file: a path, then its headers indented, a blank line between rules. */
export function formatHeadersFile(rules: HeaderRule[]): string {
  const header = '# Security and cache headers (SPEC 9), written by npm run build. Netlify and Cloudflare Pages read this file.\n';
  return header + rules.map((rule) => `${rule.path}\n${rule.headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`).join('\n');
}

/** Reads a `_headers` file back into rules (for the nginx directives and the tests' server). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** Does a `_headers` path pattern match a request path? `*` matches anything, slashes too. */
export function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(path);
}

/** The headers a host serves with a path: those of every matching rule. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => matches(rule.path, path)).flatMap((rule) => rule.headers);
}

/**
 * The same rules as nginx `location` blocks, to include in a `server` block. nginx drops the
 * server's `add_header` lines in a location that has its own, so each block repeats the
 * common ones; `always` sends them with error pages too.
 */
export function formatNginx(rules: HeaderRule[]): string {
  // The rule for the whole site (`/*`): the shortest pattern, of which every other is a part.
  const everywhere = rules
    .filter((rule) => rule.path.endsWith('*'))
    .sort((a, b) => a.path.length - b.path.length)
    .find((rule) => rules.every((other) => other.path.startsWith(rule.path.slice(0, -1))));
  const common = everywhere?.headers ?? [];
  const quote = (value: string) => `"${value.replace(/(["\\])/g, '\\$1')}"`;
  const blocks = rules
    .filter((rule) => rule !== everywhere)
    .map((rule) => {
      const location = rule.path.endsWith('*') ? `^~ ${rule.path.slice(0, -1)}` : `= ${rule.path}`;
      const lines = [...common, ...rule.headers].map(([name, value]) => `    add_header ${name} ${quote(value)} always;`);
      return `location ${location} {\n${lines.join('\n')}\n}`;
    });
  return `# Security and cache headers (SPEC 9) for nginx, from dist/_headers: npm run --silent headers:nginx\n${blocks.join('\n')}\n`;
}

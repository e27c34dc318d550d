import { describe, expect, it } from 'vitest';
import {
  cspHash,
  editorOrigins,
  editorPolicy,
  formatHeadersFile,
  formatNginx,
  headerRules,
  headersFor,
  IMMUTABLE,
  inlineHashes,
  parseHeadersFile,
  REVALIDATE,
  sitePolicy,
} from './headers.ts';

const entries = {
  top: ['404.html', '_astro/', 'admin/', 'index.html', 'pagefind/', 'rss.xml', 'tin-tuc/'],
  pagefind: ['fragment/', 'index/', 'pagefind-entry.json', 'pagefind.js'],
};
const rules = (base = '/') =>
  headerRules({ base, entries, sitePolicy: sitePolicy({ scripts: ["'sha256-a'"], styles: [] }), editorPolicy: editorPolicy(['https://api.github.com']) });
const header = (list: [string, string][], name: string) => list.filter(([n]) => n === name).map(([, v]) => v);

describe('inline hashes', () => {
  it('hashes inline scripts and styles as CSP writes them, and leaves out scripts that load a file and data blocks', () => {
    const html = `<script>run()</script><script type="module">go()</script><script src="/a.js"></script><script type="application/ld+json">{"a":1}</script><style>:root{--brand:#0b4a7d}</style>`;
    expect(inlineHashes(html)).toEqual({ scripts: [cspHash('run()'), cspHash('go()')], styles: [cspHash(':root{--brand:#0b4a7d}')] });
    // The hash a browser computes for `alert('Hello, world.');` (from the CSP specification's example).
    expect(cspHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
  });
});

describe('header rules', () => {
  it('gives every path exactly one policy and one cache lifetime, the editor its own', () => {
    const list = rules();
    for (const path of [
      '/',
      '/index.html',
      '/tin-tuc/bai/',
      '/rss.xml',
      '/404.html',
      '/_astro/a.Bx1.css',
      '/pagefind/pagefind.js',
      '/pagefind/fragment/vi_1.pf_fragment',
      '/admin/',
      '/admin/decap-cms.js',
    ]) {
      const headers = headersFor(list, path);
      expect(header(headers, 'Content-Security-Policy'), path).toHaveLength(1);
      expect(header(headers, 'Cache-Control'), path).toHaveLength(1);
      expect(header(headers, 'Strict-Transport-Security'), path).toEqual(['max-age=31536000; includeSubDomains']);
      expect(header(headers, 'X-Content-Type-Options'), path).toEqual(['nosniff']);
    }
    expect(header(headersFor(list, '/_astro/a.Bx1.css'), 'Cache-Control')).toEqual([IMMUTABLE]);
    expect(header(headersFor(list, '/pagefind/index/vi_1.pf_index'), 'Cache-Control')).toEqual([IMMUTABLE]);
    expect(header(headersFor(list, '/pagefind/pagefind-entry.json'), 'Cache-Control')).toEqual([REVALIDATE]);
    expect(header(headersFor(list, '/tin-tuc/'), 'Cache-Control')).toEqual([REVALIDATE]);
    expect(header(headersFor(list, '/admin/'), 'Content-Security-Policy')[0]).toContain("'unsafe-eval'");
    expect(header(headersFor(list, '/tin-tuc/'), 'Content-Security-Policy')[0]).not.toContain("'unsafe");
  });
  it('keeps an older year’s hashed search chunks for a year, and revalidates its entry file', () => {
    const archive = {
      ...entries,
      pagefind: [...entries.pagefind, 'nam/'],
      pagefindArchive: { '2014': ['fragment/', 'index/', 'pagefind-entry.json', 'wasm.vi.pagefind'] },
    };
    const list = headerRules({ base: '/', entries: archive, sitePolicy: 'default-src self', editorPolicy: 'default-src self' });
    const cache = (path: string) => header(headersFor(list, path), 'Cache-Control');
    expect(cache('/pagefind/nam/2014/index/vi_1.pf_index')).toEqual([IMMUTABLE]);
    expect(cache('/pagefind/nam/2014/fragment/vi_2.pf_fragment')).toEqual([IMMUTABLE]);
    expect(cache('/pagefind/nam/2014/pagefind-entry.json')).toEqual([REVALIDATE]);
    expect(cache('/pagefind/nam/2014/wasm.vi.pagefind')).toEqual([REVALIDATE]);
    expect(header(headersFor(list, '/pagefind/nam/2014/index/vi_1.pf_index'), 'Content-Security-Policy')).toHaveLength(1);
    // Without the years' listing, nam/ is one rule, revalidated.
    const single = headerRules({ base: '/', entries: { ...archive, pagefindArchive: undefined }, sitePolicy: 'x', editorPolicy: 'x' });
    expect(header(headersFor(single, '/pagefind/nam/2014/index/vi_1.pf_index'), 'Cache-Control')).toEqual([REVALIDATE]);
  });
  it('puts every rule under a sub-path', () => {
    expect(rules('/cchc/').every((rule) => rule.path.startsWith('/cchc/'))).toBe(true);
    expect(header(headersFor(rules('/cchc/'), '/cchc/tin-tuc/'), 'Content-Security-Policy')).toHaveLength(1);
  });
  it('allows inline code only by hash, and pagefind its WebAssembly and worker', () => {
    const policy = sitePolicy({ scripts: ["'sha256-b'", "'sha256-a'", "'sha256-a'"], styles: ["'sha256-c'"] });
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(policy).toContain("style-src 'self' 'sha256-c';");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self';");
  });
  it("lets forms post to the office's own form service, and nowhere else", () => {
    const policy = sitePolicy({ scripts: [], styles: [] }, ['https://bieu-mau.example.gov.vn']);
    expect(policy).toContain("form-action 'self' https://bieu-mau.example.gov.vn;");
  });
  it('lets the editor reach its git host and sign-in service', () => {
    expect(editorOrigins({ backend: 'github', baseUrl: 'https://dang-nhap.example.vn/auth' })).toEqual([
      'https://api.github.com',
      'https://dang-nhap.example.vn',
    ]);
    expect(editorPolicy(editorOrigins({ backend: 'gitlab' }))).toContain("connect-src 'self' blob: https://gitlab.com http://localhost:*");
  });
  it('reads back the file it writes', () => {
    expect(parseHeadersFile(formatHeadersFile(rules()))).toEqual(rules());
  });
  it('writes the same headers for nginx, the common ones repeated in every location', () => {
    const nginx = formatNginx(rules());
    expect(nginx).toContain('location ^~ /tin-tuc/ {');
    expect(nginx).toContain('location = /rss.xml {');
    expect(nginx).not.toContain('location ^~ / {');
    const tinTuc = nginx.slice(nginx.indexOf('location ^~ /tin-tuc/'), nginx.indexOf('}', nginx.indexOf('location ^~ /tin-tuc/')));
    expect(tinTuc).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(tinTuc).toContain(`add_header Cache-Control "${REVALIDATE}" always;`);
    expect(tinTuc).toMatch(/add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a';/);
  });
});

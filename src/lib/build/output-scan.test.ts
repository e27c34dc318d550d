import { describe, expect, it } from 'vitest';
import { cachedFacts, scanFile, SCAN_CACHE_VERSION, type ScanCache } from './output-scan.ts';

const page = `<!doctype html><html lang="vi"><head><link rel="stylesheet" href="/_astro/site.Ab1.css"><style>p{color:red}</style></head>
<body><main data-pagefind-body><img src="/_astro/anh.Cd2_Z1.avif" srcset="/_astro/anh.Cd2_Z2.avif 2x, /_astro/anh.Cd2_Z1.avif 1x"><script>console.log(1)</script></main></body></html>`;

describe('scanFile', () => {
  it('finds each picture and stylesheet a page refers to once, its inline code and a digest for search', () => {
    const facts = scanFile('tin-tuc/a/index.html', page);
    expect(facts.assets).toEqual(['site.Ab1.css', 'anh.Cd2_Z1.avif', 'anh.Cd2_Z2.avif']);
    expect(facts.scripts).toHaveLength(1);
    expect(facts.styles).toHaveLength(1);
    expect(facts.searchDigest).toMatch(/^[\w-]{43}$/);
    expect(scanFile('tin-tuc/b/index.html', page.replace('console.log(1)', 'console.log(2)')).searchDigest).not.toBe(facts.searchDigest);
  });

  it('gives no search digest to a page pagefind skips, nor CSP hashes to the editor page or a stylesheet', () => {
    expect(scanFile('404.html', '<html><body><p>Không tìm thấy</p></body></html>').searchDigest).toBeUndefined();
    expect(scanFile('admin/index.html', page).scripts).toEqual([]);
    expect(scanFile('_astro/site.css', 'body{background:url(/_astro/nen.E3.png)}')).toEqual({ assets: ['nen.E3.png'], scripts: [], styles: [] });
  });
});

describe('cachedFacts', () => {
  const facts = { assets: ['x.css'], scripts: [], styles: [] };
  const cache: ScanCache = { version: SCAN_CACHE_VERSION, files: { 'index.html': { changedMs: 1000, size: 42, facts } } };

  it('reuses the facts of a file whose ctime and size are the same', () => {
    expect(cachedFacts(cache, 'index.html', 1000, 42)).toBe(facts);
  });

  it('reads the file again when it was written since, its size changed, or the cache is of another version', () => {
    expect(cachedFacts(cache, 'index.html', 2000, 42)).toBeUndefined();
    expect(cachedFacts(cache, 'index.html', 1000, 43)).toBeUndefined();
    expect(cachedFacts(cache, 'other.html', 1000, 42)).toBeUndefined();
    expect(cachedFacts({ ...cache, version: SCAN_CACHE_VERSION + 1 }, 'index.html', 1000, 42)).toBeUndefined();
    expect(cachedFacts(undefined, 'index.html', 1000, 42)).toBeUndefined();
  });
});

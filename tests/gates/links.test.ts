import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { brokenAnchors, brokenLinks, builtLinks } from '../support/links.ts';

const dist = inject('dist');
// Every page is read: minutes for 10,000 articles. A guard against a hang, never a time target.
const EVERY_PAGE = 30 * 60_000;
const portal = JSON.parse(readFileSync(join(dirname(dist), 'portal.config.json'), 'utf8'));

// A publishing gate (SPEC 10): it holds for any portal's built site, the fixture's in `npm test`
// and the province's own in `npm run gates`.
describe('links in the built site', () => {
  it(
    'are found in pages, feeds and sitemaps',
    () => {
      const links = builtLinks(dist);
      for (const file of ['rss.xml', 'sitemap-0.xml', 'index.html'])
        expect(
          links.some((l) => l.from === file),
          file,
        ).toBe(true);
    },
    EVERY_PAGE,
  );

  it(
    'all lead to a file that was built, from pages, feeds and sitemaps alike',
    () => {
      expect(brokenLinks(dist, portal.site, portal.base ?? '/')).toEqual([]);
    },
    EVERY_PAGE,
  );

  it(
    'lead to a part of a page that exists, when they name one',
    () => {
      // Every page has at least its "skip to content" link.
      const anchored = builtLinks(dist).filter((l) => l.from.endsWith('.html') && /#./.test(l.url));
      expect(anchored.length).toBeGreaterThan(0);
      expect(brokenAnchors(dist, portal.base ?? '/')).toEqual([]);
    },
    EVERY_PAGE,
  );

  it('the anchor check finds a part that is not there, on the same page or another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anchors-'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(
      join(dir, 'index.html'),
      '<h2 id="co">x</h2><a href="#co">1</a><a href="#khong">2</a><a href="/b/#nam-2019">3</a><a href="/b/#nam-2020">4</a>',
    );
    writeFileSync(join(dir, 'b', 'index.html'), '<section id="nam-2019"></section>');
    expect(brokenAnchors(dir, '/')).toEqual(['index.html → #khong', 'index.html → /b/#nam-2020']);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { brokenAnchors, brokenLinks, builtLinks } from '../support/links';

const dist = inject('dist');
const portal = JSON.parse(readFileSync(join(dirname(dist), 'portal.config.json'), 'utf8'));

describe('links in the built site', () => {
  it('are many, in pages, feeds and sitemaps', () => {
    const links = builtLinks(dist);
    expect(links.length).toBeGreaterThan(2000);
    for (const file of ['rss.xml', 'sitemap-0.xml', 'index.html']) expect(links.some((l) => l.from === file), file).toBe(true);
  });

  it('all lead to a file that was built, from pages, feeds and sitemaps alike', () => {
    expect(brokenLinks(dist, portal.site, '/')).toEqual([]);
  });

  it('lead to a part of a page that exists, when they name one', () => {
    const anchored = builtLinks(dist).filter((l) => l.from.endsWith('.html') && /#./.test(l.url));
    expect(anchored.length).toBeGreaterThan(50);
    expect(brokenAnchors(dist, '/')).toEqual([]);
  });

  it('the anchor check finds a part that is not there, on the same page or another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'anchors-'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'index.html'), '<h2 id="co">x</h2><a href="#co">1</a><a href="#khong">2</a><a href="/b/#nam-2019">3</a><a href="/b/#nam-2020">4</a>');
    writeFileSync(join(dir, 'b', 'index.html'), '<section id="nam-2019"></section>');
    expect(brokenAnchors(dir, '/')).toEqual(['index.html → #khong', 'index.html → /b/#nam-2020']);
  });
});

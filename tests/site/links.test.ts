import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { brokenLinks, builtLinks } from '../support/links';

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
});

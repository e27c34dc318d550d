import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { allFiles, page } from '../support/dist.ts';

const dist = inject('dist');

describe('the web editor in the built site', () => {
  it('is at /admin/, not indexed, with its config and Decap served from the site itself', () => {
    const admin = page(dist, '/admin/');
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    expect(admin.querySelector('link[rel="cms-config-url"]')?.getAttribute('href')).toBe('/admin/config.yml');
    // No script from another origin: the only scripts are the site's own.
    for (const script of admin.querySelectorAll('script[src]')) expect(script.getAttribute('src')).toMatch(/^\/(_astro|admin)\//);
    const files = allFiles(dist);
    expect(files).toContain('admin/decap-cms.js');
    expect(files.filter((f) => /^admin\/\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(10);
    const config = parse(readFileSync(join(dist, 'admin/config.yml'), 'utf8'));
    expect(config.locale).toBe('vi');
    expect(config.collections.map((c: { name: string }) => c.name)).toEqual([
      'news',
      'documents',
      'notices',
      'questions',
      'consultations',
      'albums',
      'settings',
    ]);
  });

  it('starts with scripts of its own under 8 KB: the config and the schemas stay on the build machine', () => {
    const ownScripts = page(dist, '/admin/')
      .querySelectorAll('script[src]')
      .map((script) => script.getAttribute('src')!)
      .filter((src) => src.startsWith('/_astro/'));
    expect(ownScripts.length).toBeGreaterThan(0);
    // With the chunks they import (`from"./urls.x.js"`), each counted once.
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, chunk] of readFileSync(join(dist, file), 'utf8').matchAll(/from\s*"\.\/([^"]+\.js)"/g)) visit(`_astro/${chunk}`);
    };
    for (const src of ownScripts) visit(src.slice(1));
    expect(seen.size).toBeGreaterThan(ownScripts.length);
    const bytes = [...seen].reduce((sum, file) => sum + readFileSync(join(dist, file)).length, 0);
    expect(bytes).toBeLessThan(8192);
  });

  it('is left out of the sitemap, and no other page loads its script', () => {
    expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    for (const file of allFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toContain('decap-cms');
    }
  });
});

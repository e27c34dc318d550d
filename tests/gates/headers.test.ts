import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { headersFor, inlineHashes, parseHeadersFile } from '../../src/lib/hosting/headers.ts';
import { allFiles } from '../support/dist.ts';

const dist = inject('dist');
const rules = () => parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
const policyFor = (path: string) =>
  headersFor(rules(), path)
    .filter(([name]) => name === 'Content-Security-Policy')
    .map(([, value]) => value);

// A publishing gate (SPEC 10): it holds for any portal's built site.
describe('dist/_headers', () => {
  it(
    'gives every page one policy that allows each of its inline scripts and styles by hash, and nothing inline else',
    () => {
      const problems: string[] = [];
      for (const file of allFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))) {
        const path = `/${file}`.replace(/index\.html$/, '');
        const policies = policyFor(path);
        if (policies.length !== 1) {
          problems.push(`${path}: ${policies.length} policies`);
          continue;
        }
        const directive = (name: string) => policies[0]!.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
        const { scripts, styles } = inlineHashes(readFileSync(join(dist, file), 'utf8'));
        for (const hash of scripts) if (!directive('script-src').includes(hash)) problems.push(`${path}: script ${hash}`);
        for (const hash of styles) if (!directive('style-src').includes(hash)) problems.push(`${path}: style ${hash}`);
        if (/'unsafe-inline'|'unsafe-eval'/.test(policies[0]!)) problems.push(`${path}: unsafe`);
        // A style attribute would need 'unsafe-inline': none may be written.
        if (/<[^>]+\sstyle="/.test(readFileSync(join(dist, file), 'utf8'))) problems.push(`${path}: style attribute`);
      }
      expect(problems).toEqual([]);
    },
    30 * 60_000,
  ); // every page: minutes for 10,000 articles; a guard against a hang

  it('gives the web editor its own policy and keeps it out of search engines', () => {
    const editor = headersFor(rules(), '/admin/');
    expect(editor.filter(([name]) => name === 'Content-Security-Policy')).toHaveLength(1);
    expect(Object.fromEntries(editor)['X-Robots-Tag']).toBe('noindex, nofollow');
  });

  it('is printed for nginx by npm run headers:nginx, with the same policy', () => {
    const root = dirname(dist);
    const nginx = execFileSync(process.execPath, [join(root, 'scripts', 'nginx-headers.ts'), dist], { cwd: root, encoding: 'utf8' });
    const block = nginx.slice(nginx.indexOf('location ^~ /tin-tuc/ {'), nginx.indexOf('}', nginx.indexOf('location ^~ /tin-tuc/ {')));
    expect(block).toContain(`add_header Content-Security-Policy "${policyFor('/tin-tuc/')[0]}" always;`);
    expect(block).toContain('add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;');
  });
});

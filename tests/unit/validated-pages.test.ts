import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidatedPages, validatorKey } from '../support/validated-pages.ts';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function dist() {
  const root = mkdtempSync(join(tmpdir(), 'validated-'));
  roots.push(root);
  mkdirSync(join(root, 'dist'));
  return join(root, 'dist');
}

describe('pages a validator passed before', () => {
  const key = validatorKey('html-validate 11.18.0', '{"extends":["html-validate:recommended"]}');

  it('are skipped next time only when byte for byte the same, for the same validator and settings', () => {
    const site = dist();
    const first = new ValidatedPages(site, 'html-validate', key);
    expect(first.passedBefore('index.html', '<p>a</p>')).toBe(false);
    first.pass('index.html', '<p>a</p>');
    first.pass('tin-tuc/index.html', '<p>b</p>');
    first.save(['index.html', 'tin-tuc/index.html']);
    expect(JSON.parse(readFileSync(join(site, '..', '.astro/gates/html-validate.json'), 'utf8')).passed).toHaveProperty(['index.html']);

    const next = new ValidatedPages(site, 'html-validate', key);
    expect(next.passedBefore('index.html', '<p>a</p>')).toBe(true);
    expect(next.passedBefore('index.html', '<p>a!</p>')).toBe(false);
    expect(new ValidatedPages(site, 'html-validate', validatorKey('html-validate 11.19.0', '{}')).passedBefore('index.html', '<p>a</p>')).toBe(false);
    expect(new ValidatedPages(site, 'vnu', key).passedBefore('index.html', '<p>a</p>')).toBe(false);
  });

  it('forget a page that failed or is gone, and keep what still stands', () => {
    const site = dist();
    const first = new ValidatedPages(site, 'vnu', key);
    first.pass('a.html', 'a');
    first.pass('b.html', 'b');
    first.save(['a.html', 'b.html']);
    // b.html changed and failed now (its entry matches only its old bytes); c.html is new and
    // passed; a.html was deleted.
    const second = new ValidatedPages(site, 'vnu', key);
    second.pass('c.html', 'c');
    second.save(['b.html', 'c.html']);
    const third = new ValidatedPages(site, 'vnu', key);
    expect(third.passedBefore('a.html', 'a')).toBe(false);
    expect(third.passedBefore('b.html', 'b')).toBe(true);
    expect(third.passedBefore('c.html', 'c')).toBe(true);
  });
});

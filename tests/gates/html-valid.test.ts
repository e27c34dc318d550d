import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { allFiles } from '../support/dist.ts';
import { PROJECT } from '../support/fixture-portal.ts';
import { hasJava, nuChecker } from '../support/nu-checker.ts';
import { ValidatedPages, validatorKey } from '../support/validated-pages.ts';

/** An npm package's version, part of what a validator's verdict depends on. */
const versionOf = (name: string) => JSON.parse(readFileSync(join(PROJECT, 'node_modules', name, 'package.json'), 'utf8')).version as string;

const dist = inject('dist');
// Every page is read at least once: a first build of 10,000 articles takes minutes. A guard
// against a hang, never a time target. Pages that passed before, byte for byte, are not read
// again by the validators (tests/support/validated-pages.ts): a rebuild after one edit takes seconds.
const EVERY_PAGE = 30 * 60_000;

// A publishing gate (SPEC 10): it holds for any portal's built site.
describe('built HTML', () => {
  it(
    'every page is valid HTML (html-validate, the standard rules and the recommended ones over them, see .htmlvalidate.json)',
    async () => {
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const pages = allFiles(dist).filter((f) => f.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(10);
      const validated = new ValidatedPages(
        dist,
        'html-validate',
        validatorKey(versionOf('html-validate'), readFileSync(join(PROJECT, '.htmlvalidate.json'), 'utf8')),
      );
      const problems: string[] = [];
      for (const file of pages) {
        const html = readFileSync(join(dist, file), 'utf8');
        if (validated.passedBefore(file, html)) continue;
        const report = await validator.validateString(html, join(dist, file));
        for (const result of report.results) {
          for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
        }
        if (report.valid) validated.pass(file, html);
      }
      validated.save(pages);
      expect(problems.slice(0, 20)).toEqual([]);
    },
    EVERY_PAGE,
  );

  it('names no list with aria-label, which screen readers pass over: a heading or text before it does', () => {
    const labelled = allFiles(dist)
      .filter((f) => f.endsWith('.html'))
      .filter((f) => /<(ul|ol)\b[^>]*\saria-label(ledby)?=/.test(readFileSync(join(dist, f), 'utf8')));
    expect(labelled).toEqual([]);
  });

  it('ends every page with </html>: nothing, a script least of all, comes after it', () => {
    // html-validate lets a trailing element pass; the W3C checker does not (a page-level <script>
    // placed outside the layout lands there).
    const trailing = allFiles(dist)
      .filter((f) => f.endsWith('.html'))
      .filter((f) => !readFileSync(join(dist, f), 'utf8').trimEnd().endsWith('</html>'));
    expect(trailing).toEqual([]);
  });

  it(
    'every page passes the W3C Nu HTML Checker (vnu-jar) with 0 errors',
    async () => {
      const java = await hasJava();
      if (!java && process.env.CI !== 'true') return; // .ci/run installs Java; a developer machine may lack it
      expect(java, 'java is needed for the W3C checker; .ci/run installs default-jre-headless').toBe(true);
      const pages = allFiles(dist).filter((f) => f.endsWith('.html'));
      const validated = new ValidatedPages(dist, 'vnu', validatorKey(versionOf('vnu-jar'), nuChecker.toString()));
      const changed = pages.filter((page) => !validated.passedBefore(page, readFileSync(join(dist, page))));
      // Everything changed (a first build): the whole folder in one run of the checker.
      const errors = await nuChecker(dist, changed.length === pages.length ? undefined : changed);
      expect(errors.pages).toBeGreaterThan(10);
      for (const page of changed) if (!errors.failed.has(page)) validated.pass(page, readFileSync(join(dist, page)));
      validated.save(pages);
      expect(errors.messages.slice(0, 20)).toEqual([]);
    },
    EVERY_PAGE,
  );

  it('the W3C check does catch what html-validate lets pass (a script after </html>)', async () => {
    if (!(await hasJava()) && process.env.CI !== 'true') return;
    const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="vi"><head><title>x</title></head><body><p>x</p></body></html><script>1</script>');
    const { messages } = await nuChecker(dir);
    expect(messages[0]).toMatch(/^index\.html:1: Stray start tag “script”/);
  }, 60_000);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { allFiles } from '../support/dist';

const dist = inject('dist');

describe('built HTML', () => {
  it('every page is valid HTML (html-validate, recommended rules, see .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const pages = allFiles(dist).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(join(dist, file));
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  }, 120_000);

  it('ends every page with </html>: nothing, a script least of all, comes after it', () => {
    // html-validate lets a trailing element pass; the W3C checker does not (a page-level <script>
    // placed outside the layout lands there).
    const trailing = allFiles(dist)
      .filter((f) => f.endsWith('.html'))
      .filter((f) => !readFileSync(join(dist, f), 'utf8').trimEnd().endsWith('</html>'));
    expect(trailing).toEqual([]);
  });
});


import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT, check, copyProject, removeCopies, runScript } from '../support/project-copy.ts';

/** The fenced code blocks of a Markdown file, with the attributes written after the language. */
function blocks(doc: string) {
  const text = readFileSync(join(PROJECT, doc), 'utf8');
  return [...text.matchAll(/^```(\S*)([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => {
    const info = m[2].trim().split(/\s+/).filter(Boolean);
    const attribute = (name: string) => info.find((part) => part.startsWith(`${name}=`))?.slice(name.length + 1);
    return {
      doc,
      language: m[1],
      body: m[3],
      file: attribute('file'),
      assets: attribute('assets')?.split(',') ?? [],
      mistake: info.includes('mistake'),
      output: info.includes('check-output'),
    };
  });
}

const DOCS = ['docs/content.md', 'docs/huong-dan-bien-tap.md'];
const all = DOCS.flatMap(blocks);
const examples = all.filter((b) => b.file && !b.mistake);
const mistakes = all.flatMap((b, i) => (b.file && b.mistake ? [{ mistake: b, output: all[i + 1] }] : []));

afterEach(removeCopies);

describe('the examples in docs/content.md and the editors’ guide', () => {
  it('are there: articles, documents and a year file, in both documents', () => {
    expect(examples.map((e) => `${e.doc}: ${e.file}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^docs\/content\.md: src\/content\/news\//),
        expect.stringMatching(/^docs\/content\.md: src\/content\/documents\//),
        expect.stringMatching(/^docs\/huong-dan-bien-tap\.md: data\/par-index\//),
      ]),
    );
    expect(mistakes.length).toBeGreaterThanOrEqual(4);
  });

  it('pass npm run check as written, all together', () => {
    const files: Record<string, string> = {};
    for (const example of examples) {
      files[example.file!] = example.body;
      // The file a document example attaches is one the editor has copied in first.
      for (const asset of example.assets) files[asset] = '%PDF-1.4 ví dụ\n';
    }
    const { status, output } = check(copyProject(files));
    expect(status, output).toBe(0);
  });

  it.each(mistakes.map(({ mistake, output }) => [mistake.file!, mistake, output]))(
    'show what npm run check really prints for the mistake in %s',
    (_, mistake, shown) => {
      expect(shown.output, `${mistake.file}: a mistake example is followed by its check output`).toBe(true);
      const { status, lines } = check(copyProject({ [mistake.file!]: mistake.body }));
      expect(status).toBe(1);
      const expected = shown.body.trim().split('\n');
      for (const line of expected) expect(lines).toContain(line);
      // Every error of that file is shown, not a selection.
      const errors = lines.filter((line) => line.startsWith(`${mistake.file}:`));
      expect(errors).toEqual(expected);
    },
  );

  it('include npm run new commands that make files which pass the check', () => {
    const commands = all
      .filter((b) => b.language === 'sh')
      .flatMap((b) => b.body.split('\n'))
      .filter((line) => line.startsWith('npm run new -- '));
    expect(commands.map((c) => c.split(' ')[4])).toEqual(expect.arrayContaining(['news', 'document', 'year', 'notice', 'question', 'consultation', 'album']));
    const root = copyProject();
    for (const command of commands) {
      const args = [...command.slice('npm run new -- '.length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
      const result = runScript(root, 'new.ts', args);
      expect(result.status, `${command}\n${result.output}`).toBe(0);
    }
    // The year file waits for its scores; everything else passes as created.
    const { lines } = check(root);
    // Errors come first; the notes after "Lưu ý" (drafts, an album waiting for its pictures) are not errors.
    const notes = lines.findIndex((line) => line.startsWith('Lưu ý'));
    const errors = lines.slice(0, notes === -1 ? undefined : notes).filter((line) => /^[\w./-]+:\d+: /.test(line));
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.every((line) => line.startsWith('data/par-index/2026.json:') && line.includes('.score: ')),
      errors.join('\n'),
    ).toBe(true);
  });
});

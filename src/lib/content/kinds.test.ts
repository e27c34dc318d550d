import { describe, expect, it } from 'vitest';
import { editorConfig } from '../admin/config.ts';
import type { Problem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { urls } from '../urls.ts';
import { CONTENT_KINDS, DOCUMENTS, NEWS } from './kinds.ts';
import { checkBodyLinks } from './links.ts';

describe('the content kinds', () => {
  it('each have their own folder and address', () => {
    expect(new Set(CONTENT_KINDS.map((k) => k.folder)).size).toBe(CONTENT_KINDS.length);
    expect(new Set(CONTENT_KINDS.map((k) => k.route)).size).toBe(CONTENT_KINDS.length);
  });

  it('give the pages their addresses', () => {
    expect(urls.article('x')).toBe(`/${NEWS.route}/x/`);
    expect(urls.document('y')).toBe(`/${DOCUMENTS.route}/y/`);
    expect(urls.newsYear(2020).startsWith(`/${NEWS.route}/${NEWS.lists[0]}/`)).toBe(true);
  });

  it('give the web editor its collections: folder, name and labels', () => {
    const config = editorConfig({ editor: { backend: 'github', repo: 'so-noi-vu/cchc', branch: 'main' }, site: 'https://x.gov.vn', base: '/', categories: [] });
    for (const kind of CONTENT_KINDS) {
      expect(config.collections).toContainEqual(expect.objectContaining({ name: kind.id, folder: kind.folder, label: kind.label, label_singular: kind.noun }));
    }
  });

  it('give the link check its sections: a link to an item that does not exist is found in each, with the kind’s folder', () => {
    const problems: Problem[] = [];
    // A kind's list pages (`/van-ban/loai/`) are its own, not items.
    const body = CONTENT_KINDS.map((k) => `[x](/${k.route}/khong-co/)${k.lists.map((list) => ` [list](/${k.route}/${list}/)`).join('')}`).join('\n\n');
    const file = readMarkdownFile(`${NEWS.folder}/a.md`, `---\ntitle: "A"\n---\n\n${body}\n`, problems);
    const found = checkBodyLinks([file], {
      ...Object.fromEntries(CONTENT_KINDS.map((k) => [k.id, new Set()])),
      news: new Set(),
      documents: new Set(),
      categories: new Set(),
    });
    expect(found.map((p) => p.message)).toEqual(
      CONTENT_KINDS.map((k) => expect.stringContaining(`không có ${k.noun} nào tên "khong-co" (trong ${k.folder}/)`)),
    );
  });
});

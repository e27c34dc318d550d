import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetRepublished, readState, snapshotInputs, STATE_FILE, writeState } from './state.ts';

function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'republish-state-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('snapshotInputs', () => {
  const files = {
    'src/content/news/bai-mot.mdx': '---\ntitle: Một\n---\n\nNội dung.',
    'src/content/thong-bao/thong-bao.md': '---\ntitle: Hai\n---\n\nNội dung.',
    'src/content/news/images/anh.jpg': 'jpeg',
    'src/content/categories.json': '[]',
    'src/pages/index.astro': '<p>Trang chủ</p>',
    'portal.config.json': '{}',
    'data/par-index/2023.json': '{}',
    'docs/ghi-chu.md': 'Không phải nội dung của trang.',
  };

  it('lists the editors’ Markdown files by stamp and digests every other input', () => {
    const root = project(files);
    const snapshot = snapshotInputs(root);
    expect(Object.keys(snapshot.files).sort()).toEqual(['src/content/news/bai-mot.mdx', 'src/content/thong-bao/thong-bao.md']);
    expect(snapshot.files['src/content/news/bai-mot.mdx'][0]).toBe(Buffer.byteLength(files['src/content/news/bai-mot.mdx']));
  });

  it('changes its digest when code, data, a picture or a setting changes, not when an article or a file outside the inputs does', () => {
    const root = project(files);
    const first = snapshotInputs(root);
    const digestAfter = (path: string, text: string) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
      return snapshotInputs(root).inputs;
    };
    expect(digestAfter('src/content/news/bai-mot.mdx', '---\ntitle: Một\n---\n\nNội dung đã sửa.')).toBe(first.inputs);
    expect(digestAfter('docs/ghi-chu.md', 'Ghi chú khác.')).toBe(first.inputs);
    const changes = [
      digestAfter('src/pages/index.astro', '<p>Trang chủ mới</p>'),
      digestAfter('data/par-index/2023.json', '{"year":2023}'),
      digestAfter('src/content/news/images/anh.jpg', 'jpeg khác'),
      digestAfter('portal.config.json', '{"name":"Cổng"}'),
      digestAfter('public/logo.svg', '<svg/>'),
    ];
    expect(new Set([first.inputs, ...changes]).size).toBe(changes.length + 1);
  });
});

describe('forgetRepublished', () => {
  it('deletes the republished pages, in dist/ and in Astro’s copies, and the state, so that Astro renders them again', () => {
    const page = 'tin-tuc/bai-mot/index.html';
    const other = 'tin-tuc/bai-hai/index.html';
    const root = project({ [`dist/${page}`]: 'a', [`.astro/cache/dist/${page}`]: 'a', [`dist/${other}`]: 'b', [`.astro/cache/dist/${other}`]: 'b' });
    writeState(root, { inputs: 'x', files: {}, model: 'm', history: 'h', day: '2026-12-07', republished: {}, pages: [page] });
    expect(readState(root)?.pages).toEqual([page]);
    forgetRepublished(root);
    expect(existsSync(join(root, 'dist', page))).toBe(false);
    expect(existsSync(join(root, '.astro/cache/dist', page))).toBe(false);
    expect(readFileSync(join(root, 'dist', other), 'utf8')).toBe('b');
    expect(existsSync(join(root, '.astro/cache/dist', other))).toBe(true);
    expect(existsSync(join(root, STATE_FILE))).toBe(false);
    expect(readState(root)).toBeUndefined();
  });

  it('reads a state of another version as none', () => {
    const root = project({ [STATE_FILE]: JSON.stringify({ version: 0, pages: ['x/index.html'] }) });
    expect(readState(root)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { changeKind, isContentPath } from './change-kind.ts';

describe('what a push changed', () => {
  it('is content when every path is config, content, data or a public file', () => {
    expect(
      changeKind([
        'src/content/news/bai-moi.mdx',
        'src/content/news/images/anh.jpg',
        'data/par-index/2026.json',
        'public/files/van-ban/kh.pdf',
        'portal.config.json',
      ]),
    ).toBe('content');
    expect(changeKind([])).toBe('content');
  });

  it('is code as soon as one path is anything else, or when the diff is unknown', () => {
    expect(changeKind(['src/content/news/bai-moi.mdx', 'src/components/layout/Footer.astro'])).toBe('code');
    for (const path of [
      'package.json',
      'package-lock.json',
      '.github/workflows/publish.yml',
      '.gitlab-ci.yml',
      'scripts/build.ts',
      'src/content.config.ts',
      'tests/fixtures/portal/data/units.json',
      'astro.config.mjs',
      'portal.config.json.bak',
      'database/x.json',
    ]) {
      expect(isContentPath(path), path).toBe(false);
      expect(changeKind([path]), path).toBe('code');
    }
    expect(changeKind(undefined)).toBe('code');
  });
});

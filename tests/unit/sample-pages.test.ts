import { describe, expect, it } from 'vitest';
import { samplePages } from '../support/sample-pages.ts';

describe('the pages the reader gate visits', () => {
  it('are the first two of each kind, by the first folder of their address and their depth', () => {
    const files = [
      'index.html',
      '404.html',
      'admin/index.html',
      'tin-tuc/index.html',
      'tin-tuc/a/index.html',
      'tin-tuc/b/index.html',
      'tin-tuc/c/index.html',
      'tin-tuc/nam/2019/index.html',
      'chi-so-cchc/2019/index.html',
      'rss.xml',
    ];
    expect(samplePages(files).sort()).toEqual(['/', '/404.html', '/chi-so-cchc/2019/', '/tin-tuc/', '/tin-tuc/a/', '/tin-tuc/b/', '/tin-tuc/nam/2019/']);
  });
});

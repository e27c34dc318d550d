import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from './base-links.ts';

const ARTICLE = [
  'Xem [Kế hoạch số 2993/KH-UBND](/van-ban/ke-hoach-2993-kh-ubnd-2019/), [Cổng Dịch vụ công](https://dichvucong.gov.vn/),',
  '[mục 2](#muc-2) và [thư](mailto:cchc@laichau.gov.vn).',
  '',
  '![Sơ đồ](/files/so-do.png)',
].join('\n');

const html = async (base: string) => (await markdownToHtml(ARTICLE, { hastPlugins: baseLinks(base) })).html;

describe('baseLinks', () => {
  it('serves links and pictures written from the root under the sub-path', async () => {
    const out = await html('/cchc/');
    expect(out).toContain('href="/cchc/van-ban/ke-hoach-2993-kh-ubnd-2019/"');
    expect(out).toContain('src="/cchc/files/so-do.png"');
  });

  it('leaves other sites, anchors and e-mail alone', async () => {
    const out = await html('/cchc/');
    for (const kept of ['href="https://dichvucong.gov.vn/"', 'href="#muc-2"', 'href="mailto:cchc@laichau.gov.vn"']) expect(out).toContain(kept);
  });

  it('is not in the pipeline at the root, where links stay as written', async () => {
    expect(baseLinks('/')).toEqual([]);
    expect(await html('/')).toContain('href="/van-ban/ke-hoach-2993-kh-ubnd-2019/"');
  });
});

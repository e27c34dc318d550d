import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, prepareSite } from '../support/site-build';

/** Every file of a built site, by path. */
function snapshot(dist: string) {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dist.length + 1), readFileSync(join(e.parentPath, e.name))]));
}

const EDITED = 'src/content/news/cong-bo-chi-so-cchc-nam-2014-phan-lon-so-nganh-va-huyen-dat-loai-kha.mdx';
const EDITED_PAGE = 'tin-tuc/cong-bo-chi-so-cchc-nam-2014-phan-lon-so-nganh-va-huyen-dat-loai-kha/index.html';

describe('a rebuild with the previous build’s caches (.astro/)', () => {
  it('after an editor changes one article, writes the same site as a cold build, byte for byte', async () => {
    const root = await prepareSite('warm-rebuild');
    const cold = await buildSite(root);
    expect(cold.code, cold.output).toBe(0);

    // The title shows in other pages' lists ("Tin liên quan", "Tin mới nhất", the home page).
    const path = join(root, EDITED);
    const text = readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: "Công bố Chỉ số CCHC năm 2014: đa số sở, ngành và huyện đạt loại khá"');
    writeFileSync(path, `${text}\nĐoạn bổ sung sau khi biên tập viên sửa bài.\n`);
    const warm = await buildSite(root);
    expect(warm.code, warm.output).toBe(0);
    const warmSite = snapshot(join(root, 'dist'));
    expect(warmSite.get(EDITED_PAGE)!.toString()).toContain('Đoạn bổ sung sau khi biên tập viên sửa bài.');

    rmSync(join(root, '.astro'), { recursive: true, force: true });
    rmSync(join(root, 'dist'), { recursive: true, force: true });
    const again = await buildSite(root);
    expect(again.code, again.output).toBe(0);
    const coldSite = snapshot(join(root, 'dist'));

    expect([...warmSite.keys()].sort()).toEqual([...coldSite.keys()].sort());
    const differing = [...coldSite].filter(([file, bytes]) => !bytes.equals(warmSite.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
  }, 240_000);
});

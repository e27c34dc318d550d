import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PORTAL } from '../support/fixture-portal.ts';
import { buildSite, prepareSite } from '../support/site-build.ts';

/** Every file of a built site, by path. */
function snapshot(dist: string) {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dist.length + 1), readFileSync(join(e.parentPath, e.name))]));
}

/** Builds the site at `root` again from nothing, and expects exactly `site`'s files, byte for byte. */
async function expectColdBuildOf(root: string, site: Map<string, Buffer>) {
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  const cold = await buildSite(root);
  expect(cold.code, cold.output).toBe(0);
  const coldSite = snapshot(join(root, 'dist'));
  expect([...site.keys()].sort()).toEqual([...coldSite.keys()].sort());
  expect([...coldSite].filter(([file, bytes]) => !bytes.equals(site.get(file)!)).map(([file]) => file)).toEqual([]);
}

const EDITED = 'src/content/news/cong-bo-chi-so-cchc-nam-2014-phan-lon-so-nganh-va-huyen-dat-loai-kha.mdx';
const EDITED_PAGE = 'tin-tuc/cong-bo-chi-so-cchc-nam-2014-phan-lon-so-nganh-va-huyen-dat-loai-kha/index.html';
// No other file refers to it, so it can go without a check error.
const DELETED = 'src/content/news/dai-loc-quang-nam-xep-loai-chi-so-cchc-cap-xa-nam-2015.mdx';
const DELETED_PAGE = 'tin-tuc/dai-loc-quang-nam-xep-loai-chi-so-cchc-cap-xa-nam-2015/index.html';

// Another article, with no picture or component in its text.
const SECOND = 'src/content/news/trung-tam-phuc-vu-hanh-chinh-cong-tinh-99-3-ho-so-dung-han.mdx';
const SECOND_PAGE = 'tin-tuc/trung-tam-phuc-vu-hanh-chinh-cong-tinh-99-3-ho-so-dung-han/index.html';
const DRAFT = 'src/content/news/tong-hop-ket-qua-khao-sat-su-hai-long-nam-2026-du-thao.mdx';
const DOCUMENT = 'src/content/documents/bao-cao-125-bc-snv-2023.mdx';
const DOCUMENT_PAGE = 'van-ban/bao-cao-125-bc-snv-2023/index.html';

// The fixture article that quotes data/ through the components of SPEC 12.
const EMBEDS = 'src/content/news/ket-qua-chi-so-cchc-nam-2023-tinh-tu-du-lieu.mdx';
const EMBEDS_PAGE = 'tin-tuc/ket-qua-chi-so-cchc-nam-2023-tinh-tu-du-lieu/index.html';

describe('a rebuild with the previous build’s caches (.astro/)', () => {
  it('after an editor changes one article and deletes another, re-renders only the pages showing them and writes the same site as a cold build, byte for byte', async () => {
    // Older years in search indexes of their own, so that the unchanged ones can be reused.
    const config = JSON.parse(readFileSync(join(FIXTURE_PORTAL, 'portal.config.json'), 'utf8'));
    const root = await prepareSite('warm-rebuild', { 'portal.config.json': JSON.stringify({ ...config, searchRecentArticles: 5 }) });
    // Both with Astro's page-by-page progress, which says which pages were reused: the log
    // level is part of what Astro hashes, and a change of it alone re-renders every page. An
    // environment that differs from one build to the next, as a shell's or a CI job's does,
    // must not (a one-letter name is in any module's text: src/lib/urls.ts says why it matters).
    const cold = await buildSite(root, { BUILD_LOG_LEVEL: 'info', N: 'lần dựng đầu' });
    expect(cold.code, cold.output).toBe(0);

    // The title shows in other pages' lists ("Tin liên quan", "Tin mới nhất", the home page).
    const path = join(root, EDITED);
    const text = readFileSync(path, 'utf8').replace(/^title: .*$/m, 'title: "Công bố Chỉ số CCHC năm 2014: đa số sở, ngành và huyện đạt loại khá"');
    writeFileSync(path, `${text}\nĐoạn bổ sung sau khi biên tập viên sửa bài.\n`);
    const before = snapshot(join(root, 'dist'));
    const warm = await buildSite(root, { BUILD_LOG_LEVEL: 'info', N: 'lần dựng lại' });
    expect(warm.code, warm.output).toBe(0);
    const warmSite = snapshot(join(root, 'dist'));
    expect(warmSite.get(EDITED_PAGE)!.toString()).toContain('Đoạn bổ sung sau khi biên tập viên sửa bài.');

    // Incremental: the pages that show the edited article (its own, "Tin liên quan", the lists
    // it is on, the document it cites) are rendered again; every other keyed page is reused.
    const reused = new Set([...warm.output.matchAll(/─ \/(\S+index\.html) \((?:cached|restored)\)/g)].map((m) => m[1]));
    const keyed = [...before.keys()].filter(
      (file) => /^(tin-tuc|van-ban|chuyen-muc)\/.*index\.html$/.test(file) && !/^van-ban\/(\d+|loai|nam)\//.test(file) && file !== 'van-ban/index.html',
    );
    const showing = keyed.filter((file) => file === EDITED_PAGE || before.get(file)!.toString().includes(EDITED_PAGE.replace('index.html', '')));
    expect(showing.length).toBeGreaterThan(4);
    expect(showing.filter((file) => reused.has(file))).toEqual([]);
    expect(keyed.filter((file) => !showing.includes(file) && !reused.has(file))).toEqual([]);
    expect(reused.size).toBeGreaterThan(20);
    // Only the search indexes holding a changed page are made again.
    const [, indexes, remade] = warm.output.match(/trong (\d+) chỉ mục, (\d+) chỉ mục lập mới/)!.map(Number);
    expect(indexes).toBeGreaterThan(5);
    expect(remade).toBeGreaterThan(0);
    expect(remade).toBeLessThan(indexes);

    // dist/ is kept between builds: a deleted article's page must not stay online.
    expect(warmSite.has(DELETED_PAGE)).toBe(true);
    rmSync(join(root, DELETED));
    // The articles' HTML, kept beside the content store, lost while the store is not: the pages
    // rendered again (those that listed the deleted article) still have their bodies.
    rmSync(join(root, '.astro/cache/rendered'), { recursive: true });
    const afterDelete = await buildSite(root, { BUILD_LOG_LEVEL: 'info' });
    expect(afterDelete.code, afterDelete.output).toBe(0);
    const finalSite = snapshot(join(root, 'dist'));
    expect(finalSite.has(DELETED_PAGE)).toBe(false);
    // Nor an empty folder where it was (a host would list it, or answer 403).
    expect(existsSync(join(root, 'dist', DELETED_PAGE.replace('/index.html', '')))).toBe(false);

    await expectColdBuildOf(root, finalSite);
  }, 240_000);

  it('after an editor changes only the text of articles, writes their pages again without Astro, byte for byte as Astro writes them', async () => {
    // Under a sub-path, so that the links in the new text get it as Astro gives it (base-links.ts).
    const config = JSON.parse(readFileSync(join(FIXTURE_PORTAL, 'portal.config.json'), 'utf8'));
    const root = await prepareSite('warm-rebuild-text', { 'portal.config.json': JSON.stringify({ ...config, base: '/cchc/', searchRecentArticles: 5 }) });
    const cold = await buildSite(root);
    expect(cold.code, cold.output).toBe(0);
    const page = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');
    const original = { edited: page(EDITED_PAGE), second: page(SECOND_PAGE) };
    const originalText = readFileSync(join(root, EDITED), 'utf8');

    // One paragraph rewritten; in the other, Markdown of every sort an editor writes.
    writeFileSync(join(root, EDITED), originalText.replace(/\n\n([^\n]+)\n/, '\n\nĐoạn mở đầu đã được biên tập viên viết lại.\n'));
    const added = [
      '## Các bước tiếp theo',
      '1. Rà soát **kết quả** từng tiêu chí;\n2. Gửi [văn bản hướng dẫn](/van-ban/) cho các đơn vị.',
      '| Đơn vị | Điểm |\n| :--- | ---: |\n| Sở Nội vụ | 91,5 |',
      '```\nBảng điểm tạm tính\n```',
      '> Ý kiến của lãnh đạo sở: "cần làm ngay".',
    ].join('\n\n');
    writeFileSync(join(root, SECOND), `${readFileSync(join(root, SECOND), 'utf8')}\n${added}\n`);
    // A draft's text shows on no page; a document's on its own.
    writeFileSync(join(root, DRAFT), `${readFileSync(join(root, DRAFT), 'utf8')}\nGhi chú thêm của biên tập viên.\n`);
    writeFileSync(join(root, DOCUMENT), `${readFileSync(join(root, DOCUMENT), 'utf8')}\nVăn bản được đính chính ngày 20/12/2023.\n`);
    const before = snapshot(join(root, 'dist'));
    const fast = await buildSite(root);
    expect(fast.code, fast.output).toBe(0);
    expect(fast.output).toMatch(/Đăng lại nhanh: 4 tệp chỉ đổi nội dung, 3 trang viết lại/);
    expect(fast.output).not.toContain('Dựng trang:');
    const [, indexes, remade] = fast.output.match(/trong (\d+) chỉ mục, (\d+) chỉ mục lập mới/)!.map(Number);
    expect(remade).toBeGreaterThan(0);
    expect(remade).toBeLessThan(indexes);
    expect(page(EDITED_PAGE)).toContain('Đoạn mở đầu đã được biên tập viên viết lại.');
    expect(page(SECOND_PAGE)).toContain('href="/cchc/van-ban/"');
    expect(page(DOCUMENT_PAGE)).toContain('Văn bản được đính chính ngày 20/12/2023.');
    const fastSite = snapshot(join(root, 'dist'));
    // Nothing else in dist/ was written but the two pages, the search indexes and _headers (which
    // names the main index's files; the cold build at the end compares it too).
    const rewritten = [...fastSite]
      .filter(([file, bytes]) => !file.startsWith('pagefind/') && file !== '_headers' && !before.get(file)?.equals(bytes))
      .map(([file]) => file);
    expect(rewritten.sort()).toEqual([EDITED_PAGE, SECOND_PAGE, DOCUMENT_PAGE].sort());

    // Astro renders both again: the one edited back to its first text included, whose key is the
    // one Astro kept from the first build, and whose page in dist/ has the republished text.
    writeFileSync(join(root, EDITED), originalText);
    const full = await buildSite(root, {}, ['--full']);
    expect(full.code, full.output).toBe(0);
    expect(full.output).toContain('Dựng trang:');
    expect(page(EDITED_PAGE)).toBe(original.edited);
    expect(page(SECOND_PAGE)).toBe(fastSite.get(SECOND_PAGE)!.toString());
    expect(page(SECOND_PAGE)).not.toBe(original.second);
    expect(page(DOCUMENT_PAGE)).toBe(fastSite.get(DOCUMENT_PAGE)!.toString());

    // Republished twice in a row, then the whole site against a cold build of the same files.
    writeFileSync(join(root, SECOND), `${readFileSync(join(root, SECOND), 'utf8')}\nĐoạn cuối cùng.\n`);
    expect((await buildSite(root)).output).toMatch(/Đăng lại nhanh: 1 tệp/);
    writeFileSync(join(root, EDITED), `${originalText}\nMột đoạn nữa, có [liên kết](/tin-tuc/).\n`);
    expect((await buildSite(root)).output).toMatch(/Đăng lại nhanh: 1 tệp/);
    await expectColdBuildOf(root, snapshot(join(root, 'dist')));
  }, 300_000);

  it('builds with Astro when a changed text cannot be republished alone: it quotes data/ through a component, or dist/ lost a page', async () => {
    const root = await prepareSite('warm-rebuild-embeds');
    expect((await buildSite(root)).code).toBe(0);
    const file = join(root, EMBEDS);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nMột đoạn thêm.\n`);
    const warm = await buildSite(root, { BUILD_LOG_LEVEL: 'info' });
    expect(warm.code, warm.output).toBe(0);
    expect(warm.output).toContain(`Not republished without Astro: ${EMBEDS} uses components`);
    expect(readFileSync(join(root, 'dist', EMBEDS_PAGE), 'utf8')).toContain('Một đoạn thêm.');

    // A page deleted from dist/ by hand: Astro writes it again, with the edited one.
    const page = readFileSync(join(root, 'dist', SECOND_PAGE));
    rmSync(join(root, 'dist', SECOND_PAGE));
    writeFileSync(join(root, EDITED), `${readFileSync(join(root, EDITED), 'utf8')}\nMột đoạn nữa.\n`);
    const after = await buildSite(root, { BUILD_LOG_LEVEL: 'info' });
    expect(after.code, after.output).toBe(0);
    expect(after.output).toContain(`Not republished without Astro: dist/${SECOND_PAGE} changed since the last build`);
    expect(readFileSync(join(root, 'dist', SECOND_PAGE)).equals(page)).toBe(true);
    expect(readFileSync(join(root, 'dist', EDITED_PAGE), 'utf8')).toContain('Một đoạn nữa.');
  }, 180_000);

  it('after a category’s name, a menu label or the portal’s name changes, renders every page again with the new header', async () => {
    const root = await prepareSite('warm-rebuild-layout');
    const cold = await buildSite(root);
    expect(cold.code, cold.output).toBe(0);
    /** Each page's header (the English page's has the English name and no Vietnamese menu). */
    const headers = () =>
      [...snapshot(join(root, 'dist'))]
        .filter(([file]) => file.endsWith('.html') && !file.startsWith('admin/') && !file.startsWith('en/'))
        .map(([file, bytes]) => [file, bytes.toString().match(/<header class="site-header"[\s\S]*?<\/header>/)?.[0] ?? ''] as const)
        .filter(([, header]) => header !== '');
    const pagesShowing = (shown: string[], gone: string[]) => {
      const all = headers();
      expect(all.length).toBeGreaterThan(50);
      return all.filter(([, header]) => shown.every((text) => header.includes(text)) && gone.every((text) => !header.includes(text))).length / all.length;
    };

    // A category's name is content, not code: only the pages' keys can tell Astro it changed.
    const categoriesPath = join(root, 'src/content/categories.json');
    const categories = JSON.parse(readFileSync(categoriesPath, 'utf8'));
    const oldCategory = categories[0].name;
    categories[0].name = `${oldCategory} mới`;
    writeFileSync(categoriesPath, JSON.stringify(categories, null, 2));
    const warm = await buildSite(root);
    expect(warm.code, warm.output).toBe(0);
    expect(pagesShowing([`>${categories[0].name}<`], [`>${oldCategory}<`])).toBe(1);

    // The menu and the portal's name are in the config.
    const configPath = join(root, 'portal.config.json');
    const config = JSON.parse(readFileSync(configPath, 'utf8'));
    const menuItem = config.menu.find((item: { categories?: boolean }) => !item.categories);
    const [oldMenu, oldName] = [menuItem.label, config.name];
    menuItem.label = `${oldMenu} mới`;
    config.name = `${oldName} (tên mới)`;
    writeFileSync(configPath, JSON.stringify(config, null, 2));
    const again = await buildSite(root);
    expect(again.code, again.output).toBe(0);
    expect(pagesShowing([`>${menuItem.label}<`, config.name], [`>${oldMenu}<`, `>${oldName}<`])).toBe(1);

    // A score is data, not the article's file: the article quoting it through <ChiSo> (SPEC 12)
    // must be rendered again, by its key, and show the new figure.
    const article = join(root, 'dist', EMBEDS_PAGE);
    const figure = () => readFileSync(article, 'utf8').match(/Sở Tư pháp đạt <span class="embed-figure">([^<]*)<\/span>/)?.[1];
    expect(figure()).toMatch(/^\d+,\d\d% \(hạng \d+\/\d+/);
    const yearPath = join(root, 'data/par-index/2023.json');
    const yearFile = JSON.parse(readFileSync(yearPath, 'utf8'));
    const row = yearFile.results.find((r: { unit: string }) => r.unit === 'so-tu-phap');
    row.score = 99.99;
    delete row.components;
    writeFileSync(yearPath, JSON.stringify(yearFile, null, 2));
    const afterScore = await buildSite(root);
    expect(afterScore.code, afterScore.output).toBe(0);
    expect(figure()).toMatch(/^99,99% \(hạng 1\//);
  }, 300_000);
});

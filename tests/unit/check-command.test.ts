import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT, check, copyProject, edit, removeCopies } from '../support/project-copy.ts';

afterEach(removeCopies);

describe('npm run check', () => {
  it('passes the fixture portal, listing its drafts as warnings', () => {
    const { status, output } = check(copyProject());
    expect(status, output).toBe(0);
    expect(output).toMatch(
      /^Lưu ý \(không phải lỗi, 2\):\nsrc\/content\/news\/tong-hop-ket-qua-khao-sat-su-hai-long-nam-2026-du-thao\.mdx:\d+: draft: bản nháp.*\nsrc\/content\/thu-vien\/album-nhap\.mdx:\d+: draft: bản nháp/m,
    );
    expect(output).toMatch(
      /Kiểm tra nội dung \(5 chuyên mục, 22 bài viết, 10 văn bản, 2 thông báo, 3 câu hỏi, 3 dự thảo, 2 album, 7 năm kết quả; [\d,]+ giây\): không có lỗi\./,
    );
  });

  it('lists every problem across config, categories, articles, documents and data in one run', () => {
    const root = copyProject({
      'src/content/news/bai-loi.mdx': '---\ntitle: PAR INDEX 2022: Lai Châu tăng hạng\ndate: 2022-05-01\ncategory: ket-qua-cchc\n---\nNội dung.\n',
      'src/content/news/bai-thieu-anh.md':
        '---\ntitle: "Bài thiếu ảnh"\ndate: 2022-05-01\ncategory: ket-qua-cchc\nimage: ./images/khong-co.jpg\nimageAlt: "Ảnh"\nsumary: "x"\n---\nNội dung.\n',
      'src/content/documents/van-ban-loi.md': '---\ntitle: "Văn bản"\nnumber: "2993/KH-UBND"\ntype: nghi-dinh\nissuer: "UBND tỉnh"\nissued: 2019-12-23\n---\n',
    });
    edit(root, 'portal.config.json', (text) => text.replace('"cchc@laichau.gov.vn"', '"cchc-laichau.gov.vn"'));
    edit(root, 'src/content/categories.json', (text) => text.replace(/\]\s*$/, ',]'));
    edit(root, 'data/par-index/2019.json', (text) => text.replace('"score": 85.1,', '"score": 105,'));
    edit(root, 'data/units.json', (text) => text.replace('"level": "so"', '"level": "sở"'));
    const { status, lines, output } = check(root);
    expect(status).toBe(1);
    const expected = [
      /^portal\.config\.json:\d+: email: phải là một địa chỉ thư điện tử đầy đủ, ví dụ cchc@laichau\.gov\.vn\.$/,
      /^src\/content\/categories\.json:\d+: \(tệp\): lỗi cú pháp JSON ở cột \d+: thừa dấu phẩy trước dấu \]/,
      /^src\/content\/news\/bai-loi\.mdx:2: title: giá trị có dấu hai chấm \(:\) mà không đặt trong ngoặc kép/,
      /^src\/content\/news\/bai-thieu-anh\.md:5: image: không tìm thấy ảnh src\/content\/news\/images\/khong-co\.jpg/,
      /^src\/content\/news\/bai-thieu-anh\.md:7: sumary: không có trường này \(có thể gõ sai tên\)\. Có phải bạn định viết "summary"\?/,
      /^src\/content\/documents\/van-ban-loi\.md:3: number: "2993\/KH-UBND" đã là số ký hiệu của src\/content\/documents\/ke-hoach-2993-kh-ubnd-2019\.mdx/,
      /^src\/content\/documents\/van-ban-loi\.md:4: type: "nghi-dinh" không phải giá trị được phép/,
      /^data\/par-index\/2019\.json:69: kết quả thứ 3 \([a-z-]+\)\.score: 105 lớn hơn điểm tối đa 100\.$/,
      /^data\/units\.json:\d+: đơn vị thứ 1 \([a-z-]+\)\.level: "sở" không phải giá trị được phép\. Chọn một trong: so, huyen, xa\./,
    ];
    for (const pattern of expected)
      expect(
        lines.some((line) => pattern.test(line)),
        `${pattern}\n${output}`,
      ).toBe(true);
    // Nothing else: the broken categories file does not make every article's category "unknown",
    // the unit with a mistake is not "unknown" in the year files.
    expect(output).toMatch(new RegExp(`^Có ${expected.length} lỗi trong 7 tệp\\.`, 'm'));
  });

  it('checks the categories: each entry named, a duplicate id, a misspelled field', () => {
    const root = copyProject({
      'src/content/categories.json': JSON.stringify(
        [
          { id: 'tin-tuc-su-kien', name: 'Tin tức sự kiện' },
          { id: 'chi-dao-dieu-hanh', nmae: 'Chỉ đạo, điều hành' },
          { id: 'ket-qua-cchc', name: 'Kết quả CCHC' },
          { id: 'thu-tuc-hanh-chinh', name: 'Thủ tục hành chính' },
          { id: 'chuyen-doi-so', name: 'Chuyển đổi số' },
          { id: 'chuyen-doi-so', name: 'Chuyển đổi số (2)' },
        ],
        null,
        2,
      ),
    });
    const { status, lines } = check(root);
    expect(status).toBe(1);
    expect(lines.filter((line) => line.startsWith('src/content/categories.json:'))).toEqual([
      'src/content/categories.json:8: chuyên mục thứ 2 (chi-dao-dieu-hanh).nmae: không có trường này (có thể gõ sai tên). Có phải bạn định viết "name"? Các trường được dùng: id, name, description, order.',
      'src/content/categories.json:23: chuyên mục thứ 6 (chuyen-doi-so).id: mã "chuyen-doi-so" bị trùng: mỗi chuyên mục một mã.',
    ]);
  });

  it('warns of a scheduled article with the time it goes live', () => {
    const root = copyProject({
      'src/content/news/hen-gio.mdx': '---\ntitle: "Tin hẹn giờ"\ndate: 2099-01-02T08:00:00\ncategory: ket-qua-cchc\n---\nSẽ đăng sau.\n',
    });
    const { status, lines } = check(root);
    expect(status).toBe(0);
    expect(lines).toContain('src/content/news/hen-gio.mdx:3: date: hẹn giờ: bài sẽ lên trang ở lần dựng trang đầu tiên sau 02/01/2099 8:00 SA (giờ Việt Nam).');
  });

  it('reads dates in Vietnam time under any machine time zone', () => {
    const root = copyProject({
      'src/content/documents/ban-hanh-buoi-toi.md':
        '---\ntitle: "Thông báo buổi tối"\nnumber: "99/TB-UBND"\ntype: thong-bao\nissuer: "UBND tỉnh"\nissued: 2019-12-23T20:00:00\n---\n',
    });
    for (const TZ of ['UTC', 'America/New_York', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
      const result = spawnSync(
        join(PROJECT, 'node_modules/.bin/node'),
        [
          '--input-type=module',
          '-e',
          `
        const { checkProject } = await import(${JSON.stringify(join(PROJECT, 'src/check/project.ts'))});
        const doc = checkProject(process.cwd()).documents.find((d) => d.slug === 'ban-hanh-buoi-toi');
        console.log(doc.issued);`,
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, TZ } },
      );
      expect(result.stdout.trim(), `${TZ}: ${result.stderr}`).toBe('2019-12-23');
    }
  });

  it('checks again only the articles that changed, and still every rule between files', () => {
    const documentFile = 'src/content/documents/ke-hoach-thu-cache.md';
    const root = copyProject({
      [documentFile]: '---\ntitle: "Kế hoạch thử"\nnumber: "9/KH-THU"\ntype: ke-hoach\nissuer: "UBND tỉnh"\nissued: 2024-01-02\n---\n',
      'src/content/news/bai-dan-van-ban.md':
        '---\ntitle: "Bài dẫn văn bản"\ndate: 2024-01-03\ncategory: ket-qua-cchc\ndocuments: ["ke-hoach-thu-cache"]\n---\nNội dung.\n',
    });
    const first = check(root);
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(root, '.astro/cache/check-articles.json'))).toBe(true);
    // Unchanged article, changed document: the article's reference is checked again.
    rmSync(join(root, documentFile));
    const second = check(root);
    expect(second.status).toBe(1);
    expect(second.output).toMatch(/^src\/content\/news\/bai-dan-van-ban\.md:5: documents \(mục thứ 1\): không có văn bản nào tên "ke-hoach-thu-cache"/m);
    // A changed article: its own problems are those of the new text.
    edit(root, 'src/content/news/bai-dan-van-ban.md', (text) => text.replace('documents: ["ke-hoach-thu-cache"]\n', 'sumary: "x"\n'));
    const third = check(root);
    expect(third.output).toMatch(/^src\/content\/news\/bai-dan-van-ban\.md:5: sumary: không có trường này/m);
    expect(third.output).not.toMatch(/documents \(mục thứ 1\)/);
    // And a run with nothing changed reports exactly what a run without the cache does.
    rmSync(join(root, '.astro'), { recursive: true });
    const fresh = check(root);
    expect(check(root).output.replace(/[\d,]+ giây/, '')).toBe(fresh.output.replace(/[\d,]+ giây/, ''));
  });
});

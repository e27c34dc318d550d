import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { checkItems } from './check-items.ts';
import { flag, text, vietnamDateTime } from './fields.ts';
import type { ContentKind } from './kinds.ts';

// A kind of its own, so that what every kind shares is tested apart from any one of them.
const KIND: ContentKind = { id: 'thu', folder: 'src/content/thu', route: 'thu', label: 'Thử', noun: 'mục thử', lists: [], exampleFile: 'muc-thu.mdx' };
const schema = z.object({ title: text(), date: vietnamDateTime, draft: flag(false) }).strict();
const now = new Date('2026-12-07T10:00:00+07:00');
const item = (file: string, frontmatter: string, body = 'Nội dung.') =>
  readMarkdownFile(`src/content/thu/${file}`, `---\n${frontmatter}\n---\n\n${body}\n`, []);

describe('checkItems, what every content kind shares', () => {
  it('gives each item its slug, file and status, newest first by its posting field', () => {
    const { problems, items, slugs } = checkItems(
      [
        item('cu.mdx', 'title: "Cũ"\ndate: 2026-01-01'),
        item('moi.md', 'title: "Mới"\ndate: 2026-06-01'),
        item('nhap.mdx', 'title: "Nháp"\ndate: 2026-03-01\ndraft: true'),
      ],
      KIND,
      schema,
      { now, postedAt: 'date' },
    );
    expect(items.map((i) => [i.slug, i.file, i.status])).toEqual([
      ['moi', 'src/content/thu/moi.md', 'published'],
      ['nhap', 'src/content/thu/nhap.mdx', 'draft'],
      ['cu', 'src/content/thu/cu.mdx', 'published'],
    ]);
    expect(problems.map(formatProblem)).toEqual(['src/content/thu/nhap.mdx:4: draft: bản nháp, chưa đăng. Đổi thành draft: false khi muốn đăng.']);
    expect([...slugs]).toEqual(['cu', 'moi', 'nhap']);
  });

  it('names a scheduled item at its posting field, with the kind’s noun', () => {
    const { problems, items } = checkItems([item('sau.mdx', 'title: "Sau"\ndate: 2026-12-24T08:00:00')], KIND, schema, { now, postedAt: 'date' });
    expect(problems.map(formatProblem)).toEqual([
      'src/content/thu/sau.mdx:3: date: hẹn giờ: mục thử lên trang ở lần dựng trang đầu tiên sau 24/12/2026 8:00 SA (giờ Việt Nam).',
    ]);
    expect(items[0].status).toBe('scheduled');
  });

  it('reports a bad file name, MDX slips in .mdx only, and a bad field, and runs the kind’s rules on valid items', () => {
    const seen: string[] = [];
    const { problems, items, slugs } = checkItems(
      [
        item('Sai Ten.mdx', 'title: "Tên"\ndate: 2026-01-01'),
        item('the.mdx', 'title: "Thẻ"\ndate: 2026-01-01', 'Xem <Bang />.'),
        item('the-md.md', 'title: "Thẻ"\ndate: 2026-01-01', 'Xem <Bang />.'),
        item('sai-ngay.mdx', 'title: "Sai"\ndate: 01/01/2026'),
      ],
      KIND,
      schema,
      {
        now,
        postedAt: 'date',
        rules: (data, add, source) => {
          seen.push(source.slug);
          if (data.title === 'Thẻ') add(['title'], 'title', 'quy tắc riêng của loại.');
        },
      },
    );
    const lines = problems.map(formatProblem);
    expect(lines.some((l) => l.startsWith('src/content/thu/Sai Ten.mdx') && l.includes('sai-ten'))).toBe(true);
    expect(lines.filter((l) => l.includes('<Bang'))).toHaveLength(1);
    expect(lines.find((l) => l.includes('<Bang'))).toMatch(/^src\/content\/thu\/the\.mdx:/);
    expect(lines).toContain('src/content/thu/sai-ngay.mdx:3: date: "01/01/2026" phải viết theo dạng năm-tháng-ngày: 2026-01-01.');
    expect(lines).toContain('src/content/thu/the.mdx:2: title: quy tắc riêng của loại.');
    expect(seen.sort()).toEqual(['Sai Ten', 'the', 'the-md']);
    expect(items.map((i) => i.slug).sort()).toEqual(['Sai Ten', 'the', 'the-md']);
    expect(slugs.has('sai-ngay')).toBe(true);
  });

  it('without a posting field publishes what is not a draft, in the kind’s own order; a file that cannot be read is left out', () => {
    const unreadable = readMarkdownFile('src/content/thu/hong.mdx', '---\ntitle: "Hỏng\n---\n', []);
    const { items } = checkItems([item('b.mdx', 'title: "B"\ndate: 2099-01-01'), item('a.mdx', 'title: "A"\ndate: 2099-01-01'), unreadable], KIND, schema, {
      now,
      order: (x, y) => x.title.localeCompare(y.title),
    });
    expect(items.map((i) => [i.slug, i.status])).toEqual([
      ['a', 'published'],
      ['b', 'published'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkNews } from '../news/check.ts';
import { newsFrontmatterSchema } from '../news/schema.ts';
import type { Problem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { articleDate, newsTemplate } from './news.ts';

const categories = [
  { id: 'tin-tuc-su-kien', name: 'Tin tức sự kiện' },
  { id: 'ket-qua-cchc', name: 'Kết quả CCHC' },
];
// 09:30:45 in Vietnam (UTC+7).
const now = new Date('2027-03-05T02:30:45Z');
const title = 'Đẩy mạnh cải cách hành chính năm 2027';
const template = newsTemplate({ title, now, categories });
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;

describe('articleDate', () => {
  it('is the Vietnam wall-clock time to the minute, without an offset', () => {
    expect(articleDate(now)).toBe('2027-03-05T09:30:00');
    // 18:10 UTC is already the next day in Vietnam.
    expect(articleDate(new Date('2027-03-04T18:10:59Z'))).toBe('2027-03-05T01:10:00');
  });
});

describe('newsTemplate', () => {
  it('writes every field of the schema, each under a Vietnamese comment', () => {
    const data = frontmatter(template);
    expect(Object.keys(data).sort()).toEqual(Object.keys(newsFrontmatterSchema.shape).sort());
    const lines = template.split('\n');
    for (const key of Object.keys(newsFrontmatterSchema.shape)) {
      const at = lines.findIndex((line) => line.startsWith(`${key}:`));
      expect(lines[at - 1], key).toMatch(/^# \S/);
    }
  });

  it('fills a draft dated now in the first category, optional fields left empty', () => {
    const data = frontmatter(template);
    expect(data).toMatchObject({
      title,
      date: '2027-03-05T09:30:00',
      category: 'tin-tuc-su-kien',
      draft: true,
      featured: false,
      tags: [],
      documents: [],
      related: [],
    });
    for (const key of ['summary', 'author', 'source', 'image', 'imageAlt', 'imageCaption']) expect(data[key], key).toBeNull();
    // The comment lists every category id.
    expect(template).toMatch(/# Mã chuyên mục.*tin-tuc-su-kien.*ket-qua-cchc/);
  });

  it('parses with the schema: empty fields count as not given', () => {
    const parsed = newsFrontmatterSchema.parse(frontmatter(template));
    expect(parsed.title).toBe(title);
    expect(parsed.date.toISOString()).toBe('2027-03-05T02:30:00.000Z');
    expect(parsed.summary).toBeUndefined();
    expect(parsed.image).toBeUndefined();
    expect(parsed.draft).toBe(true);
  });

  it('quotes a title with quotes, colons and a hash', () => {
    const tricky = 'PAR INDEX 2022: Lai Châu "tăng" 3 bậc #1 \\ ổn';
    expect(frontmatter(newsTemplate({ title: tricky, now, categories })).title).toBe(tricky);
  });

  it('passes the check, with only the draft warning', () => {
    const problems: Problem[] = [];
    const file = readMarkdownFile('src/content/news/day-manh-cai-cach-hanh-chinh-nam-2027.mdx', template, problems);
    const built = checkNews([file], { categories: new Set(categories.map((c) => c.id)), documents: new Set(), fileExists: () => false, now });
    problems.push(...built.problems);
    expect(problems.map((p) => `${p.field}: ${p.severity ?? 'error'}`)).toEqual(['draft: warning']);
    expect(built.articles[0].status).toBe('draft');
  });

  it('explains the image fields: beside the article or under public/, alt text required', () => {
    expect(template).toContain('./images/ten-anh.jpg');
    expect(template).toMatch(/# hoặc đường dẫn bắt đầu bằng \//);
    expect(template).toMatch(/imageAlt[\s\S]*bắt buộc khi có ảnh|bắt buộc khi có ảnh[\s\S]*imageAlt:/);
  });
});

import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { checkBodyLinks } from './links.ts';

describe('checkBodyLinks', () => {
  it('finds links in a text that lead to no article, document or category, with their lines', () => {
    const problems: Problem[] = [];
    const file = readMarkdownFile(
      'src/content/news/a.mdx',
      '---\ntitle: "A"\n---\n\nXem [bài](/tin-tuc/bai-co-that/) và [bài cũ](/tin-tuc/bai-co-that-2/).\n\nXem [văn bản](/van-ban/ke-hoach-1/), <a href="/chuyen-muc/tin-tuc/">mục</a>, [trang 2](/tin-tuc/2/), [kế hoạch](/van-ban/loai/ke-hoach/).\n',
      problems,
    );
    const found = checkBodyLinks([file], { news: new Set(['bai-co-that']), documents: new Set(['ke-hoach-1']), categories: new Set(['tin-tuc-su-kien']) });
    expect(found.map(formatProblem)).toEqual([
      'src/content/news/a.mdx:5: (nội dung): liên kết /tin-tuc/bai-co-that-2/ dẫn tới trang không có: không có bài viết nào tên "bai-co-that-2" (trong src/content/news/). Có phải bạn định viết "bai-co-that"?',
      'src/content/news/a.mdx:7: (nội dung): liên kết /chuyen-muc/tin-tuc/ dẫn tới trang không có: không có chuyên mục nào tên "tin-tuc" (trong src/content/categories.json).',
    ]);
  });
});

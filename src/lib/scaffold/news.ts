import { CATEGORIES_FILE } from '../../content.paths.ts';
import { KIND_FIELDS } from '../content/kind-fields.ts';
import { toVietnamISO } from '../vietnamese/dates.ts';
import { frontmatter, yamlString } from './frontmatter.ts';

/** A category as the scaffold needs it (from `src/content/categories.json`). */
export interface CategoryChoice {
  id: string;
  name?: string;
}

/** A title as typed on the command line: one line, spaces collapsed. */
export const cleanTitle = (title: string) => title.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The current Vietnam wall-clock time to the minute, as an article's `date`: `2027-03-05T09:30:00`. */
export const articleDate = (now: Date) => `${toVietnamISO(now).slice(0, 16)}:00`;

/**
 * A new article: every frontmatter field of the schema under its guide (scaffold/frontmatter.ts);
 * a draft dated now (Vietnam time) in the first category.
 */
export function newsTemplate({ title, now, categories }: { title: string; now: Date; categories: readonly CategoryChoice[] }): string {
  const ids = categories.map((c) => (c.name ? `${c.id} (${c.name})` : c.id));
  const head = frontmatter(
    KIND_FIELDS.news.schema,
    { title: yamlString(cleanTitle(title)), date: articleDate(now), category: categories[0]?.id ?? '', draft: 'true' },
    { category: `${ids.join(', ')} (danh sách trong ${CATEGORIES_FILE}).` },
  );
  return `${head}

Viết nội dung bài ở đây, thay cho đoạn này. Các đoạn văn cách nhau một dòng trống; tiêu đề một mục viết ## rồi một dấu cách, ví dụ: ## Kết quả nổi bật

{/*
  Ghi chú cho người soạn bài: không hiện trên trang; xóa cả ghi chú khi không cần nữa.

  Chèn ảnh vào giữa bài: chép tệp ảnh vào thư mục images cạnh bài (src/content/news/images/ten-anh.jpg),
  rồi viết trên một dòng riêng, bên ngoài ghi chú này:
  ![Mô tả ngắn nội dung ảnh](./images/ten-anh.jpg)
*/}
`;
}

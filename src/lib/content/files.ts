import { FILE_NAME, type Problem } from '../problems/problem.ts';
import { SLUG_PATTERN, slugify } from '../vietnamese/text.ts';

/** `src/content/news/a.mdx` → `a`: the file name is the page's address. */
export const slugOf = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** The directory of a project path, with its trailing slash: `src/content/news/`. */
export const dirOf = (file: string) => file.replace(/[^/]*$/, '');

/**
 * Where an image or attachment path points in the project: `./images/x.jpg` beside the file,
 * `/x.jpg` under public/. Normalises `..` so that the check and the build look at one file.
 */
export function resolveAsset(fromFile: string, path: string): string {
  const joined = path.startsWith('/') ? `public${path}` : `${dirOf(fromFile)}${path}`;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * What to do about a picture or attachment that is not where the file says: the name of one
 * that differs only in upper and lower case, or where such files belong.
 */
export function missingFileAdvice(path: string, otherCase: string | undefined, where: string): string {
  if (otherCase) return `có tệp ${otherCase}, khác tên viết ở đây chỉ ở chữ hoa, chữ thường: viết đúng như tên tệp.`;
  if (path.startsWith('public/public/')) return 'bỏ /public ở đầu đường dẫn: thư mục public là gốc của trang, ví dụ /files/van-ban/ten-tep.pdf.';
  return `kiểm tra tên tệp (cả chữ hoa, chữ thường) và nơi đặt tệp: ${where}.`;
}

/**
 * File-name rules shared by articles and documents: a slug usable as a URL (not all digits,
 * which the pagination uses), and one file per slug (a .md and a .mdx of one name collide).
 */
export function checkSlugs(files: ReadonlyArray<{ file: string; slug: string }>, example: string): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, string>();
  for (const { file, slug } of files) {
    if (!SLUG_PATTERN.test(slug) || /^\d+$/.test(slug)) {
      const better = slugify(slug);
      problems.push({
        file,
        line: 1,
        field: FILE_NAME,
        message: `"${slug}" không dùng được làm địa chỉ trang: đặt tên tệp bằng chữ thường không dấu, các từ nối bằng dấu gạch ngang${better && !/^\d+$/.test(better) ? `, ví dụ ${better}${file.slice(file.lastIndexOf('.'))}` : `, ví dụ ${example}`}.`,
      });
    }
    const other = first.get(slug);
    if (other) {
      problems.push({ file, line: 1, field: FILE_NAME, message: `trùng tên với ${other} (cùng địa chỉ trang "${slug}"): đổi tên hoặc xóa một trong hai tệp.` });
    } else first.set(slug, file);
  }
  return problems;
}

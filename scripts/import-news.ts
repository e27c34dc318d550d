// `npm run import -- news <tệp.html | thư mục> [--chuyen-muc <mã>]` (SPEC 11): pages saved from
// the office's old portal become draft articles, their saved pictures copied beside them. Never
// overwrites; ends with what an editor should review. Called by scripts/import.ts.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, constants } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { checkProject, errorsOf } from '../src/check/project.ts';
import { projectFiles } from '../src/check/read-files.ts';
import { CATEGORIES_FILE, NEWS_DIR } from '../src/content.paths.ts';
import { slugOf } from '../src/lib/content/files.ts';
import { articleFile } from '../src/lib/import-news/article-file.ts';
import { extractArticle, type ExtractedArticle } from '../src/lib/import-news/extract-article.ts';
import { formatProblem, type Problem } from '../src/lib/problems/problem.ts';
import { articleDate } from '../src/lib/scaffold/news.ts';
import { createUnique, slugFromTitle } from '../src/lib/scaffold/slug.ts';
import { slugify } from '../src/lib/vietnamese/text.ts';

const PAGE = /\.html?$/i;
const PICTURE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

export class NewsRefusal extends Error {
  override name = 'Refusal';
}
const refuse = (message: string): never => {
  throw new NewsRefusal(message);
};

/** The saved pages under the paths given: a page, or every page in a folder and its subfolders (not the *_files folders a browser saves pictures in). */
function pagesIn(root: string, paths: string[]): string[] {
  const pages: string[] = [];
  for (const path of paths) {
    const full = resolve(root, path);
    if (!existsSync(full)) refuse(`Không thấy ${path}: kiểm tra tên và thư mục (tên có dấu cách thì đặt trong dấu ngoặc kép).`);
    if (statSync(full).isFile()) {
      if (!PAGE.test(full)) refuse(`${path}: chỉ đọc được trang đã lưu dạng .html hoặc .htm (trong trình duyệt: Lưu trang thành, "Trang web, hoàn chỉnh").`);
      pages.push(full);
      continue;
    }
    const walk = (dir: string) => {
      for (const name of readdirSync(dir).sort()) {
        const child = join(dir, name);
        if (statSync(child).isDirectory()) {
          if (!/_files$/i.test(name)) walk(child);
        } else if (PAGE.test(name)) pages.push(child);
      }
    };
    walk(full);
  }
  if (pages.length === 0) refuse(`Không có trang .html hay .htm nào trong ${paths.join(', ')}.`);
  return pages;
}

/** A saved page's text: in the character set its <meta> declares (old portals: UTF-8, sometimes windows-1258), else UTF-8. */
function pageText(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes).normalize('NFC');
  } catch {
    return new TextDecoder('utf-8').decode(bytes).normalize('NFC');
  }
}

/** A picture's file name as the project names files: ASCII words and hyphens, its extension kept. */
function pictureName(src: string, taken: Set<string>): string {
  const ext = extname(src).toLowerCase();
  const base = slugify(basename(src, extname(src))) || 'anh';
  let name = `${base}${ext}`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}${ext}`;
  taken.add(name);
  return name;
}

/** The page's picture file, from its src relative to the page (a browser's "Trang_files/anh.jpg"). */
function pictureFile(page: string, src: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(src) || src.startsWith('/')) return undefined;
  let path: string;
  try {
    path = resolve(dirname(page), decodeURIComponent(src.split(/[?#]/)[0]!));
  } catch {
    return undefined;
  }
  return PICTURE.test(path) && existsSync(path) && statSync(path).isFile() ? path : undefined;
}

interface Imported {
  page: string;
  file: string;
  review: string[];
}

export async function importNews(root: string, args: string[]): Promise<number> {
  const at = args.indexOf('--chuyen-muc');
  const chosen = at >= 0 ? args[at + 1] : undefined;
  if (at >= 0 && (!chosen || chosen.startsWith('--'))) refuse('Thiếu mã chuyên mục sau --chuyen-muc, ví dụ: --chuyen-muc tin-tuc-su-kien.');
  const paths = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
  if (paths.length === 0) refuse('Thiếu trang cần nhập: npm run import -- news <tệp.html hoặc thư mục> [--chuyen-muc <mã>].');

  const files = projectFiles(root);
  const problems: Problem[] = [];
  const categories = files.exists(CATEGORIES_FILE) ? files.json(CATEGORIES_FILE, problems).data : undefined;
  const ids = Array.isArray(categories) ? categories.flatMap((c) => (c && typeof c.id === 'string' ? [c.id as string] : [])) : [];
  if (problems.length > 0) refuse(`Chưa đọc được ${CATEGORIES_FILE}:\n  ${problems.map(formatProblem).join('\n  ')}`);
  if (ids.length === 0) refuse(`Chưa có chuyên mục nào trong ${CATEGORIES_FILE}: thêm ít nhất một chuyên mục, rồi chạy lại lệnh.`);
  const category = chosen ?? ids[0]!;
  if (!ids.includes(category)) refuse(`Không có chuyên mục "${category}" trong ${CATEGORIES_FILE}. Chọn một trong: ${ids.join(', ')}.`);

  const pages = pagesIn(root, paths);
  const importedAt = articleDate(new Date());
  const taken = new Set(files.list(NEWS_DIR, /\.mdx?$/).map(slugOf));
  const imported: Imported[] = [];
  const unreadable: string[] = [];

  for (const page of pages) {
    const inside = relative(root, page);
    const shown = inside && !inside.startsWith('..') ? inside : page;
    let article: ExtractedArticle;
    try {
      article = extractArticle(pageText(readFileSync(page)));
    } catch (error) {
      unreadable.push(`${shown}: không đọc được trang (${error instanceof Error ? error.message : String(error)}).`);
      continue;
    }
    if (!article.title) {
      unreadable.push(`${shown}: không thấy tiêu đề bài (có thể là trang đăng nhập, trang lỗi hay trang danh sách tin).`);
      continue;
    }
    if (article.markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, '').trim().length === 0) {
      unreadable.push(`${shown}: không thấy nội dung bài dưới tiêu đề "${article.title}".`);
      continue;
    }
    const title = article.title;

    mkdirSync(join(root, NEWS_DIR), { recursive: true });
    let written: { file: string; review: string[] } | undefined;
    createUnique(slugFromTitle(title), (slug) => {
      if (taken.has(slug) || existsSync(join(root, NEWS_DIR, 'images', slug))) return 'exists';
      const names = new Set<string>();
      const copies = new Map<string, { from: string; name: string }>();
      const targets = new Map<string, string | undefined>();
      for (const picture of article.pictures) {
        const from = pictureFile(page, picture.src);
        if (!from) {
          targets.set(picture.src, undefined);
          continue;
        }
        const name = pictureName(from, names);
        copies.set(picture.src, { from, name });
        targets.set(picture.src, `./images/${slug}/${name}`);
      }
      const made = articleFile({ article: { ...article, title }, category, pictures: targets, importedAt });
      const file = `${NEWS_DIR}/${slug}.md`;
      try {
        writeFileSync(join(root, file), made.text, { encoding: 'utf8', flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
        throw error;
      }
      if (copies.size > 0) mkdirSync(join(root, NEWS_DIR, 'images', slug), { recursive: true });
      for (const { from, name } of copies.values()) copyFileSync(from, join(root, NEWS_DIR, 'images', slug, name), constants.COPYFILE_EXCL);
      taken.add(slug);
      written = { file, review: made.review };
      return 'created';
    });
    if (written) imported.push({ page: shown, ...written });
  }

  const lines: string[] = [];
  if (imported.length > 0) {
    lines.push(`Đã nhập ${imported.length} bài (bản nháp, chuyên mục ${category}):`);
    for (const a of imported) lines.push(`  ${a.file}  ← ${a.page}`);
  }
  if (unreadable.length > 0) {
    lines.push('', `Không nhập được ${unreadable.length} trang:`);
    for (const line of unreadable) lines.push(`  ${line}`);
  }
  const toReview = imported.filter((a) => a.review.length > 0);
  if (toReview.length > 0) {
    lines.push('', 'Cần xem lại trước khi đăng:');
    for (const a of toReview) for (const note of a.review) lines.push(`  ${a.file}: ${note}`);
  }

  // The check the build runs: every imported article must pass it as written (a draft is a warning).
  const project = checkProject(root, { cache: true });
  const mine = new Set(imported.map((a) => a.file));
  const errors = errorsOf(project).filter((p) => mine.has(p.file));
  if (imported.length > 0) {
    lines.push('');
    if (errors.length === 0)
      lines.push(`npm run check: các bài vừa nhập không có lỗi. Đọc lại từng bài, sửa điều cần sửa, rồi đổi draft: true thành draft: false để đăng.`);
    else {
      lines.push(`npm run check báo ${errors.length} lỗi trong các bài vừa nhập:`);
      for (const problem of errors) lines.push(`  ${formatProblem(problem)}`);
    }
  }
  const output = lines.join('\n').trim();
  if (imported.length === 0) console.error(output);
  else console.log(output);
  return imported.length === 0 || errors.length > 0 ? 1 : 0;
}

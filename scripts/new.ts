// Creates a new article, document or year of results for editors to fill in, and never
// overwrites a file. The project root is the current directory.
// Usage: npm run new -- news "<tiêu đề>"
//        npm run new -- document "<số ký hiệu>" "<trích yếu>"
//        npm run new -- year <năm>
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES_FILE, CONFIG_FILE, DATA_DIR, DOCUMENTS_DIR, NEWS_DIR } from '../src/content.paths.ts';
import { formatProblem, type Problem } from '../src/lib/problems/problem.ts';
import { unitSchema, unitsFileSchema, yearHeadSchema } from '../src/lib/results/schema.ts';
import type { Unit } from '../src/lib/results/types.ts';
import { documentSlug, documentTemplate, documentWithNumber, issueYear, looksLikeNumber } from '../src/lib/scaffold/document.ts';
import { cleanTitle, newsTemplate, type CategoryChoice } from '../src/lib/scaffold/news.ts';
import { createUnique, slugFromTitle, type CreateOutcome } from '../src/lib/scaffold/slug.ts';
import { formatYearFile, latestYearFile, newYearFile, parseYear, type LatestYear } from '../src/lib/scaffold/year.ts';
import { readJsonFile } from '../src/lib/source/json-file.ts';
import { projectFiles } from '../src/check/read-files.ts';
import { slugOf } from '../src/lib/content/files.ts';

const USAGE = `Cách dùng:
  npm run new -- news "<tiêu đề>"
      tạo bài viết mới (bản nháp) trong ${NEWS_DIR}/
  npm run new -- document "<số ký hiệu>" "<trích yếu>"
      tạo văn bản mới (bản nháp) trong ${DOCUMENTS_DIR}/
  npm run new -- year <năm>
      tạo tệp kết quả Chỉ số CCHC của một năm trong ${DATA_DIR}/par-index/

Ví dụ:
  npm run new -- news "Đẩy mạnh cải cách hành chính năm 2027"
  npm run new -- document "3105/KH-UBND" "Kế hoạch cải cách hành chính năm 2027"
  npm run new -- year 2026

Nhớ dấu -- sau npm run new, và đặt tiêu đề, số ký hiệu, trích yếu trong dấu ngoặc kép.`;

/** A refusal the editor can act on: printed in Vietnamese, exit status 1, no stack trace. */
class Refusal extends Error {}

function refuse(message: string): never {
  throw new Refusal(message);
}

const root = process.cwd();
const PAR_INDEX_DIR = `${DATA_DIR}/par-index`;
const MARKDOWN = /\.mdx?$/;

// The editors' files, read as the check reads them.
const files = projectFiles(root);

/** Names (without extension) of the Markdown files in a folder and its subfolders: the pages' slugs. */
const existingSlugs = (dir: string) => new Set(files.list(dir, MARKDOWN).map(slugOf));

/** Writes `<dir>/<slug>.mdx` under the first free name (slug, slug-2, …); `wx` never overwrites. */
function writeUnique(dir: string, slug: string, content: string): string {
  mkdirSync(join(root, dir), { recursive: true });
  const taken = existingSlugs(dir);
  const used = createUnique(slug, (candidate): CreateOutcome => {
    if (taken.has(candidate)) return 'exists';
    try {
      writeFileSync(join(root, dir, `${candidate}.mdx`), content, { encoding: 'utf8', flag: 'wx' });
      return 'created';
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
      throw error;
    }
  });
  return `${dir}/${used}.mdx`;
}

/** A JSON file read as the check reads it; a syntax error refuses, pointing at `npm run check`. */
function readJson(file: string): unknown {
  const problems: Problem[] = [];
  const json = readJsonFile(file, readFileSync(join(root, file), 'utf8'), problems);
  if (problems.length > 0)
    refuse(`Chưa đọc được tệp ${file}:\n  ${problems.map(formatProblem).join('\n  ')}\nSửa tệp (chạy npm run check để xem mọi lỗi), rồi chạy lại lệnh.`);
  return json.data;
}

const nextSteps = (file: string, fill: string) => `Việc tiếp theo:
  1. Mở tệp ${file}, ${fill}.
  2. Chạy npm run check để kiểm tra; sửa từng lỗi được báo (tệp:dòng: trường: lỗi).
  3. Xem trước bằng npm run dev (bản nháp có dòng báo "bản nháp").
  4. Khi sẵn sàng đăng, đổi draft: true thành draft: false.`;

function newNews(args: string[]): string {
  const title = cleanTitle(args.join(' '));
  if (title === '') refuse(`Thiếu tiêu đề bài viết.\n\n${USAGE}`);
  const categories: CategoryChoice[] = [];
  if (existsSync(join(root, CATEGORIES_FILE))) {
    const data = readJson(CATEGORIES_FILE);
    if (Array.isArray(data)) {
      for (const c of data) {
        if (c && typeof c.id === 'string') categories.push({ id: c.id, name: typeof c.name === 'string' ? c.name : undefined });
      }
    }
  }
  if (categories.length === 0) {
    refuse(
      `Chưa có chuyên mục nào trong ${CATEGORIES_FILE}: thêm ít nhất một chuyên mục, ví dụ [{ "id": "tin-tuc-su-kien", "name": "Tin tức sự kiện" }], rồi chạy lại lệnh.`,
    );
  }
  const file = writeUnique(NEWS_DIR, slugFromTitle(title), newsTemplate({ title, now: new Date(), categories }));
  return `Đã tạo bài viết mới (bản nháp): ${file}\n\n${nextSteps(file, 'điền các trường theo ghi chú (các dòng bắt đầu bằng #) và viết nội dung bài')}`;
}

/** The issuer prefilled in a new document: the province's people's committee. */
function defaultIssuer(): string {
  if (!existsSync(join(root, CONFIG_FILE))) return 'UBND tỉnh';
  const config = readJson(CONFIG_FILE) as { province?: unknown } | undefined;
  const province = typeof config?.province === 'string' ? config.province.trim() : '';
  return province ? `UBND ${province}` : 'UBND tỉnh';
}

function newDocument(args: string[]): string {
  const [number = '', ...rest] = args;
  const title = cleanTitle(rest.join(' '));
  if (number.trim() === '' || title === '') refuse(`Cần cả số ký hiệu và trích yếu của văn bản.\n\n${USAGE}`);
  if (!looksLikeNumber(number)) {
    const swapped = looksLikeNumber(rest.join(' ')) ? ' Có vẻ hai giá trị bị đổi chỗ: số ký hiệu viết trước, trích yếu viết sau.' : '';
    refuse(`"${number.trim()}" không giống số ký hiệu văn bản (ví dụ 2993/KH-UBND, 29/2019/QĐ-UBND).${swapped}\n\n${USAGE}`);
  }
  const existing = files.list(DOCUMENTS_DIR, MARKDOWN).flatMap((file) => {
    const { data } = files.markdown(file, []);
    return typeof data?.number === 'string' ? [{ file, number: data.number }] : [];
  });
  const same = documentWithNumber(number, existing);
  if (same) refuse(`Đã có văn bản số ${number.trim()}: ${same}. Mở tệp đó để sửa, hoặc kiểm tra lại số ký hiệu; lệnh không tạo văn bản trùng số.`);

  const now = new Date();
  const content = documentTemplate({ number, title, issuer: defaultIssuer(), now });
  const file = writeUnique(DOCUMENTS_DIR, documentSlug(number, issueYear(now)), content);
  return `Đã tạo văn bản mới (bản nháp): ${file}\n\n${nextSteps(file, 'sửa ngày ban hành (issued) thành ngày ghi trên văn bản, kiểm tra loại (type) và cơ quan ban hành (issuer), điền các trường còn lại theo ghi chú (các dòng bắt đầu bằng #)')}`;
}

function newYear(args: string[]): string {
  const year = parseYear(args[0]);
  if (args.length === 0) refuse(`Thiếu năm của kết quả, ví dụ: npm run new -- year 2026.\n\n${USAGE}`);
  if (args.length !== 1 || year === undefined) refuse(`Năm phải viết đủ 4 chữ số, từ 1990 đến 2100, ví dụ: npm run new -- year 2026.\n\n${USAGE}`);
  const file = `${PAR_INDEX_DIR}/${year}.json`;
  if (existsSync(join(root, file))) refuse(`Đã có tệp ${file}: lệnh không ghi đè. Mở tệp đó để sửa kết quả năm ${year}.`);

  const unitsFile = `${DATA_DIR}/units.json`;
  if (!existsSync(join(root, unitsFile))) refuse(`Chưa có tệp ${unitsFile}: thêm danh sách các cơ quan, đơn vị được đánh giá trước, rồi chạy lại lệnh.`);
  const unitsData = unitsFileSchema.safeParse(readJson(unitsFile));
  const units = unitsData.success ? unitsData.data.units.map((u) => unitSchema.safeParse(u)) : [];
  if (!unitsData.success || units.some((u) => !u.success)) refuse(`Tệp ${unitsFile} đang có lỗi: chạy npm run check, sửa, rồi chạy lại lệnh.`);
  const validUnits = units.flatMap((u) => (u.success ? [u.data as Unit] : []));

  const yearFiles = existsSync(join(root, PAR_INDEX_DIR)) ? readdirSync(join(root, PAR_INDEX_DIR)).map((name) => `${PAR_INDEX_DIR}/${name}`) : [];
  const latestYear = latestYearFile(yearFiles);
  let latest: LatestYear | undefined;
  if (latestYear !== undefined) {
    const latestFile = `${PAR_INDEX_DIR}/${latestYear}.json`;
    const head = yearHeadSchema.safeParse(readJson(latestFile));
    if (!head.success)
      refuse(`Tệp ${latestFile} (năm gần nhất, để chép các mức xếp loại, nhóm, tiêu chí) đang có lỗi: chạy npm run check, sửa, rồi chạy lại lệnh.`);
    const data = head.data;
    const results = data.results.flatMap((r) => {
      const o = r as { unit?: unknown; group?: unknown; max?: unknown } | null;
      return o && typeof o.unit === 'string' && typeof o.group === 'string'
        ? [{ unit: o.unit, group: o.group, max: typeof o.max === 'number' ? o.max : 100 }]
        : [];
    });
    latest = { year: data.year, regulation: data.regulation, tiers: data.tiers, groups: data.groups, criteria: data.criteria, results };
  }

  const content = newYearFile(year, validUnits, latest);
  mkdirSync(join(root, PAR_INDEX_DIR), { recursive: true });
  try {
    writeFileSync(join(root, file), formatYearFile(content), { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') refuse(`Đã có tệp ${file}: lệnh không ghi đè. Mở tệp đó để sửa kết quả năm ${year}.`);
    throw error;
  }
  const copied = latestYear !== undefined ? `các mức xếp loại, nhóm, tiêu chí và quy định chép từ năm ${latestYear}` : 'các mức xếp loại và nhóm mặc định';
  return `Đã tạo tệp kết quả năm ${year}: ${file}
(${content.results.length} đơn vị đang hoạt động, ${copied}.)

Việc tiếp theo:
  1. Mở tệp ${file}, thay mỗi "score": null bằng điểm của đơn vị (số thập phân dùng dấu chấm, ví dụ 88.5); kiểm tra "max" (điểm tối đa) và nhóm "group" của từng đơn vị.
  2. Kiểm tra "tiers", "groups", "criteria" và "regulation" theo quy định của năm ${year}; thêm "announced" (ngày công bố, ví dụ "${year + 1}-05-27") nếu đã công bố.
  3. Nếu có điểm từng tiêu chí đã công bố, thêm "components" cho từng đơn vị, ví dụ "components": { "chi-dao-dieu-hanh": { "score": 9.5, "max": 10 } }.
  4. Chạy npm run check: còn ô "score" nào chưa điền thì lệnh báo lỗi ở đó. Xem trước bằng npm run dev.`;
}

function main(argv: string[]): number {
  const [kind, ...args] = argv;
  try {
    let message: string;
    if (kind === 'news') message = newNews(args);
    else if (kind === 'document') message = newDocument(args);
    else if (kind === 'year') message = newYear(args);
    else if (kind === '-h' || kind === '--help' || kind === 'help') message = USAGE;
    else if (kind === undefined) return refuse(`Thiếu loại tệp cần tạo.\n\n${USAGE}`);
    else return refuse(`Không biết loại "${kind}": chọn news (bài viết), document (văn bản) hoặc year (kết quả một năm).\n\n${USAGE}`);
    console.log(message);
    return 0;
  } catch (error) {
    if (error instanceof Refusal) console.error(error.message);
    else console.error(`Không tạo được tệp: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));

// Creates a new article, document or year of results for editors to fill in, and never
// overwrites a file. The project root is the current directory.
// Usage: npm run new -- news "<tiêu đề>"
//        npm run new -- document "<số ký hiệu>" "<trích yếu>"
//        npm run new -- year <năm>
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ALBUMS_DIR,
  CATEGORIES_FILE,
  CONFIG_FILE,
  CONSULTATIONS_DIR,
  DATA_DIR,
  DOCUMENTS_DIR,
  NEWS_DIR,
  NOTICES_DIR,
  QUESTIONS_DIR,
} from '../src/content.paths.ts';
import { formatProblem, type Problem } from '../src/lib/problems/problem.ts';
import { nameInYear } from '../src/lib/results/compute.ts';
import type { Criterion } from '../src/lib/results/types.ts';
import { documentSlug, documentTemplate, documentWithNumber, issueYear, looksLikeNumber } from '../src/lib/scaffold/document.ts';
import { cleanTitle, newsTemplate, type CategoryChoice } from '../src/lib/scaffold/news.ts';
import { noticeTemplate } from '../src/lib/scaffold/notice.ts';
import { albumTemplate } from '../src/lib/scaffold/album.ts';
import { consultationTemplate } from '../src/lib/scaffold/consultation.ts';
import { questionTemplate } from '../src/lib/scaffold/question.ts';
import { createUnique, slugFromTitle, type CreateOutcome } from '../src/lib/scaffold/slug.ts';
import { formatYearFile, newYearFile, parseYear, type NewYearFile } from '../src/lib/scaffold/year.ts';
import type { YearResult } from '../src/lib/spreadsheet/import-year.ts';
import { yearTemplate } from '../src/lib/spreadsheet/year-template.ts';
import { PAR_INDEX_DIR, readYearSource, yearFilePath, YearSourceRefusal } from '../src/check/year-source.ts';
import { readJsonFile } from '../src/lib/source/json-file.ts';
import { projectFiles } from '../src/check/read-files.ts';
import { slugOf } from '../src/lib/content/files.ts';

const USAGE = `Cách dùng:
  npm run new -- news "<tiêu đề>"
      tạo bài viết mới (bản nháp) trong ${NEWS_DIR}/
  npm run new -- document "<số ký hiệu>" "<trích yếu>"
      tạo văn bản mới (bản nháp) trong ${DOCUMENTS_DIR}/
  npm run new -- notice "<tiêu đề>"
      tạo thông báo mới (bản nháp) trong ${NOTICES_DIR}/
  npm run new -- question "<câu hỏi>"
      tạo câu hỏi mới cho mục Hỏi đáp (bản nháp) trong ${QUESTIONS_DIR}/
  npm run new -- consultation "<tên dự thảo>"
      tạo dự thảo mới để lấy ý kiến (bản nháp) trong ${CONSULTATIONS_DIR}/
  npm run new -- album "<tên album>"
      tạo album ảnh, video mới (bản nháp) trong ${ALBUMS_DIR}/
  npm run new -- year <năm> [--xlsx]
      tạo tệp kết quả Chỉ số CCHC của một năm trong ${DATA_DIR}/par-index/;
      với --xlsx, thêm bảng tính Excel để điền điểm (nếu đã có tệp năm: lập bảng tính từ tệp đó)

Ví dụ:
  npm run new -- news "Đẩy mạnh cải cách hành chính năm 2027"
  npm run new -- document "3105/KH-UBND" "Kế hoạch cải cách hành chính năm 2027"
  npm run new -- year 2026
  npm run new -- year 2026 --xlsx

Nhớ dấu -- sau npm run new, và đặt tiêu đề, số ký hiệu, trích yếu trong dấu ngoặc kép.`;

/** A refusal the editor can act on: printed in Vietnamese, exit status 1, no stack trace. */
class Refusal extends Error {}

function refuse(message: string): never {
  throw new Refusal(message);
}

const root = process.cwd();
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

/** A text of the portal's config, if the config is there and has it. */
function configText(field: 'province' | 'agency'): string | undefined {
  if (!existsSync(join(root, CONFIG_FILE))) return undefined;
  const value = (readJson(CONFIG_FILE) as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The issuer prefilled in a new document: the province's people's committee. */
function defaultIssuer(): string {
  const province = configText('province');
  return province ? `UBND ${province}` : 'UBND tỉnh';
}

/** The agency named in the config: who answers questions and drafts consultations, until the editor says otherwise. */
const defaultAgency = () => configText('agency') ?? 'Sở Nội vụ';

function newNotice(args: string[]): string {
  const title = cleanTitle(args.join(' '));
  if (title === '') refuse(`Thiếu tiêu đề thông báo.\n\n${USAGE}`);
  const file = writeUnique(NOTICES_DIR, slugFromTitle(title), noticeTemplate({ title, now: new Date() }));
  return `Đã tạo thông báo mới (bản nháp): ${file}\n\n${nextSteps(file, 'điền các trường theo ghi chú (các dòng bắt đầu bằng #), ghi hạn vào until nếu có, và viết nội dung thông báo')}`;
}

function newQuestion(args: string[]): string {
  const question = cleanTitle(args.join(' '));
  if (question === '') refuse(`Thiếu câu hỏi.\n\n${USAGE}`);
  const file = writeUnique(QUESTIONS_DIR, slugFromTitle(question, 'cau-hoi'), questionTemplate({ question, answeredBy: defaultAgency(), now: new Date() }));
  return `Đã tạo câu hỏi mới (bản nháp): ${file}\n\n${nextSteps(file, 'điền người hỏi, lĩnh vực theo ghi chú (các dòng bắt đầu bằng #) và viết câu trả lời')}`;
}

function newConsultation(args: string[]): string {
  const title = cleanTitle(args.join(' '));
  if (title === '') refuse(`Thiếu tên dự thảo.\n\n${USAGE}`);
  const file = writeUnique(CONSULTATIONS_DIR, slugFromTitle(title, 'du-thao'), consultationTemplate({ title, issuer: defaultAgency(), now: new Date() }));
  return `Đã tạo dự thảo mới (bản nháp): ${file}\n\n${nextSteps(file, 'sửa ngày bắt đầu, hết hạn lấy ý kiến, thêm tệp dự thảo theo ghi chú (các dòng bắt đầu bằng #) và viết dự thảo nói về việc gì')}`;
}

function newAlbum(args: string[]): string {
  const title = cleanTitle(args.join(' '));
  if (title === '') refuse(`Thiếu tên album.\n\n${USAGE}`);
  const file = writeUnique(ALBUMS_DIR, slugFromTitle(title, 'album'), albumTemplate({ title, now: new Date() }));
  return `Đã tạo album mới (bản nháp): ${file}\n\n${nextSteps(file, 'chép ảnh vào thư mục images cạnh album, ghi từng ảnh với mô tả (alt) theo ghi chú (các dòng bắt đầu bằng #)')}`;
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

async function newYear(args: string[]): Promise<string> {
  const xlsx = args.includes('--xlsx');
  const rest = args.filter((a) => a !== '--xlsx');
  const year = parseYear(rest[0]);
  if (rest.length === 0) refuse(`Thiếu năm của kết quả, ví dụ: npm run new -- year 2026.\n\n${USAGE}`);
  if (rest.length !== 1 || year === undefined) refuse(`Năm phải viết đủ 4 chữ số, từ 1990 đến 2100, ví dụ: npm run new -- year 2026.\n\n${USAGE}`);
  const file = yearFilePath(year);
  const workbook = `${PAR_INDEX_DIR}/${year}.xlsx`;
  if (existsSync(join(root, file)) && !xlsx)
    refuse(
      `Đã có tệp ${file}: lệnh không ghi đè. Mở tệp đó để sửa kết quả năm ${year}, hoặc chạy npm run new -- year ${year} --xlsx để có bảng tính điền điểm.`,
    );
  if (xlsx && existsSync(join(root, workbook)))
    refuse(`Đã có tệp ${workbook}: lệnh không ghi đè. Mở tệp đó để điền điểm, hoặc xóa nó rồi chạy lại lệnh để lập lại từ ${file}.`);

  const source = readYearSource(root, year);
  const created = source.existing === undefined;
  const content = source.existing ?? newYearFile(year, source.units, source.latest);
  const lines: string[] = [];
  if (created) {
    mkdirSync(join(root, PAR_INDEX_DIR), { recursive: true });
    try {
      writeFileSync(join(root, file), formatYearFile(content as NewYearFile), { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') refuse(`Đã có tệp ${file}: lệnh không ghi đè. Mở tệp đó để sửa kết quả năm ${year}.`);
      throw error;
    }
    const copied = source.latest ? `các mức xếp loại, nhóm, tiêu chí và quy định chép từ năm ${source.latest.year}` : 'các mức xếp loại và nhóm mặc định';
    lines.push(`Đã tạo tệp kết quả năm ${year}: ${file}`, `(${content.results.length} đơn vị đang hoạt động, ${copied}.)`);
  }
  if (xlsx) {
    const names = new Map(source.units.map((u) => [u.id, nameInYear(u, year)]));
    const template = await yearTemplate({
      year,
      groups: content.groups,
      criteria: (content.criteria ?? []) as Criterion[],
      results: content.results.map((r) => ({ ...(r as YearResult), name: names.get(r.unit) ?? r.unit })),
      previous: source.latest?.results,
    });
    if (!template.xlsx)
      refuse(
        `Không lập được bảng tính từ ${file}: trong một nhóm, điểm tối đa của cùng một lĩnh vực khác nhau giữa các đơn vị (${template.conflicts.join('; ')}), mà mỗi cột bảng tính chỉ có một điểm tối đa. Sửa kết quả năm ${year} trực tiếp trong ${file}.`,
      );
    writeFileSync(join(root, workbook), template.xlsx, { flag: 'wx' });
    lines.push(`${created ? 'Và bảng tính' : `Đã lập bảng tính từ ${file}`}: ${workbook}`);
    return `${lines.join('\n')}

Việc tiếp theo:
  1. Mở ${workbook} bằng Excel hoặc LibreOffice Calc. Mỗi nhóm một trang; điền điểm vào các ô nền vàng (${content.criteria?.length ? 'điểm từng lĩnh vực; dòng 4 là điểm tối đa của lĩnh vực, cột Tổng điểm tự cộng' : 'điểm và điểm tối đa'}). Mã và tên đơn vị bị khóa.
  2. Lưu tệp, rồi chạy npm run import -- year ${year} ${workbook} --ghi-de để ghi điểm vào ${file} (lệnh báo mọi ô sai, kèm tên ô như F14).
  3. Kiểm tra "tiers", "groups", "criteria", "regulation" và "announced" trong ${file} theo quy định của năm ${year}; chạy npm run check, xem trước bằng npm run dev.`;
  }
  return `${lines.join('\n')}

Việc tiếp theo:
  1. Mở tệp ${file}, thay mỗi "score": null bằng điểm của đơn vị (số thập phân dùng dấu chấm, ví dụ 88.5); kiểm tra "max" (điểm tối đa) và nhóm "group" của từng đơn vị. Muốn điền trong Excel: npm run new -- year ${year} --xlsx.
  2. Kiểm tra "tiers", "groups", "criteria" và "regulation" theo quy định của năm ${year}; thêm "announced" (ngày công bố, ví dụ "${year + 1}-05-27") nếu đã công bố.
  3. Nếu có điểm từng tiêu chí đã công bố, thêm "components" cho từng đơn vị, ví dụ "components": { "chi-dao-dieu-hanh": { "score": 9.5, "max": 10 } }.
  4. Chạy npm run check: còn ô "score" nào chưa điền thì lệnh báo lỗi ở đó. Xem trước bằng npm run dev.`;
}

async function main(argv: string[]): Promise<number> {
  const [kind, ...args] = argv;
  try {
    let message: string;
    if (kind === 'news') message = newNews(args);
    else if (kind === 'document') message = newDocument(args);
    else if (kind === 'notice') message = newNotice(args);
    else if (kind === 'question') message = newQuestion(args);
    else if (kind === 'consultation') message = newConsultation(args);
    else if (kind === 'album') message = newAlbum(args);
    else if (kind === 'year') message = await newYear(args);
    else if (kind === '-h' || kind === '--help' || kind === 'help') message = USAGE;
    else if (kind === undefined) return refuse(`Thiếu loại tệp cần tạo.\n\n${USAGE}`);
    else
      return refuse(
        `Không biết loại "${kind}": chọn news (bài viết), document (văn bản), notice (thông báo), question (hỏi đáp), consultation (dự thảo lấy ý kiến), album (ảnh, video) hoặc year (kết quả một năm).\n\n${USAGE}`,
      );
    console.log(message);
    return 0;
  } catch (error) {
    if (error instanceof Refusal || error instanceof YearSourceRefusal) console.error(error.message);
    else console.error(`Không tạo được tệp: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));

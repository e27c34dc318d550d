// Brings in what an office already has (SPEC 11): a year's scores from a spreadsheet, and
// articles saved from the old portal. Never overwrites a file unless told to; writes nothing
// when the input has any error. The project root is the current directory.
// Usage: npm run import -- year <năm> <tệp.xlsx|.xls|.csv> [--ghi-de]
//        npm run import -- news <tệp.html | thư mục> [--chuyen-muc <mã>]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { checkProject, errorsOf } from '../src/check/project.ts';
import { readYearSource, yearFilePath, YearSourceRefusal } from '../src/check/year-source.ts';
import { formatProblem } from '../src/lib/problems/problem.ts';
import { newYearFile, parseYear } from '../src/lib/scaffold/year.ts';
import { importYear, type YearBase } from '../src/lib/spreadsheet/import-year.ts';
import { readWorkbook, type Sheet } from '../src/lib/spreadsheet/read-workbook.ts';
import { importNews } from './import-news.ts';

const USAGE = `Cách dùng:
  npm run import -- year <năm> <tệp> [--ghi-de]
      ghi điểm Chỉ số CCHC của một năm từ bảng tính (.xlsx, .xls hoặc .csv) vào data/par-index/<năm>.json;
      đã có tệp năm đó thì cần thêm --ghi-de
  npm run import -- news <tệp.html hoặc thư mục> [--chuyen-muc <mã chuyên mục>]
      chuyển các trang đã lưu từ cổng thông tin cũ thành bài viết (bản nháp)

Ví dụ:
  npm run import -- year 2026 data/par-index/2026.xlsx --ghi-de
  npm run import -- year 2026 "Ket qua CCHC 2026.xlsx"
  npm run import -- news trang-cu/ --chuyen-muc tin-tuc-su-kien

Nhớ dấu -- sau npm run import; tên tệp có dấu cách thì đặt trong dấu ngoặc kép.`;

class Refusal extends Error {}
const refuse = (message: string): never => {
  throw new Refusal(message);
};

const root = process.cwd();
const SPREADSHEET = /\.(xlsx|xls|csv)$/i;
/** The check's errors in the written file shown here; the rest are counted (npm run check lists them all). */
const SHOWN_CHECK_ERRORS = 5;

function importYearCommand(args: string[]): number {
  const overwrite = args.includes('--ghi-de');
  const [yearText, file, ...extra] = args.filter((a) => a !== '--ghi-de');
  const year = parseYear(yearText);
  if (yearText === undefined || file === undefined) refuse(`Thiếu năm hoặc tên tệp bảng tính.\n\n${USAGE}`);
  if (year === undefined) refuse(`Năm phải viết đủ 4 chữ số, từ 1990 đến 2100, ví dụ: npm run import -- year 2026 ket-qua-2026.xlsx.`);
  if (extra.length > 0) refuse(`Thừa "${extra.join(' ')}" sau tên tệp (tên tệp có dấu cách thì đặt trong dấu ngoặc kép).\n\n${USAGE}`);
  const path = resolve(root, file!);
  const name = basename(file!);
  if (!existsSync(path)) refuse(`Không thấy tệp ${file}: kiểm tra tên và thư mục của tệp.`);
  if (!SPREADSHEET.test(name)) refuse(`${name}: chỉ đọc được bảng tính .xlsx, .xls hoặc .csv. Trong Excel, chọn Lưu thành (Save As) một trong các dạng đó.`);
  const target = yearFilePath(year!);
  const source = readYearSource(root, year!);
  if (source.existing && !overwrite)
    refuse(
      `Đã có tệp ${target}: lệnh không ghi đè. Thêm --ghi-de để thay điểm trong tệp đó bằng điểm trong ${name} (các trường khác của tệp được giữ nguyên).`,
    );

  let sheets: Sheet[];
  try {
    sheets = readWorkbook(name, readFileSync(path));
  } catch {
    return refuse(
      `${name}: không đọc được tệp như một bảng tính (tệp hỏng, có mật khẩu, hoặc không phải .xlsx/.xls/.csv thật). Mở tệp trong Excel và lưu lại, rồi chạy lại lệnh.`,
    );
  }
  const base: YearBase = source.existing ?? (newYearFile(year!, source.units, source.latest) as unknown as YearBase);
  const outcome = importYear({ file: name, sheets, units: source.units, base, previous: source.latest?.results });
  if (!outcome.year) {
    console.error(`Có ${outcome.problems.length} lỗi trong ${name}; chưa ghi gì vào ${target}. Sửa từng ô dưới đây, lưu tệp, rồi chạy lại lệnh.`);
    for (const problem of outcome.problems) console.error(`  ${problem}`);
    return 1;
  }
  mkdirSync(join(root, 'data/par-index'), { recursive: true });
  writeFileSync(join(root, target), `${JSON.stringify(outcome.year, null, 2)}\n`, 'utf8');
  const filled = outcome.year.results.filter((r) => r.score !== null).length;
  console.log(`Đã ghi ${target}: ${filled}/${outcome.year.results.length} đơn vị có điểm, đọc từ ${name}.`);
  for (const note of outcome.notes) console.log(`  Lưu ý: ${note}`);

  // The check the build runs, on the file just written.
  const project = checkProject(root, { cache: true });
  const own = errorsOf(project).filter((p) => p.file === target);
  const others = errorsOf(project).length - own.length;
  if (own.length > 0) {
    console.error(`\nnpm run check báo ${own.length} lỗi trong ${target}:`);
    for (const problem of own.slice(0, SHOWN_CHECK_ERRORS)) console.error(`  ${formatProblem(problem)}`);
    if (own.length > SHOWN_CHECK_ERRORS) console.error(`  … và ${own.length - SHOWN_CHECK_ERRORS} lỗi nữa (npm run check liệt kê đủ).`);
  } else console.log(`\nnpm run check: ${target} không có lỗi.`);
  if (others > 0) console.error(`(Dự án còn ${others} lỗi ở tệp khác: chạy npm run check để xem.)`);
  return own.length > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<number> {
  const [kind, ...args] = argv;
  try {
    if (kind === 'year') return importYearCommand(args);
    if (kind === 'news') return await importNews(root, args);
    if (kind === '-h' || kind === '--help' || kind === 'help') {
      console.log(USAGE);
      return 0;
    }
    return refuse(
      kind === undefined ? `Thiếu loại dữ liệu cần nhập.\n\n${USAGE}` : `Không biết loại "${kind}": chọn year (điểm một năm) hoặc news (bài viết).\n\n${USAGE}`,
    );
  } catch (error) {
    if (error instanceof Refusal || error instanceof YearSourceRefusal || (error instanceof Error && error.name === 'Refusal')) console.error(error.message);
    else console.error(`Không nhập được: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));

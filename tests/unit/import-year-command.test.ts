import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATE_ROWS } from '../../src/lib/spreadsheet/year-template.ts';
import { check, copyProject, removeCopies, runScript } from '../support/project-copy.ts';

// The real `npm run new -- year --xlsx` and `npm run import -- year` on a copy of the fixture
// portal; every year and unit is read from the copy, never assumed.
afterAll(removeCopies);

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at |Error:|node:internal/m);
const years = (root: string) => readdirSync(join(root, 'data/par-index')).flatMap((f) => (/^\d{4}\.json$/.test(f) ? [Number(f.slice(0, 4))] : []));
const units = (root: string) => JSON.parse(readFileSync(join(root, 'data/units.json'), 'utf8')).units as Array<{ id: string; name: string }>;

/**
 * Text as Excel on a Vietnamese Windows saves a CSV: windows-1258, where ă â ê ô ơ ư đ are single
 * bytes and a tone mark is a byte of its own after its letter. The table comes from the decoder
 * itself, so the test needs no encoding library.
 */
function windows1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  const bytes = [...text.normalize('NFC')].flatMap((ch) => {
    if (table.has(ch)) return [table.get(ch)!];
    const parts = ch.normalize('NFD');
    const base = parts.slice(0, -1).normalize('NFC');
    const mark = parts.slice(-1);
    if (!table.has(base) || !table.has(mark)) throw new Error(`windows-1258 cannot write ${ch}`);
    return [table.get(base)!, table.get(mark)!];
  });
  return new Uint8Array(bytes);
}

/** Fills every editable score cell of the template with a library, as an office would in Excel. */
async function fill(path: string, score: (unit: string, column: number) => number | string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  for (const sheet of book.worksheets)
    sheet.eachRow((row, n) => {
      if (n < TEMPLATE_ROWS.firstUnit) return;
      const unit = String(row.getCell(1).value);
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        if (column > 2 && cell.protection?.locked === false)
          cell.value = column === 4 && sheet.getCell(TEMPLATE_ROWS.header, 4).value === 'Điểm tối đa' ? cell.value : score(unit, column);
      });
      // Maxima this year's regulation sets, where the template left them to fill.
      sheet.getRow(TEMPLATE_ROWS.maxima).eachCell({ includeEmpty: true }, (cell, column) => {
        if (column > 2 && cell.protection?.locked === false && (cell.value === null || cell.value === undefined)) cell.value = 20;
      });
    });
  await book.xlsx.writeFile(path);
}

describe('npm run new -- year --xlsx, then npm run import -- year', { timeout: 60_000 }, () => {
  it('round trip: the template of an existing year, imported unchanged, gives back the same JSON byte for byte', () => {
    const root = copyProject();
    for (const year of years(root)) {
      const file = join(root, `data/par-index/${year}.json`);
      const before = readFileSync(file);
      const made = runScript(root, 'new.ts', ['year', String(year), '--xlsx']);
      expect(made.status, made.output).toBe(0);
      const imported = runScript(root, 'import.ts', ['year', String(year), join(root, `data/par-index/${year}.xlsx`), '--ghi-de']);
      expect(imported.status, imported.output).toBe(0);
      expect(readFileSync(file).equals(before), `${year}: ${imported.output}`).toBe(true);
    }
  });

  it('a new year: the template, filled by a library, becomes the year file that the check accepts', async () => {
    const root = copyProject();
    const year = Math.max(...years(root)) + 1;
    const made = runScript(root, 'new.ts', ['year', String(year), '--xlsx']);
    expect(made.status, made.output).toBe(0);
    expect(made.output).toContain(`data/par-index/${year}.xlsx`);
    expect(made.output).toContain(`npm run import -- year ${year} data/par-index/${year}.xlsx --ghi-de`);
    expect(made.output).toContain(`Đã tạo tệp kết quả năm ${year}: data/par-index/${year}.json`);
    const json = `data/par-index/${year}.json`;

    // Before filling: importing the blank template writes nothing new and names what is missing.
    const blank = runScript(root, 'import.ts', ['year', String(year), join(root, `data/par-index/${year}.xlsx`)]);
    expect(blank.status).toBe(1);
    expect(blank.output).toContain(`Đã có tệp ${json}: lệnh không ghi đè. Thêm --ghi-de`);

    await fill(join(root, `data/par-index/${year}.xlsx`), (_, column) => (column % 2 === 0 ? 7.25 : '8,5'));
    const imported = runScript(root, 'import.ts', ['year', String(year), join(root, `data/par-index/${year}.xlsx`), '--ghi-de']);
    expect(imported.status, imported.output).toBe(0);
    noStackTrace(imported.output);
    expect(imported.output).toContain(`npm run check: ${json} không có lỗi.`);
    const data = JSON.parse(readFileSync(join(root, json), 'utf8'));
    expect(data.results.length).toBeGreaterThan(0);
    for (const result of data.results) {
      expect(result.score, result.unit).not.toBeNull();
      if (result.components) {
        const parts = Object.values(result.components) as Array<{ score: number; max: number }>;
        expect(parts.every((p) => p.score === 7.25 || p.score === 8.5)).toBe(true);
        expect(result.score).toBeCloseTo(
          parts.reduce((a, p) => a + p.score, 0),
          10,
        );
      }
    }
    const checked = check(root);
    expect(checked.output).not.toContain(json);
  });

  it('lists every bad cell at once, in Vietnamese, and leaves the year file untouched', async () => {
    const root = copyProject();
    // A year scored by criteria, so that each criterion has its maximum.
    const year = years(root).find((y) => readFileSync(join(root, `data/par-index/${y}.json`), 'utf8').includes('"components"'))!;
    const json = join(root, `data/par-index/${year}.json`);
    const before = readFileSync(json);
    expect(runScript(root, 'new.ts', ['year', String(year), '--xlsx']).status).toBe(0);
    const path = join(root, `data/par-index/${year}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.worksheets[0]!;
    const first = TEMPLATE_ROWS.firstUnit;
    sheet.getCell(`C${first}`).value = 'chín';
    sheet.getCell(`C${first + 1}`).value = 100;
    await book.xlsx.writeFile(path);

    const result = runScript(root, 'import.ts', ['year', String(year), join(root, `data/par-index/${year}.xlsx`), '--ghi-de']);
    expect(result.status).toBe(1);
    noStackTrace(result.output);
    expect(result.output).toContain(`Có 2 lỗi trong ${year}.xlsx; chưa ghi gì vào data/par-index/${year}.json.`);
    const name = (row: number) => String(sheet.getCell(`B${row}`).value);
    expect(result.output).toContain(`${year}.xlsx, trang "${sheet.name}", ô C${first} (${name(first)}, `);
    expect(result.output).toContain('"chín" không phải là một số');
    expect(result.output).toMatch(new RegExp(`ô C${first + 1} \\(${name(first + 1)}, [^)]+\\): 100 lớn hơn điểm tối đa`));
    expect(readFileSync(json).equals(before)).toBe(true);
  });

  it('reads an office’s CSV in the Windows code page, names matched through units.json', () => {
    const root = copyProject();
    const year = Math.max(...years(root)) + 1;
    const all = units(root);
    // A name as an office types it: another case, extra spaces, a trailing full stop.
    const first = all.find((u) => /[ơưđ]/.test(u.name) && /[\u0300-\u0323]/u.test(u.name.normalize('NFD')))!;
    const csvText = `KẾT QUẢ CHẤM ĐIỂM NĂM ${year}\n\nSTT;Tên cơ quan, đơn vị;Tổng điểm;Xếp loại\n1;  ${first.name.toUpperCase()}. ;"88,5";Tốt\n`;
    writeFileSync(join(root, 'diem.csv'), windows1258(csvText));

    const result = runScript(root, 'import.ts', ['year', String(year), 'diem.csv']);
    noStackTrace(result.output);
    expect(result.output).toContain(`Đã ghi data/par-index/${year}.json: 1/`);
    const data = JSON.parse(readFileSync(join(root, `data/par-index/${year}.json`), 'utf8'));
    expect(data.results.find((r: { unit: string }) => r.unit === first.id)?.score).toBe(88.5);
  });

  it('refuses what it cannot read, in Vietnamese, without a stack trace', () => {
    const root = copyProject({ 'bang.pdf': 'x', 'hong.xlsx': 'không phải bảng tính' });
    const year = String(Math.max(...years(root)) + 1);
    const cases: Array<[string[], string]> = [
      [['year', year, 'khong-co.xlsx'], 'Không thấy tệp khong-co.xlsx'],
      [['year', year, 'bang.pdf'], 'bang.pdf: chỉ đọc được bảng tính .xlsx, .xls hoặc .csv.'],
      [['year', year, 'hong.xlsx'], 'hong.xlsx: không đọc được tệp như một bảng tính'],
      [['year', '26', 'hong.xlsx'], 'Năm phải viết đủ 4 chữ số'],
      [['year'], 'Thiếu năm hoặc tên tệp bảng tính.'],
    ];
    for (const [args, message] of cases) {
      const result = runScript(root, 'import.ts', args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.output).toContain(message);
      noStackTrace(result.output);
    }
    expect(existsSync(join(root, `data/par-index/${year}.json`))).toBe(false);
  });
});

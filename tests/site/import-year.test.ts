import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_ROWS } from '../../src/lib/spreadsheet/year-template.ts';
import { page, text } from '../support/dist.ts';
import { runScript } from '../support/project-copy.ts';
import { buildSite, prepareSite } from '../support/site-build.ts';

// An office's year from spreadsheet to page: `npm run new -- year --xlsx`, the template filled
// by a library as Excel would be, `npm run import -- year`, then the real build.
let root: string;
let year: number;
let filled: Array<{ unit: string; name: string; total: number }>;
let importOutput: string;

beforeAll(async () => {
  root = await prepareSite('import-year');
  year = Math.max(...readdirSync(join(root, 'data/par-index')).flatMap((f) => (/^\d{4}\.json$/.test(f) ? [Number(f.slice(0, 4))] : []))) + 1;
  const made = runScript(root, 'new.ts', ['year', String(year), '--xlsx']);
  if (made.status !== 0) throw new Error(made.output);

  const path = join(root, `data/par-index/${year}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  filled = [];
  for (const sheet of book.worksheets) {
    const header = sheet.getRow(TEMPLATE_ROWS.header);
    const byTotal = header.getCell(3).value === 'Điểm';
    const maxima = sheet.getRow(TEMPLATE_ROWS.maxima);
    const columns = byTotal ? [3] : Array.from({ length: header.cellCount - 3 }, (_, i) => 3 + i);
    // Maxima where the regulation's are not known yet: 100 shared out evenly.
    if (!byTotal) for (const c of columns) if (maxima.getCell(c).value === null) maxima.getCell(c).value = Math.round((100 / columns.length) * 100) / 100;
    for (let n = TEMPLATE_ROWS.firstUnit; n <= sheet.rowCount; n++) {
      const row = sheet.getRow(n);
      // Distinct scores, falling down the sheet: 0.5 less per row in every column, typed as text with a comma in one.
      const rank = n - TEMPLATE_ROWS.firstUnit;
      let total = 0;
      for (const c of columns) {
        const max = byTotal ? 100 : Number(maxima.getCell(c).value);
        const score = Math.round((max * 0.95 - rank * 0.5) * 100) / 100;
        row.getCell(c).value = c === 3 ? String(score).replace('.', ',') : score;
        total += score;
      }
      filled.push({ unit: String(row.getCell(1).value), name: String(row.getCell(2).value), total: Math.round(total * 100) / 100 });
    }
  }
  await book.xlsx.writeFile(path);
  const imported = runScript(root, 'import.ts', ['year', String(year), path, '--ghi-de']);
  importOutput = imported.output;
  if (imported.status !== 0) throw new Error(imported.output);
  const built = await buildSite(root);
  if (built.code !== 0) throw new Error(built.output);
}, 300_000);

describe('a year imported from its spreadsheet', () => {
  it('is written with every unit scored', () => {
    expect(importOutput).toContain(`Đã ghi data/par-index/${year}.json: ${filled.length}/${filled.length} đơn vị có điểm`);
    const data = JSON.parse(readFileSync(join(root, `data/par-index/${year}.json`), 'utf8'));
    for (const f of filled) expect(data.results.find((r: { unit: string }) => r.unit === f.unit).score, f.unit).toBeCloseTo(f.total, 6);
  });

  it('builds its year page, each group ranked from the scores typed in the sheet', () => {
    const doc = page(join(root, 'dist'), `/chi-so-cchc/${year}/`);
    const body = text(doc.querySelector('main'));
    // The first unit of each sheet scored highest: it is first in its group's ranking.
    const firsts = filled.filter((_, i) => i === 0 || filled[i - 1]!.total < filled[i]!.total);
    for (const f of firsts) expect(body).toContain(f.name);
    const rows = [...doc.querySelectorAll('table tbody tr')].map((tr) => text(tr));
    expect(rows.some((row) => row.includes(firsts[0]!.name) && /^\s*1\b/.test(row))).toBe(true);
  });
});

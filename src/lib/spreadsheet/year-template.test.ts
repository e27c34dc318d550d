import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { Unit } from '../results/types.ts';
import { importYear, type YearBase } from './import-year.ts';
import { readWorkbook } from './read-workbook.ts';
import { criterionColumns, sheetNames, TEMPLATE_ROWS, yearTemplate, type TemplateInput } from './year-template.ts';

const units: Unit[] = [
  { id: 'so-a', name: 'Sở Alpha', level: 'so' },
  { id: 'so-b', name: 'Sở Bêta', level: 'so' },
  { id: 'so-c', name: 'Sở Chưa Chấm', level: 'so' },
  { id: 'xa-d', name: 'UBND xã Đông', level: 'xa' },
];
const names = new Map(units.map((u) => [u.id, u.name]));
const criteria = [
  { id: 'chi-dao', label: 'Chỉ đạo, điều hành' },
  { id: 'the-che', label: 'Cải cách thể chế' },
];
const points = (a: number, b: number) => ({ 'chi-dao': { score: a, max: 10 }, 'the-che': { score: b, max: 14.5 } });

// A year scored by criteria for departments (one of them not scored yet, one by total alone)
// and by total alone, out of 97,5, for a commune.
const year: YearBase = {
  year: 2026,
  note: 'giữ nguyên',
  tiers: [{ id: 'tot', label: 'Tốt', min: 0 }],
  groups: [
    { id: 'so', label: 'Sở, ban, ngành: nhóm [A/B] có tên rất dài', level: 'so' },
    { id: 'xa', label: 'UBND cấp xã', level: 'xa' },
  ],
  criteria,
  results: [
    { unit: 'so-a', group: 'so', score: 21.35, max: 24.5, components: points(9.5, 11.85) },
    { unit: 'so-b', group: 'so', score: 20, max: 24.5 },
    { unit: 'so-c', group: 'so', score: null, max: 24.5 },
    { unit: 'xa-d', group: 'xa', score: 88.25, max: 97.5 },
  ],
};
const input = (file: YearBase): TemplateInput => ({
  year: file.year,
  groups: file.groups,
  criteria: file.criteria ?? [],
  results: file.results.map((r) => ({ ...r, name: names.get(r.unit)! })),
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('sheetNames', () => {
  it('fits Excel’s rules: 31 characters, none of []:*?/\\, each name once', () => {
    const names = sheetNames([
      { id: 'a', label: 'Sở, ban, ngành: nhóm [A/B] có tên rất dài', level: 'so' },
      { id: 'b', label: 'Sở, ban, ngành: nhóm [A/B] có tên rất dài hơn', level: 'so' },
    ]);
    expect(names.get('a')).toBe('Sở, ban, ngành nhóm A B có tên');
    expect(names.get('b')).toBe('Sở, ban, ngành nhóm A B có (2)');
    for (const name of names.values()) expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('criterionColumns', () => {
  it('takes the criteria and maxima this year’s units were scored on, else the latest year’s', () => {
    expect(criterionColumns(input(year), 'so').columns.map((c) => [c.criterion.id, c.max])).toEqual([
      ['chi-dao', 10],
      ['the-che', 14.5],
    ]);
    const blank = { ...input(year), results: input(year).results.map((r) => ({ ...r, score: null, components: undefined })) };
    expect(criterionColumns(blank, 'so').columns.map((c) => c.max)).toEqual([undefined, undefined]);
    const carried = { ...blank, previous: [{ group: 'so', components: { 'the-che': { score: 1, max: 12 } } }] };
    expect(criterionColumns(carried, 'so').columns.map((c) => [c.criterion.id, c.max])).toEqual([['the-che', 12]]);
  });

  it('reports a criterion whose maximum differs between units of a group', () => {
    const two = {
      ...input(year),
      results: [...input(year).results, { unit: 'so-x', name: 'X', group: 'so', score: 1, max: 20, components: { 'chi-dao': { score: 1, max: 5 } } }],
    };
    expect(criterionColumns(two, 'so').conflicts).toEqual(['chi-dao']);
  });
});

describe('yearTemplate', () => {
  it('writes a sheet per group: ids and names locked, points editable within 0…maximum, total by formula, panes frozen', async () => {
    const { xlsx } = await yearTemplate(input(year));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx!.buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Sở, ban, ngành nhóm A B có tên', 'UBND cấp xã']);
    const so = workbook.worksheets[0]!;
    expect(so.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: TEMPLATE_ROWS.maxima });
    expect(so.getRow(TEMPLATE_ROWS.header).values).toEqual([
      undefined,
      'Mã đơn vị',
      'Tên cơ quan, đơn vị',
      'Chỉ đạo, điều hành',
      'Cải cách thể chế',
      'Tổng điểm',
    ]);
    expect(so.getCell('C4').value).toBe(10);
    expect(so.getCell('E4').value).toMatchObject({ formula: 'SUM(C4:D4)' });
    const first = TEMPLATE_ROWS.firstUnit;
    expect(so.getCell(`A${first}`).protection?.locked).not.toBe(false);
    expect(so.getCell(`B${first}`).protection?.locked).not.toBe(false);
    expect(so.getCell(`C${first}`).protection).toMatchObject({ locked: false });
    expect(so.getCell(`E${first}`).value).toMatchObject({ formula: `IF(COUNT(C${first}:D${first})=0,"",SUM(C${first}:D${first}))`, result: 21.35 });
    // A unit scored by total alone this year: its total is typed, not summed.
    expect(so.getCell(`E${first + 1}`).value).toBe(20);
    expect(so.getCell(`E${first + 1}`).protection).toMatchObject({ locked: false });

    const xa = workbook.worksheets[1]!;
    expect(xa.getRow(TEMPLATE_ROWS.header).values).toEqual([undefined, 'Mã đơn vị', 'Tên cơ quan, đơn vị', 'Điểm', 'Điểm tối đa']);
    expect([xa.getCell(`C${first}`).value, xa.getCell(`D${first}`).value]).toEqual([88.25, 97.5]);
  });

  it('limits each editable range to 0…its maximum, by ranges that never overlap', async () => {
    const { xlsx } = await yearTemplate(input(year));
    const zip = await JSZip.loadAsync(xlsx!);
    const rules = async (sheet: number) =>
      [
        ...(await zip.file(`xl/worksheets/sheet${sheet}.xml`)!.async('string')).matchAll(/<dataValidation [^>]*sqref="([^"]+)"[^>]*>(.*?)<\/dataValidation>/g),
      ].map((m) => [m[1], ...[...m[2]!.matchAll(/<formula\d>(.*?)<\/formula\d>/g)].map((f) => f[1])].join(' '));
    const first = TEMPLATE_ROWS.firstUnit;
    expect((await rules(1)).sort()).toEqual([`C${first}:C${first + 2} 0 C$4`, `C4:D4 0`, `D${first}:D${first + 2} 0 D$4`, `E${first + 1} 0 E$4`].sort());
    expect((await rules(2)).sort()).toEqual([`C${first}:C${first} 0 D${first}`, `D${first}:D${first} 0`].sort());
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<sheetProtection sheet="1"');
  });

  it('is read back into the same year file (the round trip)', async () => {
    const { xlsx } = await yearTemplate(input(year));
    const outcome = importYear({
      file: 't.xlsx',
      sheets: readWorkbook('t.xlsx', xlsx!),
      units,
      base: { ...year, results: year.results.map((r) => ({ ...r, score: 0 })) },
    });
    expect(outcome.problems).toEqual([]);
    expect(JSON.stringify(outcome.year)).toBe(JSON.stringify(year));
  });

  it('gives the same bytes for the same year', async () => {
    const [a, b] = await Promise.all([yearTemplate(input(year)), yearTemplate(input(year))]);
    expect(Buffer.from(a.xlsx!).equals(Buffer.from(b.xlsx!))).toBe(true);
  });

  it('refuses a group whose units have different maxima for one criterion', async () => {
    const odd = input({
      ...year,
      results: [...year.results, { unit: 'so-x', group: 'so', score: 1, max: 5, components: { 'chi-dao': { score: 1, max: 5 } } }],
    });
    expect(await yearTemplate(odd)).toEqual({ conflicts: ['Sở, ban, ngành: nhóm [A/B] có tên rất dài: chi-dao'] });
  });

  // A real spreadsheet program opens it and computes its formulas: LibreOffice, headless.
  it.skipIf(!existsSync('/usr/bin/soffice'))('opens in LibreOffice, which computes the totals of points a library typed in', { timeout: 120_000 }, async () => {
    const { xlsx } = await yearTemplate(input(year));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx!.buffer);
    const so = workbook.worksheets[0]!;
    so.getCell(`C${TEMPLATE_ROWS.firstUnit + 2}`).value = 7.5;
    so.getCell(`D${TEMPLATE_ROWS.firstUnit + 2}`).value = 12.25;
    const dir = mkdtempSync(join(tmpdir(), 'cchc-soffice-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'nam.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
    // Every sheet to CSV (UTF-8, comma separated, formulas as their results): token 12 = -1.
    execFileSync(
      '/usr/bin/soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        dir,
        join(dir, 'nam.xlsx'),
      ],
      { stdio: 'pipe', timeout: 110_000 },
    );
    const csv = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(csv).toHaveLength(2);
    const first = readFileSync(
      join(
        dir,
        csv.find((f) => f.includes('Sở'))!,
      ),
      'utf8',
    ).split('\n');
    expect(first[TEMPLATE_ROWS.maxima - 1]).toBe(',Điểm tối đa,10,14.5,24.5');
    expect(first[TEMPLATE_ROWS.firstUnit - 1]).toBe('so-a,Sở Alpha,9.5,11.85,21.35');
    // Typed by the library, summed by LibreOffice's own evaluation of the template's formula.
    expect(first[TEMPLATE_ROWS.firstUnit + 1]).toBe('so-c,Sở Chưa Chấm,7.5,12.25,19.75');
  });
});

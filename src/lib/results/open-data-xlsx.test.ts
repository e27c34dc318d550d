import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { applyChanges, computeYear } from './compute.ts';
import { yearToCsv } from './open-data.ts';
import { yearToXlsx } from './open-data-xlsx.ts';
import type { Unit } from './types.ts';

// Two units of one group, one without a change from the year before: the CSV's empty fields.
const units = new Map<string, Unit>(
  [
    { id: 'so-a', name: 'Sở "A", tỉnh' },
    { id: 'so-b', name: 'Sở Đ' },
  ].map((u) => [u.id, { ...u, level: 'so' }]),
);
const tiers = [80, 0].map((min, i) => ({ id: ['tot', 'kha'][i], label: ['Tốt', 'Khá'][i], min }));
const groups = [{ id: 'so', label: 'Sở, ban, ngành', level: 'so' as const }];
const criteria = [
  { id: 'chi-dao', label: 'Chỉ đạo, điều hành' },
  { id: 'the-che', label: 'Cải cách thể chế' },
];
const y2020 = computeYear({ year: 2020, tiers, groups, results: [{ unit: 'so-a', group: 'so', score: 70, max: 100 }] }, units);
const y2021 = computeYear(
  {
    year: 2021,
    tiers,
    groups,
    criteria,
    results: [
      { unit: 'so-a', group: 'so', score: 81.5, max: 100, components: { 'chi-dao': { score: 9.5, max: 10 } } },
      { unit: 'so-b', group: 'so', score: 64.995, max: 100 },
    ],
  },
  units,
);
applyChanges([y2020, y2021]);

async function sheets(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return Object.fromEntries(
    workbook.worksheets.map((sheet) => [
      sheet.name,
      {
        views: sheet.views,
        rows: sheet
          .getSheetValues()
          .slice(1)
          .map((row) => (row as unknown[]).slice(1)),
      },
    ]),
  );
}

describe('yearToXlsx', () => {
  it('holds the CSV’s rows and numbers, headed in Vietnamese, with the tier’s name', async () => {
    const { 'Xếp hạng': ranking } = await sheets(await yearToXlsx(y2021));
    expect(ranking.rows).toEqual([
      ['Nhóm', 'Mã đơn vị', 'Tên đơn vị', 'Điểm', 'Điểm tối đa', 'Chỉ số (%)', 'Hạng', 'Xếp loại', 'Thay đổi hạng', 'Thay đổi chỉ số'],
      ['Sở, ban, ngành', 'so-a', 'Sở "A", tỉnh', 81.5, 100, 81.5, 1, 'Tốt', 0, 11.5],
      // No change: empty cells, as the CSV's empty fields.
      ['Sở, ban, ngành', 'so-b', 'Sở Đ', 64.995, 100, 65, 2, 'Khá'],
    ]);
    // The same numbers as the CSV, row for row.
    const csv = yearToCsv(y2021).slice(1).trim().split('\r\n').slice(1);
    expect(ranking.rows.slice(1).map((row) => [row[3], row[4], row[5], row[6]].map(String))).toEqual(csv.map((line) => line.split(',').slice(-7, -3)));
    expect(ranking.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('adds the criteria sheet for a year scored by criteria, and only then', async () => {
    const workbook = await sheets(await yearToXlsx(y2021));
    expect(workbook['Theo lĩnh vực'].rows).toEqual([
      ['Nhóm', 'Mã đơn vị', 'Tên đơn vị', 'Lĩnh vực', 'Điểm', 'Điểm tối đa', 'Tỷ lệ (%)'],
      ['Sở, ban, ngành', 'so-a', 'Sở "A", tỉnh', 'Chỉ đạo, điều hành', 9.5, 10, 95],
    ]);
    expect(Object.keys(await sheets(await yearToXlsx(y2020)))).toEqual(['Xếp hạng']);
  });

  it('gives the same bytes for the same results, whenever it is built', async () => {
    const first = await yearToXlsx(y2021);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await yearToXlsx(y2021);
    const at = first.findIndex((byte, i) => byte !== second[i]);
    expect([second.length, at]).toEqual([first.length, -1]);
  });
});

import type { YearResults } from './compute.ts';
import { yearToJson } from './open-data.ts';
import { WORKBOOK_TIME, withFixedTimes } from '../spreadsheet/fixed-zip.ts';

/** The ranking sheet's columns: the CSV's, headed in Vietnamese for the office that opens it in Excel. */
export const XLSX_RANKING_COLUMNS = [
  { header: 'Nhóm', width: 28 },
  { header: 'Mã đơn vị', width: 22 },
  { header: 'Tên đơn vị', width: 40 },
  { header: 'Điểm', width: 9 },
  { header: 'Điểm tối đa', width: 11 },
  { header: 'Chỉ số (%)', width: 11 },
  { header: 'Hạng', width: 7 },
  { header: 'Xếp loại', width: 12 },
  { header: 'Thay đổi hạng', width: 14 },
  { header: 'Thay đổi chỉ số', width: 15 },
] as const;

export const XLSX_CRITERIA_COLUMNS = ['Nhóm', 'Mã đơn vị', 'Tên đơn vị', 'Lĩnh vực', 'Điểm', 'Điểm tối đa', 'Tỷ lệ (%)'] as const;

/**
 * One year's results as an Excel workbook for readers (SPEC 11): a sheet "Xếp hạng" with the same
 * rows and numbers as the open-data CSV (numbers as numbers, an empty cell for no change), and for
 * a year scored by criteria a sheet "Theo lĩnh vực" with the criteria CSV's rows. Header rows
 * frozen, so that the column names stay in sight.
 */
export async function yearToXlsx(year: YearResults): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded when a workbook is made, not with the page's module: a rebuild that reuses the
  // workbooks never makes one, and exceljs alone took a quarter of a second to load.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = workbook.lastModifiedBy = '';
  workbook.created = workbook.modified = WORKBOOK_TIME;
  const open = yearToJson(year);

  const ranking = workbook.addWorksheet('Xếp hạng', { views: [{ state: 'frozen', ySplit: 1 }] });
  ranking.columns = XLSX_RANKING_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  for (const g of open.groups)
    for (const r of g.results) ranking.addRow([g.label, r.unit, r.name, r.score, r.max, r.index, r.rank, labelOf(year, r.tier), r.rankChange, r.indexChange]);
  ranking.getRow(1).font = { bold: true };

  const criteriaRows = year.groups.flatMap((g) =>
    g.results.flatMap((r) =>
      year.criteria.flatMap((c) => {
        const points = r.components?.[c.id];
        return points ? [[g.group.label, r.unit, r.name, c.label, points.score, points.max, points.index]] : [];
      }),
    ),
  );
  if (criteriaRows.length > 0) {
    const criteria = workbook.addWorksheet('Theo lĩnh vực', { views: [{ state: 'frozen', ySplit: 1 }] });
    criteria.columns = XLSX_CRITERIA_COLUMNS.map((header, i) => ({ header, width: [28, 22, 40, 44, 9, 11, 10][i] }));
    criteria.addRows(criteriaRows);
    criteria.getRow(1).font = { bold: true };
  }

  // Same results, same bytes: a rebuild keeps the file and the identity test holds.
  return withFixedTimes(await workbook.xlsx.writeBuffer());
}

const labelOf = (year: YearResults, tier: string) => year.tiers.find((t) => t.id === tier)?.label ?? tier;

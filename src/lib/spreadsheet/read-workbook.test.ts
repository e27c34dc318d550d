import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellAddress, decodeCsv, readWorkbook } from './read-workbook.ts';

const values = (rows: ReturnType<typeof readWorkbook>[number]['rows']) => rows.map((row) => (row ?? []).map((cell) => cell?.value));

describe('decodeCsv', () => {
  it('reads UTF-8, with or without the byte-order mark Excel writes', () => {
    const text = 'Tên đơn vị;Điểm\nSở Tư pháp;88,5\n';
    expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toBe(text);
  });

  it('reads the Vietnamese Windows code page, tone marks joined to their letters', () => {
    // "Sở Tư pháp" in windows-1258: ơ = F5, ư = FD, the hook above (U+0309) = D2, the acute (U+0301) = EC.
    const bytes = new Uint8Array([0x53, 0xf5, 0xd2, 0x20, 0x54, 0xfd, 0x20, 0x70, 0x68, 0x61, 0xec, 0x70]);
    expect(decodeCsv(bytes)).toBe('Sở Tư pháp');
    expect(decodeCsv(bytes)).toBe('Sở Tư pháp'.normalize('NFC'));
  });
});

describe('readWorkbook', () => {
  it('keeps a CSV’s decimal commas as text (the library would read "88,5" as 885), whatever the separator', () => {
    for (const csv of ['Đơn vị;Điểm\nSở A;88,5\n', 'Đơn vị,Điểm\nSở A,"88,5"\n']) {
      const [sheet] = readWorkbook('ket-qua.csv', new TextEncoder().encode(csv));
      expect(values(sheet!.rows)).toEqual([
        ['Đơn vị', 'Điểm'],
        ['Sở A', '88,5'],
      ]);
    }
  });

  it('reads an old .xls with its merged header repeated in each merged cell', () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ['Tên đơn vị', 'Điểm các lĩnh vực', null, 'Tổng'],
      [null, 'Thể chế', 'TTHC', null],
      ['Sở A', 9.5, '10,25', 19.75],
    ]);
    sheet['!merges'] = [XLSX.utils.decode_range('A1:A2'), XLSX.utils.decode_range('B1:C1'), XLSX.utils.decode_range('D1:D2')];
    const book = XLSX.utils.book_new(sheet, 'Trang 1');
    const xls = XLSX.write(book, { type: 'array', bookType: 'biff8' }) as ArrayBuffer;
    const [read] = readWorkbook('cu.XLS', new Uint8Array(xls));
    expect(read!.name).toBe('Trang 1');
    expect(values(read!.rows)).toEqual([
      ['Tên đơn vị', 'Điểm các lĩnh vực', 'Điểm các lĩnh vực', 'Tổng'],
      ['Tên đơn vị', 'Thể chế', 'TTHC', 'Tổng'],
      ['Sở A', 9.5, '10,25', 19.75],
    ]);
  });

  it('marks formula cells, with their last value, or none when no spreadsheet program computed it', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('A');
    sheet.addRow([1, 2, { formula: 'A1+B1', result: 3 }, { formula: 'A1*B1' }]);
    const [read] = readWorkbook('a.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(read!.rows[0]).toEqual([{ value: 1 }, { value: 2 }, { value: 3, formula: true }, { value: '', formula: true }]);
  });

  it('names cells as Excel does', () => {
    expect(cellAddress(13, 5)).toBe('F14');
    expect(cellAddress(0, 27)).toBe('AB1');
  });
});

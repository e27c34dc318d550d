import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../results/types.ts';
import { importYear, type YearBase } from './import-year.ts';
import type { Sheet, SheetCell } from './read-workbook.ts';

// Own units and criteria: the importer knows nothing of any province.
const units: Unit[] = [
  { id: 'so-a', name: 'Sở Alpha', level: 'so' },
  { id: 'so-b', name: 'Sở Bêta và Gamma', level: 'so', formerNames: [{ name: 'Sở Bêta', until: 2020 }] },
  { id: 'so-c', name: 'Thanh tra tỉnh', level: 'so' },
  { id: 'xa-d', name: 'UBND xã Đông Sơn', level: 'xa' },
  { id: 'so-old', name: 'Sở Cũ', level: 'so', activeUntil: 2020, mergedInto: 'so-a' },
];
const criteria = [
  { id: 'chi-dao', label: 'Công tác chỉ đạo, điều hành' },
  { id: 'the-che', label: 'Cải cách thể chế' },
  { id: 'tthc', label: 'Cải cách thủ tục hành chính' },
];
const base = (over: Partial<YearBase> = {}): YearBase => ({
  year: 2026,
  tiers: [{ id: 'tot', label: 'Tốt', min: 0 }],
  groups: [
    { id: 'so', label: 'Sở, ngành', level: 'so' },
    { id: 'xa', label: 'UBND cấp xã', level: 'xa' },
  ],
  criteria,
  results: [
    { unit: 'so-a', group: 'so', score: null, max: 100 },
    { unit: 'so-b', group: 'so', score: null, max: 100 },
    { unit: 'so-c', group: 'so', score: null, max: 100 },
    { unit: 'xa-d', group: 'xa', score: null, max: 100 },
  ],
  ...over,
});

type Value = string | number | null | { formula: true; value?: number };
/** A sheet from rows of values; `merges` as [row, col, lastRow, lastCol], 0-based, filled as the reader fills them. */
function sheet(name: string, rows: Value[][], merges: Array<[number, number, number, number]> = []): Sheet {
  const cells = rows.map((row) =>
    row.map((v): SheetCell | undefined =>
      v === null || v === '' ? undefined : typeof v === 'object' ? { value: v.value ?? '', formula: true } : { value: v },
    ),
  );
  for (const [r0, c0, r1, c1] of merges) for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) (cells[r] ??= [])[c] = cells[r0]![c0];
  return { name, rows: cells };
}

const run = (sheets: Sheet[], over: Partial<YearBase> = {}, previous?: Parameters<typeof importYear>[0]['previous']) =>
  importYear({ file: 'ket-qua-2026.xlsx', sheets, units, base: base(over), previous });

describe('an office’s own sheet', () => {
  // Title rows, a two-row merged header, a maxima row, STT and rank columns, names with and
  // without "UBND", a former name, decimal commas typed as text, a heading row, blank rows, a
  // typed total and a totals row.
  const office = sheet(
    'Tổng hợp',
    [
      ['ỦY BAN NHÂN DÂN TỈNH', null, null, null, null, null, null],
      ['KẾT QUẢ CHỈ SỐ CCHC NĂM 2026', null, null, null, null, null, null],
      [],
      ['STT', 'Tên cơ quan, đơn vị', 'Điểm các lĩnh vực', null, null, 'Tổng điểm', 'Xếp hạng'],
      [null, null, 'Chỉ đạo, điều hành', 'Cải cách thể chế', 'Cải cách TTHC (tối đa 20)', null, null],
      [null, 'Điểm tối đa', 10, '12,5', null, '42,5', null],
      ['I', 'SỞ, BAN, NGÀNH', null, null, null, null, null],
      [1, 'sở alpha', 9, '11,25', '18,5', '38,75', 1],
      [2, 'Sở Bêta', 8.5, 10, 17, 35.5, 2],
      [],
      [3, '  Thanh  tra tỉnh ', '7,25', '9', '16.5', null, 3],
      ['II', 'CẤP XÃ', null, null, null, null, null],
      [4, 'Đông Sơn', 9.5, 12, 19, { formula: true, value: 1 }, 1],
      [null, 'Tổng cộng', 34.25, 42.25, 71, 147.75, null],
    ],
    [
      [3, 0, 4, 0],
      [3, 1, 4, 1],
      [3, 2, 3, 4],
      [3, 5, 4, 5],
      [3, 6, 4, 6],
    ],
  );

  it('reads every unit with its criteria, maxima and exact totals', () => {
    const outcome = run([office]);
    expect(outcome.problems).toEqual([]);
    const byUnit = Object.fromEntries(outcome.year!.results.map((r) => [r.unit, r]));
    expect(byUnit['so-a']).toEqual({
      unit: 'so-a',
      group: 'so',
      score: 38.75,
      max: 42.5,
      components: { 'chi-dao': { score: 9, max: 10 }, 'the-che': { score: 11.25, max: 12.5 }, tthc: { score: 18.5, max: 20 } },
    });
    // A former name; a number with a point typed as text; no total typed: the sum is the score.
    expect(byUnit['so-b']!.score).toBe(35.5);
    expect(byUnit['so-c']).toMatchObject({ score: 32.75, max: 42.5 });
    expect(byUnit['so-c']!.components!['the-che']).toEqual({ score: 9, max: 12.5 });
    // A total computed by a formula is recomputed from the criteria, not trusted.
    expect(byUnit['xa-d']).toMatchObject({ group: 'xa', score: 40.5 });
  });

  it('keeps the year file’s other fields and its order of results', () => {
    const outcome = run([office], { announced: '2027-05-20' });
    expect(Object.keys(outcome.year!)).toEqual(['year', 'tiers', 'groups', 'criteria', 'results', 'announced']);
    expect(outcome.year!.results.map((r) => r.unit)).toEqual(['so-a', 'so-b', 'so-c', 'xa-d']);
    expect(Object.keys(outcome.year!.results[0]!)).toEqual(['unit', 'group', 'score', 'max', 'components']);
  });

  it('notes the rows it left out', () => {
    expect(run([office]).notes).toContain('ket-qua-2026.xlsx, trang "Tổng hợp": bỏ qua 1 dòng tổng cộng, trung bình hoặc điểm tối đa.');
  });
});

describe('a sheet scored by total alone', () => {
  it('reads the score and a maximum column; a unit left out keeps its score and is noted', () => {
    const outcome = run(
      [
        sheet('Sheet1', [
          ['Đơn vị', 'Điểm đạt được', 'Điểm tối đa', 'Xếp loại'],
          ['Sở Alpha', '88,5', 100, 'Tốt'],
          ['UBND xã Đông Sơn', 90.25, '97,5', 'Xuất sắc'],
        ]),
      ],
      {
        criteria: undefined,
        results: [...base().results.slice(0, 3), { unit: 'xa-d', group: 'xa', score: 70, max: 100 }].map((r, i) => (i === 1 ? { ...r, score: 61 } : r)),
      },
    );
    expect(outcome.problems).toEqual([]);
    const results = outcome.year!.results;
    expect(results[0]).toEqual({ unit: 'so-a', group: 'so', score: 88.5, max: 100 });
    expect(results[3]).toEqual({ unit: 'xa-d', group: 'xa', score: 90.25, max: 97.5 });
    expect(results[1]).toEqual({ unit: 'so-b', group: 'so', score: 61, max: 100 });
    expect(outcome.notes.join('\n')).toContain('1 đơn vị không có trong bảng, giữ điểm đã có trong tệp năm 2026: Sở Bêta và Gamma.');
    expect(outcome.notes.join('\n')).toContain('1 đơn vị chưa có điểm');
  });

  it('takes a criterion’s maximum written in its header, and the previous year’s when none is written', () => {
    const outcome = run(
      [
        sheet('Sở, ngành', [
          ['Tên đơn vị', 'Cải cách thể chế (tối đa: 14,5 điểm)', 'Cải cách thủ tục hành chính', 'Công tác chỉ đạo, điều hành (tối đa 10)'],
          ['Sở Alpha', 14, 19, 9],
        ]),
      ],
      {},
      [{ unit: 'so-a', components: { tthc: { score: 18, max: 20.5 } } }],
    );
    expect(outcome.problems).toEqual([]);
    expect(outcome.year!.results[0]).toMatchObject({
      score: 42,
      max: 45,
      components: { 'the-che': { max: 14.5 }, tthc: { max: 20.5 }, 'chi-dao': { max: 10 } },
    });
  });
});

describe('problems', () => {
  const problems = (rows: Value[][], name = 'Sở, ngành', over: Partial<YearBase> = {}) => run([sheet(name, rows)], over).problems;
  const header = ['STT', 'Tên cơ quan, đơn vị', 'Công tác chỉ đạo, điều hành', 'Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Tổng'];
  const maxima = [null, 'Điểm tối đa', 10, 12, '14,5', null];

  it('names the file, sheet, cell, unit and criterion of a score over its maximum, in the form SPEC 11 shows', () => {
    expect(problems([header, maxima, [], [1, 'Sở Alpha', 9, 10, '15,5', null]])).toEqual([
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô E4 (Sở Alpha, Cải cách thủ tục hành chính): 15,5 lớn hơn điểm tối đa 14,5.',
    ]);
  });

  it('reports every problem of the workbook at once, and then writes nothing', () => {
    const outcome = run([
      sheet('Sở, ngành', [
        header,
        maxima,
        [1, 'Sở Alpha', 'chín', 10, 14, null],
        [2, 'Sở Alfa Beta', 9, 10, 14, null],
        [3, 'Thanh tra tỉnh', -1, 10, 14, null],
        [4, 'Sở Alpha', 9, 10, 14, null],
        [5, 'Sở Bêta và Gamma', 9, null, 14, null],
        [6, 'Sở Cũ', 9, 10, 14, null],
        [7, 'UBND xã Đông Sơn', 9, 10, 14, 40],
      ]),
    ]);
    expect(outcome.year).toBeUndefined();
    expect(outcome.problems).toEqual([
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô C3 (Sở Alpha, Công tác chỉ đạo, điều hành): "chín" không phải là một số; viết điểm như 14,5 hoặc 14.5.',
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô B4: "Sở Alfa Beta" không khớp đơn vị nào trong data/units.json (kể cả tên cũ). Gần giống: Sở Alpha; Sở Bêta và Gamma; Sở Cũ. Sửa tên trong bảng cho đúng, hoặc thêm tên này vào "formerNames" của đơn vị trong data/units.json.',
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô C5 (Thanh tra tỉnh, Công tác chỉ đạo, điều hành): -1 nhỏ hơn 0.',
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô B6 (Sở Alpha): đơn vị này đã có ở trang "Sở, ngành", dòng 3; mỗi đơn vị chỉ một dòng.',
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô D7 (Sở Bêta và Gamma, Cải cách thể chế): chưa có điểm, trong khi các lĩnh vực khác của đơn vị đã có; điền điểm (0 nếu đơn vị không đạt điểm nào).',
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô B8 (Sở Cũ): đơn vị không được đánh giá năm 2026 theo data/units.json (đã sáp nhập, giải thể hoặc chưa thành lập). Xóa dòng này, hoặc sửa activeFrom, activeUntil, mergedInto của đơn vị.',
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô F9 (UBND xã Đông Sơn, Tổng): tổng 40 khác tổng điểm các lĩnh vực trên dòng (33); sửa tổng hoặc điểm lĩnh vực.',
    ]);
  });

  it('asks for a maximum it cannot find, once per column', () => {
    expect(
      problems([
        ['Tên đơn vị', 'Cải cách thể chế'],
        ['Sở Alpha', 10],
        ['Thanh tra tỉnh', 11],
      ]),
    ).toEqual([
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô B1 (Cải cách thể chế): không biết điểm tối đa của lĩnh vực này: ghi "(tối đa 14,5)" sau tên cột, hoặc thêm một dòng "Điểm tối đa" ngay dưới dòng tiêu đề.',
    ]);
  });

  it('names a column it does not know, with the criteria it could be', () => {
    expect(
      problems([
        ['Tên đơn vị', 'Hiện đại hóa nền hành chính (tối đa 10)', 'Tổng điểm'],
        ['Sở Alpha', 8, 8],
      ]),
    ).toEqual([
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô B1: không biết cột "Hiện đại hóa nền hành chính (tối đa 10)" là gì. Đặt tên cột theo một lĩnh vực của năm 2026 ("Công tác chỉ đạo, điều hành", "Cải cách thể chế", "Cải cách thủ tục hành chính"), hoặc "Tổng điểm", "Điểm tối đa"; cột không cần nhập thì xóa đi.',
    ]);
  });

  it('refuses a total over the maximum and a maximum that is not a number', () => {
    expect(
      problems(
        [
          ['Đơn vị', 'Điểm', 'Điểm tối đa'],
          ['Sở Alpha', 101, 100],
          ['Thanh tra tỉnh', 80, 'một trăm'],
        ],
        'Sheet1',
        { criteria: undefined },
      ),
    ).toEqual([
      'ket-qua-2026.xlsx, trang "Sheet1", ô B2 (Sở Alpha, Điểm): 101 lớn hơn điểm tối đa 100.',
      'ket-qua-2026.xlsx, trang "Sheet1", ô C3 (Thanh tra tỉnh, Điểm tối đa): điểm tối đa phải là một số lớn hơn 0.',
    ]);
  });

  it('says when no sheet holds a table of units', () => {
    expect(problems([['Ghi chú'], ['Bảng điểm gửi kèm công văn']])).toEqual([
      'ket-qua-2026.xlsx: không thấy bảng điểm nào: cần một dòng tiêu đề có cột "Tên cơ quan, đơn vị" (hoặc "Đơn vị", "Mã đơn vị") trong 20 dòng đầu của trang.',
    ]);
  });

  it('wants a column of points', () => {
    expect(
      problems([
        ['Tên đơn vị', 'Ghi chú'],
        ['Sở Alpha', 'đạt'],
      ]),
    ).toEqual([
      'ket-qua-2026.xlsx, trang "Sở, ngành": không thấy cột điểm: cần cột "Tổng điểm" (hoặc "Điểm"), hoặc các cột lĩnh vực mang tên lĩnh vực của năm 2026.',
    ]);
  });
});

describe('the row of maxima', () => {
  it('points to the empty cell of the maxima row when a criterion has none', () => {
    const outcome = run([
      sheet('Sở, ngành', [
        ['Tên đơn vị', 'Cải cách thể chế', 'Cải cách thủ tục hành chính'],
        ['Điểm tối đa', 12, null],
        ['Sở Alpha', 10, 15],
      ]),
    ]);
    expect(outcome.problems).toEqual([
      'ket-qua-2026.xlsx, trang "Sở, ngành", ô C2 (Cải cách thủ tục hành chính): chưa có điểm tối đa của lĩnh vực này: điền vào ô này, ở dòng "Điểm tối đa".',
    ]);
  });
});

describe('the messages the editors’ guide quotes', () => {
  // The guide (docs/huong-dan-bien-tap.md, section 12) shows these lines as the importer writes
  // them: made here from a sheet with those mistakes, so that the guide cannot drift.
  const guide = readFileSync(new URL('../../../docs/huong-dan-bien-tap.md', import.meta.url), 'utf8');
  const quoted = /^```text import-messages\n([\s\S]*?)^```$/m.exec(guide)?.[1]?.trim().split('\n') ?? [];
  const office: Unit[] = [
    { id: 'so-tu-phap', name: 'Sở Tư pháp', level: 'so' },
    { id: 'so-noi-vu', name: 'Sở Nội vụ', level: 'so' },
    { id: 'so-y-te', name: 'Sở Y tế', level: 'so' },
    { id: 'phuong-tan-phong', name: 'UBND phường Tân Phong', level: 'xa' },
  ];

  it('are the ones it writes', () => {
    const outcome = importYear({
      file: 'ket-qua-2026.xlsx',
      units: office,
      base: base({ results: office.map((u) => ({ unit: u.id, group: u.level, score: null, max: 100 })) }),
      sheets: [
        sheet('Sở, ngành', [
          ['STT', 'Tên cơ quan, đơn vị', 'Công tác chỉ đạo, điều hành', 'Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Tổng điểm'],
          [null, 'Điểm tối đa', 10, 12, '14,5', null],
          [],
          [],
          [1, 'Sở Tư pháp', 9, 10, '15,5', null],
          [2, 'Sở Nội vụ', 'chín', 10, 14, null],
          [3, 'Sở Tu phap va Noi vu', 9, 10, 14, null],
          [4, 'Sở Y tế', 9, null, 14, null],
          [5, 'UBND phường Tân Phong', 9.5, 12, 14, 36],
          [6, 'Sở Tư pháp', 9, 10, 14, null],
        ]),
      ],
    });
    expect(quoted).toHaveLength(6);
    expect(outcome.problems).toEqual(quoted);
  });
});

describe('matchCriterion and the layout of a sheet', () => {
  it('matches a header to a criterion by the same words, by its id, by the longest label it holds, or by a unique label holding it', async () => {
    const { matchCriterion, isTotalsLabel, sheetLayout } = await import('./sheet-layout.ts');
    const list = [
      { id: 'the-che', label: 'Cải cách thể chế' },
      { id: 'tthc', label: 'Cải cách thủ tục hành chính' },
      { id: 'tthc-lien-thong', label: 'Cải cách thủ tục hành chính liên thông' },
    ];
    expect(matchCriterion('CẢI CÁCH THỂ CHẾ', list)?.id).toBe('the-che');
    expect(matchCriterion('the che', list)?.id).toBe('the-che');
    expect(matchCriterion('Lĩnh vực: Cải cách thủ tục hành chính liên thông (tối đa 5)', list)?.id).toBe('tthc-lien-thong');
    expect(matchCriterion('Điểm Cải cách TTHC', list)?.id).toBe('tthc');
    // A short word held by a label is no match; a longer one held by two labels is none either.
    expect(matchCriterion('chế', list)).toBeUndefined();
    expect(matchCriterion('thủ tục hành chính', list)).toBeUndefined();
    expect(matchCriterion('hành chính liên thông', list)?.id).toBe('tthc-lien-thong');
    expect(matchCriterion('', list)).toBeUndefined();
    expect(isTotalsLabel('Tổng cộng')).toBe(true);
    expect(isTotalsLabel('Trung bình')).toBe(true);
    expect(isTotalsLabel('Bình quân chung')).toBe(true);
    expect(isTotalsLabel('Tổng cục Thuế')).toBe(false);
    expect(isTotalsLabel('Công an tỉnh')).toBe(false);
    // The header is looked for in the first 20 rows only.
    const late = { name: 'x', rows: [...Array.from({ length: 20 }, () => [{ value: 'Ghi chú' }]), [{ value: 'Tên đơn vị' }, { value: 'Điểm' }]] };
    expect(sheetLayout(late, list)).toBeUndefined();
    const early = { name: 'x', rows: [...Array.from({ length: 19 }, () => [{ value: 'Ghi chú' }]), [{ value: 'Tên đơn vị' }, { value: 'Điểm' }]] };
    expect(sheetLayout(early, list)?.header).toEqual({ first: 19, last: 19 });
  });
});

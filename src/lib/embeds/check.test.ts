import { describe, expect, it } from 'vitest';
import { checkEmbeds, type EmbedContext } from './check.ts';
import { findEmbeds } from './uses.ts';

const context: EmbedContext = {
  years: new Map([
    [2022, new Map([['so-ban-nganh', new Set(['so-noi-vu', 'so-tai-chinh'])]])],
    [
      2023,
      new Map([
        ['so-ban-nganh', new Set(['so-noi-vu'])],
        ['cap-huyen', new Set(['huyen-tam-duong'])],
      ]),
    ],
  ]),
  units: new Set(['so-noi-vu', 'so-tai-chinh', 'huyen-tam-duong']),
  documentNumbers: ['2993/KH-UBND', '29/2019/QĐ-UBND'],
  sameNumber: (a, b) => a.replace(/\s/g, '').toLowerCase() === b.replace(/\s/g, '').toLowerCase(),
  nationalIndices: new Set(['par-index', 'sipas']),
};

const messages = (body: string) => checkEmbeds('src/content/news/a.mdx', findEmbeds(body), context).map((p) => `${p.line}: ${p.message}`);

describe('checkEmbeds', () => {
  it('accepts every component written as the catalog has it', () => {
    const body = [
      '<ChiSo donVi="so-noi-vu" nam="2023" />',
      '<XepLoai nam="2023" nhom="cap-huyen" />',
      '<BangXepHang nam="2022" nhom="so-ban-nganh" top="1" />',
      '<BieuDo donVi="so-tai-chinh" />',
      '<BieuDo nam="2023" nhom="so-ban-nganh" />',
      '<BieuDo chiSo="sipas" />',
      '<VanBan so="2993/kh-ubnd" />',
    ].join('\n\n');
    expect(messages(body)).toEqual([]);
  });

  it('names an unknown prop and the nearest one, a missing one with an example, and the forms of BieuDo', () => {
    expect(messages('<ChiSo donVi="so-noi-vu" nams="2023" />')).toEqual([
      '1: <ChiSo> không có thuộc tính "nams": có phải bạn định viết "nam"? Thuộc tính dùng được: donVi, nam.',
    ]);
    expect(messages('\n<XepLoai nam="2023" />')).toEqual([
      '2: <XepLoai> thiếu thuộc tính nhom (nhóm): viết, ví dụ, <XepLoai nam="2023" nhom="so-ban-nganh" />.',
    ]);
    const [bieuDo] = messages('<BieuDo nam="2023" />');
    expect(bieuDo).toContain('viết theo một trong các cách: <BieuDo donVi="so-noi-vu" />');
    expect(bieuDo).toContain('<BieuDo nam="2023" nhom="so-ban-nganh" />');
    expect(bieuDo).toContain('<BieuDo chiSo="par-index" />');
    expect(messages('<BangXepHang nam="2023" nhom="cap-huyen" top="0" />')[0]).toContain('top: phải là một số nguyên dương');
  });

  it('names a year, group, unit, document or index that does not exist, with the valid ones and the nearest', () => {
    expect(messages('<XepLoai nam="2032" nhom="cap-huyen" />')).toEqual([
      '1: <XepLoai> nam: năm "2032" chưa có kết quả trong data/par-index/. Có phải bạn định viết "2022"? Các giá trị có: 2022, 2023.',
    ]);
    expect(messages('<XepLoai nam="2022" nhom="cap-huyen" />')[0]).toContain('năm 2022 không có nhóm "cap-huyen". Các giá trị có: so-ban-nganh.');
    expect(messages('<ChiSo donVi="so-noi-vuu" nam="2023" />')[0]).toContain(
      'không có đơn vị "so-noi-vuu" trong data/units.json. Có phải bạn định viết "so-noi-vu"?',
    );
    expect(messages('<ChiSo donVi="so-tai-chinh" nam="2023" />')[0]).toContain('đơn vị "so-tai-chinh" không được xếp hạng năm 2023.');
    expect(messages('<VanBan so="2994/KH-UBND" />')[0]).toContain(
      'không có văn bản số "2994/KH-UBND" trong src/content/documents/. Có phải bạn định viết "2993/KH-UBND"?',
    );
    expect(messages('<BieuDo chiSo="par-indx" />')[0]).toContain('Có phải bạn định viết "par-index"?');
  });

  it('asks for a quoted value where one cannot be read, with examples from the portal’s own data', () => {
    expect(messages('<ChiSo donVi="so-noi-vu" nam={nam} />')).toEqual(['1: <ChiSo>: giá trị của nam phải viết trong dấu ngoặc kép, ví dụ nam="2023".']);
    expect(messages('<ChiSo nam={nam} donVi={d} />')).toEqual([
      '1: <ChiSo>: giá trị của nam hoặc donVi phải viết trong dấu ngoặc kép, ví dụ nam="2023" donVi="so-noi-vu".',
    ]);
  });
});

describe('checkEmbeds with a larger portal, and with one that has no data yet', () => {
  // Years written oldest last, 15 units: examples take the newest year, long lists are cut short.
  const communes = Array.from({ length: 14 }, (_, i) => `xa-so-${i + 1}`);
  const large: EmbedContext = {
    years: new Map([
      [
        2024,
        new Map([
          ['xa', new Set(communes.slice(0, 3))],
          ['so', new Set(['so-noi-vu'])],
        ]),
      ],
      [2022, new Map([['xa', new Set(communes)]])],
    ]),
    units: new Set(['so-noi-vu', ...communes]),
    documentNumbers: ['2993/KH-UBND'],
    sameNumber: (a, b) => a === b,
    nationalIndices: new Set(['par-index']),
  };
  const none: EmbedContext = { years: new Map(), units: new Set(), documentNumbers: [], sameNumber: (a, b) => a === b, nationalIndices: new Set() };
  const check = (body: string, portal: EmbedContext) => checkEmbeds('src/content/news/a.mdx', findEmbeds(body), portal).map((p) => p.message);

  it('writes its examples with the newest year and a group of the year written', () => {
    expect(check('<ChiSo donVi="so-noi-vu" />', large)).toEqual([
      '<ChiSo> thiếu thuộc tính nam (năm đánh giá): viết, ví dụ, <ChiSo donVi="so-noi-vu" nam="2024" />.',
    ]);
    expect(check('<XepLoai nam="2022" />', large)).toEqual(['<XepLoai> thiếu thuộc tính nhom (nhóm): viết, ví dụ, <XepLoai nam="2022" nhom="xa" />.']);
    // A year without results: its groups are unknown, the newest year's stand in.
    expect(check('<XepLoai nam="2019" />', large)).toEqual(['<XepLoai> thiếu thuộc tính nhom (nhóm): viết, ví dụ, <XepLoai nam="2019" nhom="xa" />.']);
  });

  it('cuts a long list of valid values short, or gives only the nearest', () => {
    expect(check('<ChiSo donVi="zzz" nam="2024" />', large)).toEqual([
      '<ChiSo> donVi: không có đơn vị "zzz" trong data/units.json. Các giá trị có: so-noi-vu, xa-so-1, xa-so-2, xa-so-3, xa-so-4, xa-so-5, xa-so-6, xa-so-7, xa-so-8, xa-so-9, xa-so-10, xa-so-11… (15 giá trị, xem data/units.json).',
    ]);
    expect(check('<ChiSo donVi="xa-so-15" nam="2022" />', large)).toEqual([
      '<ChiSo> donVi: không có đơn vị "xa-so-15" trong data/units.json. Có phải bạn định viết "xa-so-1"? (danh sách trong data/units.json)',
    ]);
    expect(check('<ChiSo donVi="xa-so-9" nam="2024" />', large)).toEqual([
      '<ChiSo> donVi: đơn vị "xa-so-9" không được xếp hạng năm 2024. Có phải bạn định viết "xa-so-1"? Các giá trị có: xa-so-1, xa-so-2, xa-so-3, so-noi-vu.',
    ]);
  });

  it('reads a year and a number of rows only when written whole', () => {
    expect(check('<XepLoai nam="2024a" nhom="xa" />', large)).toEqual([
      '<XepLoai> nam: năm "2024a" chưa có kết quả trong data/par-index/. Có phải bạn định viết "2024"? Các giá trị có: 2022, 2024.',
    ]);
    for (const top of ['05', '5x', 'x5', '0'])
      expect(check(`<BangXepHang nam="2024" nhom="xa" top="${top}" />`, large), top).toEqual([
        '<BangXepHang> top: phải là một số nguyên dương, ví dụ top="5" (chỉ hiện 5 đơn vị đầu bảng).',
      ]);
  });

  it('says what is missing in a portal with no results or national indices yet', () => {
    expect(check('<XepLoai nam="2023" nhom="x" />', none)).toEqual(['<XepLoai> nam: chưa có năm nào có kết quả trong data/par-index/.']);
    expect(check('<BieuDo chiSo="x" />', none)).toEqual([
      '<BieuDo> chiSo: không có chỉ số quốc gia "x" trong data/national/. Chưa có giá trị nào (xem data/national/).',
    ]);
    expect(check('<VanBan />', none)).toEqual(['<VanBan> thiếu thuộc tính so (số ký hiệu văn bản): viết, ví dụ, <VanBan so="2993/KH-UBND" />.']);
  });
});

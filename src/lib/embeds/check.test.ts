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

  it('asks for a quoted value where one cannot be read', () => {
    expect(messages('<ChiSo donVi="so-noi-vu" nam={nam} />')).toEqual(['1: <ChiSo>: giá trị của nam phải viết trong dấu ngoặc kép, ví dụ nam="2023".']);
  });
});

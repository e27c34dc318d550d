import { describe, expect, it } from 'vitest';
import { checkFractionShares } from './prose.ts';

const warnings = (text: string) => checkFractionShares('src/content/news/a.mdx', text);

describe('checkFractionShares', () => {
  it('warns on the seed’s sentence, with the line, the right share and the component that computes it', () => {
    const text = 'Mở đầu.\n\nSố sở, ban ngành xếp loại tốt là 2/20 chiếm 15%, còn lại loại khá.';
    const [warning, ...rest] = warnings(text);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ file: 'src/content/news/a.mdx', line: 3, field: '(nội dung)', severity: 'warning' });
    expect(warning.message).toContain('2/20 là 10%, không phải 15%');
    expect(warning.message).toContain('<XepLoai nam="…" nhom="…" />');
  });

  it('is silent where the figures agree, decimal commas and rounding included', () => {
    for (const text of [
      '2/20 chiếm 10%.',
      '1/8 đạt 12,5%.',
      '3/20 đơn vị (15%), 15/20 đơn vị (75%).',
      '1/3 số đơn vị, khoảng 33%.',
      '1/3 số đơn vị, tức 33,33%.',
      '2/3 đơn vị, tức 66,7%.',
    ])
      expect(warnings(text), text).toEqual([]);
  });

  it('checks each pair of a list on its own', () => {
    const found = warnings('2/20 đơn vị loại Tốt (10%), 15/20 loại Khá (70%), 3/20 loại Trung bình (15%).');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/^"15\/20 loại Khá \(70%": 15\/20 là 75%, không phải 70%/);
    expect(warnings('1/8 đạt 12,6%')[0].message).toContain('1/8 là 12,5%, không phải 12,6%');
  });

  it('pairs a percentage with the fraction in brackets after it, and never with the next clause’s', () => {
    const text = 'Khối sở (20 đơn vị): 75% số đơn vị (15/20) đạt loại khá, 15% đạt loại tốt và 10% (2/20) xếp loại trung bình.';
    expect(warnings(text)).toEqual([]);
    expect(warnings('Có 70% số đơn vị (15/20) đạt loại khá.')[0].message).toContain('15/20 là 75%, không phải 70%');
  });

  it('leaves dates, document numbers, other sentences and shares over one alone', () => {
    for (const text of [
      'Ngày 23/12/2019, tỉnh đạt 85%.',
      'Kế hoạch 2993/KH-UBND: 90% đơn vị hoàn thành.',
      'Đạt 2/20. Năm sau 50% đơn vị tăng hạng.',
      'Tỷ lệ 21/20 là 90%.',
      'Tỷ lệ 0/0 là 5%.',
    ])
      expect(warnings(text), text).toEqual([]);
  });

  it('lists the warnings of a text in the order they are written, both kinds mixed', () => {
    const found = warnings('Có 20% số đơn vị (2/20) đạt loại tốt.\n1/8 đạt 12,6%.\nCòn 50% (1/4) loại khá.');
    expect(found.map((w) => [w.line, w.message.split(':')[0]])).toEqual([
      [1, '"20% số đơn vị (2/20)"'],
      [2, '"1/8 đạt 12,6%"'],
      [3, '"50% (1/4)"'],
    ]);
  });

  it('accepts a share cut or rounded to its decimals, and no further', () => {
    // 1/3 is 33,333…%: 33,3 and 33,4 are within a tenth; 33,2 is not.
    expect(warnings('1/3 đạt 33,4%.')).toEqual([]);
    expect(warnings('1/3 đạt 33,2%.')).toHaveLength(1);
    expect(warnings('1/4 đạt 26%.')).toHaveLength(1);
  });
});

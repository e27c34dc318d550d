import { describe, expect, it } from 'vitest';
import { analyseCriteria, unitAgainstGroup, type UnitComponents } from './criteria.ts';

const criteria = [
  { id: 'chi-dao', label: 'Chỉ đạo, điều hành' },
  { id: 'the-che', label: 'Cải cách thể chế' },
  { id: 'tthc', label: 'Cải cách thủ tục hành chính' },
];
const unit = (id: string, name: string, components?: Record<string, [number, number]>): UnitComponents => ({
  unit: id,
  name,
  components: components && Object.fromEntries(Object.entries(components).map(([k, [score, max]]) => [k, { score, max }])),
});

describe('analyseCriteria', () => {
  it('averages a criterion over the points, so a unit on a larger maximum weighs more', () => {
    // 9/10 and 3/5: Σ 12 / Σ 15 = 80 %, not the mean of 90 % and 60 % (75 %).
    const [chiDao] = analyseCriteria([unit('a', 'Sở A', { 'chi-dao': [9, 10] }), unit('b', 'Sở B', { 'chi-dao': [3, 5] })], criteria);
    expect(chiDao).toMatchObject({ units: 2, score: 12, max: 15, share: 80, lost: 3 });
    expect(chiDao.highest).toEqual({ share: 90, units: ['a'] });
    expect(chiDao.lowest).toEqual({ share: 60, units: ['b'] });
  });

  it('rounds shares half-up to 2 decimals and counts lost points exactly', () => {
    // 2/3 = 66.666… → 66.67; 10 − 9.7 = 0.3 exactly, not 0.3000000000000007.
    const [first, second] = analyseCriteria([unit('a', 'Sở A', { 'chi-dao': [2, 3], 'the-che': [9.7, 10] })], criteria);
    expect(first).toMatchObject({ criterion: criteria[0], share: 66.67, lost: 1 });
    expect(second).toMatchObject({ criterion: criteria[1], share: 97, lost: 0.3 });
  });

  it('orders criteria from the one that cost the most points, equal losses in the year’s order', () => {
    const results = [unit('a', 'Sở A', { 'chi-dao': [8, 10], 'the-che': [5, 10], tthc: [8, 10] })];
    expect(analyseCriteria(results, criteria).map((c) => [c.criterion.id, c.lost])).toEqual([
      ['the-che', 5],
      ['chi-dao', 2],
      ['tthc', 2],
    ]);
  });

  it('names every unit tied at the top or the bottom, in alphabetical order', () => {
    const results = [
      unit('d', 'Sở Y tế', { 'chi-dao': [10, 10] }),
      unit('b', 'Sở Công Thương', { 'chi-dao': [5, 5] }),
      unit('c', 'Sở Nội vụ', { 'chi-dao': [4, 5] }),
      unit('a', 'Sở Địa chính', { 'chi-dao': [8, 10] }),
    ];
    const [chiDao] = analyseCriteria(results, criteria);
    expect(chiDao.highest).toEqual({ share: 100, units: ['b', 'd'] });
    // Đ comes after D and before N in the Vietnamese alphabet.
    expect(chiDao.lowest).toEqual({ share: 80, units: ['a', 'c'] });
  });

  it('leaves out a unit without a criterion instead of counting it as zero', () => {
    const results = [unit('a', 'Sở A', { 'chi-dao': [9, 10], 'the-che': [4, 5] }), unit('b', 'Sở B', { 'chi-dao': [7, 10] })];
    const theChe = analyseCriteria(results, criteria).find((c) => c.criterion.id === 'the-che')!;
    expect(theChe).toMatchObject({ units: 1, share: 80, lost: 1, lowest: { share: 80, units: ['a'] } });
  });

  it('shows nothing for a group or year without components, and skips a criterion nobody was scored on', () => {
    expect(analyseCriteria([unit('a', 'Sở A'), unit('b', 'Sở B')], criteria)).toEqual([]);
    expect(analyseCriteria([], criteria)).toEqual([]);
    expect(analyseCriteria([unit('a', 'Sở A', { tthc: [1, 2] })], criteria).map((c) => c.criterion.id)).toEqual(['tthc']);
  });
});

describe('unitAgainstGroup', () => {
  it('sets each of a unit’s criteria beside its group’s share, largest loss first', () => {
    const results = [unit('a', 'Sở A', { 'chi-dao': [9, 10], 'the-che': [2, 5] }), unit('b', 'Sở B', { 'chi-dao': [5, 10], 'the-che': [5, 5] })];
    const group = analyseCriteria(results, criteria);
    expect(unitAgainstGroup(results[0], group, criteria)).toEqual([
      { criterion: criteria[1], score: 2, max: 5, share: 40, groupShare: 70, lost: 3 },
      { criterion: criteria[0], score: 9, max: 10, share: 90, groupShare: 70, lost: 1 },
    ]);
  });

  it('is empty for a unit without components', () => {
    const results = [unit('a', 'Sở A', { 'chi-dao': [9, 10] }), unit('b', 'Sở B')];
    expect(unitAgainstGroup(results[1], analyseCriteria(results, criteria), criteria)).toEqual([]);
  });
});

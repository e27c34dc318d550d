import { describe, expect, it } from 'vitest';
import { analyseCriteria, unitAgainstGroup } from './criteria.ts';
import { groupCriteriaTakeaway, namesText, unitCriteriaTakeaway } from './criteria-text.ts';

const criteria = [
  { id: 'chi-dao', label: 'Chỉ đạo, điều hành' },
  { id: 'the-che', label: 'Cải cách thể chế' },
  { id: 'tai-chinh', label: 'Cải cách tài chính công' },
];
const a = { unit: 'a', name: 'Sở A', components: { 'chi-dao': { score: 9, max: 10 }, 'the-che': { score: 7, max: 10 }, 'tai-chinh': { score: 2.5, max: 5 } } };
const b = { unit: 'b', name: 'Sở B', components: { 'chi-dao': { score: 10, max: 10 }, 'the-che': { score: 8.5, max: 10 }, 'tai-chinh': { score: 4, max: 5 } } };

describe('namesText', () => {
  it('joins names with "và", and past four says how many more', () => {
    expect(namesText(['Sở A'])).toBe('Sở A');
    expect(namesText(['Sở A', 'Sở B'])).toBe('Sở A và Sở B');
    expect(namesText(['A', 'B', 'C', 'D'])).toBe('A, B, C và D');
    expect(namesText(['A', 'B', 'C', 'D', 'E', 'F'])).toBe('A, B, C và 3 đơn vị khác');
    expect(namesText([])).toBe('');
  });
});

describe('groupCriteriaTakeaway', () => {
  it('names the two criteria that cost the group the most points, with the loss and share', () => {
    // Thể chế: 20 − 15.5 = 4.5 lost, 77.5 %; tài chính: 10 − 6.5 = 3.5, 65 %; chỉ đạo: 1, 95 %.
    expect(groupCriteriaTakeaway(analyseCriteria([a, b], criteria))).toBe(
      'Nhóm mất nhiều điểm nhất ở hai tiêu chí Cải cách thể chế (mất 4,5 điểm, cả nhóm đạt 77,50% số điểm tối đa) và Cải cách tài chính công (mất 3,5 điểm, cả nhóm đạt 65,00% số điểm tối đa).',
    );
  });
  it('says so when only one criterion lost points, or none did, and is empty without components', () => {
    const full = { unit: 'c', name: 'Sở C', components: { 'chi-dao': { score: 10, max: 10 }, 'the-che': { score: 9, max: 10 } } };
    expect(groupCriteriaTakeaway(analyseCriteria([full], criteria))).toBe(
      'Nhóm chỉ mất điểm ở tiêu chí Cải cách thể chế (mất 1 điểm, cả nhóm đạt 90,00% số điểm tối đa).',
    );
    const perfect = { unit: 'd', name: 'Sở D', components: { 'chi-dao': { score: 10, max: 10 } } };
    expect(groupCriteriaTakeaway(analyseCriteria([perfect], criteria))).toBe('Mọi đơn vị trong nhóm đạt điểm tối đa ở mọi tiêu chí.');
    expect(groupCriteriaTakeaway(analyseCriteria([{ unit: 'e', name: 'Sở E' }], criteria))).toBe('');
  });
});

describe('unitCriteriaTakeaway', () => {
  it('names where the unit lost the most points, then the next', () => {
    const group = analyseCriteria([a, b], criteria);
    expect(unitCriteriaTakeaway(2023, unitAgainstGroup(a, group, criteria))).toBe(
      'Năm 2023, đơn vị mất nhiều điểm nhất ở Cải cách thể chế (mất 3 điểm, đạt 70,00% số điểm tối đa), tiếp theo là Cải cách tài chính công (mất 2,5 điểm, đạt 50,00% số điểm tối đa).',
    );
  });
  it('says full marks, and writes nothing for a year without components', () => {
    const perfect = { unit: 'd', name: 'Sở D', components: { 'chi-dao': { score: 10, max: 10 } } };
    expect(unitCriteriaTakeaway(2024, unitAgainstGroup(perfect, analyseCriteria([perfect], criteria), criteria))).toBe(
      'Năm 2024, đơn vị đạt điểm tối đa ở mọi tiêu chí.',
    );
    expect(unitCriteriaTakeaway(2024, [])).toBe('');
  });
});

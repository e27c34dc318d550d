import { describe, expect, it } from 'vitest';
import type { Unit } from '../results/types.ts';
import { activeUnits, formatYearFile, latestYearFile, newYearFile, parseYear, type LatestYear } from './year.ts';

const units: Unit[] = [
  { id: 'so-noi-vu', name: 'Sở Nội vụ', level: 'so' },
  { id: 'so-ke-hoach-va-dau-tu', name: 'Sở Kế hoạch và Đầu tư', level: 'so', activeUntil: 2024, mergedInto: 'so-tai-chinh' },
  { id: 'so-tai-chinh', name: 'Sở Tài chính', level: 'so' },
  { id: 'ban-dan-toc', name: 'Ban Dân tộc', level: 'so', mergedInto: 'so-dan-toc-va-ton-giao' },
  { id: 'so-dan-toc-va-ton-giao', name: 'Sở Dân tộc và Tôn giáo', level: 'so', activeFrom: 2025 },
  { id: 'so-moi', name: 'Sở mới', level: 'so', activeFrom: 2027 },
  { id: 'huyen-tam-duong', name: 'UBND huyện Tam Đường', level: 'huyen', activeUntil: 2024 },
  { id: 'huyen-con-lai', name: 'UBND huyện còn lại', level: 'huyen' },
  { id: 'xa-tam-duong', name: 'UBND xã Tam Đường', level: 'xa', activeFrom: 2025 },
  { id: 'xa-binh-lu', name: 'UBND xã Bình Lư', level: 'xa', activeFrom: 2025 },
];

const latest: LatestYear = {
  year: 2025,
  regulation: { number: '35/2022/QĐ-UBND', date: '2022-12-28' },
  tiers: [
    { id: 'tot', label: 'Tốt', min: 80 },
    { id: 'yeu', label: 'Yếu', min: 0 },
  ],
  groups: [
    { id: 'so-100', label: 'Sở (thang điểm 100)', level: 'so' },
    { id: 'so-duoi-100', label: 'Sở (thang điểm dưới 100)', level: 'so' },
    { id: 'xa', label: 'UBND các xã, phường', level: 'xa' },
  ],
  criteria: [{ id: 'the-che', label: 'Cải cách thể chế' }],
  results: [
    { unit: 'xa-tam-duong', group: 'xa', max: 100 },
    { unit: 'so-tai-chinh', group: 'so-duoi-100', max: 97.5 },
    { unit: 'so-noi-vu', group: 'so-100', max: 100 },
  ],
};

describe('parseYear', () => {
  it('takes exactly four digits within the schema range', () => {
    expect(parseYear('2026')).toBe(2026);
    expect(parseYear(' 2026 ')).toBe(2026);
    for (const bad of [undefined, '', '26', '20266', '2026a', 'năm 2026', '1800', '2.026']) expect(parseYear(bad), String(bad)).toBeUndefined();
  });
});

describe('latestYearFile', () => {
  it('is the highest year among the files named <year>.json', () => {
    expect(latestYearFile(['data/par-index/2019.json', 'data/par-index/2025.json', 'data/par-index/2021.json', 'data/par-index/notes.txt'])).toBe(2025);
    expect(latestYearFile([])).toBeUndefined();
  });
});

describe('activeUnits', () => {
  it('leaves out merged, abolished and not yet founded units', () => {
    expect(activeUnits(units, 2026).map((u) => u.id)).toEqual([
      'so-noi-vu',
      'so-tai-chinh',
      'so-dan-toc-va-ton-giao',
      'huyen-con-lai',
      'xa-tam-duong',
      'xa-binh-lu',
    ]);
    expect(activeUnits(units, 2024).map((u) => u.id)).toContain('huyen-tam-duong');
    expect(activeUnits(units, 2027).map((u) => u.id)).toContain('so-moi');
  });
});

describe('newYearFile', () => {
  const file = newYearFile(2026, units, latest);

  it('copies tiers, groups, criteria and the regulation from the latest year', () => {
    expect(file.year).toBe(2026);
    expect(file.tiers).toEqual(latest.tiers);
    expect(file.groups).toEqual(latest.groups);
    expect(file.criteria).toEqual(latest.criteria);
    expect(file.regulation).toEqual(latest.regulation);
    expect(Object.keys(file)).toEqual(['year', 'regulation', 'tiers', 'groups', 'criteria', 'results']);
  });

  it('lists every active unit with a group of its level, its previous maximum and a blank score', () => {
    expect(file.results).toEqual([
      { unit: 'so-noi-vu', group: 'so-100', score: null, max: 100 },
      // Not assessed in 2025: the first group of its level, out of 100.
      { unit: 'so-dan-toc-va-ton-giao', group: 'so-100', score: null, max: 100 },
      // Kept in its 2025 group, with its 2025 maximum.
      { unit: 'so-tai-chinh', group: 'so-duoi-100', score: null, max: 97.5 },
      { unit: 'xa-tam-duong', group: 'xa', score: null, max: 100 },
      { unit: 'xa-binh-lu', group: 'xa', score: null, max: 100 },
    ]);
    // huyen-con-lai's level has no group in the copied groups: left out.
    expect(file.results.some((r) => r.unit === 'huyen-con-lai')).toBe(false);
    for (const r of file.results) expect(Object.keys(r)).toEqual(['unit', 'group', 'score', 'max']);
  });

  it('moves a unit whose previous group is of another level to its own level', () => {
    const odd = newYearFile(2026, units, { ...latest, results: [{ unit: 'xa-binh-lu', group: 'so-100', max: 50 }] });
    expect(odd.results.find((r) => r.unit === 'xa-binh-lu')).toEqual({ unit: 'xa-binh-lu', group: 'xa', score: null, max: 50 });
  });

  it('leaves out what the latest year does not have', () => {
    const bare = newYearFile(2026, units, { ...latest, regulation: undefined, criteria: undefined });
    expect(Object.keys(bare)).toEqual(['year', 'tiers', 'groups', 'results']);
  });

  it('starts a portal with no year yet from default tiers and one group per level', () => {
    const first = newYearFile(2026, units, undefined);
    expect(first.groups.map((g) => g.id)).toEqual(['so', 'huyen', 'xa']);
    expect(first.tiers.at(-1)).toMatchObject({ min: 0 });
    expect(first.results.map((r) => r.group)).toEqual(['so', 'so', 'so', 'huyen', 'xa', 'xa']);
  });

  it('is written as two-space JSON with a final newline', () => {
    const text = formatYearFile(file);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "year": 2026,\n');
    expect(text).toContain('"score": null');
    expect(JSON.parse(text)).toEqual(file);
  });
});

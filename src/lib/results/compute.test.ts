import { describe, expect, it } from 'vitest';
import { indexOf } from './decimal.ts';
import { applyChanges, computeYear, nameInYear, summarize } from './compute.ts';
import type { Unit, YearFile } from './types.ts';

const tiers = [
  { id: 'tot', label: 'Tốt', min: 80 },
  { id: 'kha', label: 'Khá', min: 65 },
  { id: 'trung-binh', label: 'Trung bình', min: 50 },
  { id: 'yeu', label: 'Yếu', min: 0 },
];

const unitList: Unit[] = [
  { id: 'so-a', name: 'Sở A', level: 'so' },
  { id: 'so-b', name: 'Sở B', level: 'so', formerNames: [{ name: 'Sở B cũ', until: 2019 }] },
  { id: 'so-c', name: 'Sở C', level: 'so', activeUntil: 2024, mergedInto: 'so-a' },
  { id: 'so-d', name: 'Sở D', level: 'so' },
  { id: 'huyen-x', name: 'UBND huyện X', level: 'huyen', activeUntil: 2024 },
  { id: 'xa-y', name: 'UBND xã Y', level: 'xa', activeFrom: 2025 },
];
const units = new Map(unitList.map((u) => [u.id, u]));

function year(y: number, results: YearFile['results'], groups: YearFile['groups'] = [{ id: 'so', label: 'Sở', level: 'so' }]): YearFile {
  return { year: y, tiers, groups, results };
}

describe('computeYear', () => {
  const file = year(2019, [
    { unit: 'so-a', group: 'so', score: 79.995, max: 100 },
    { unit: 'so-b', group: 'so', score: 79.994, max: 100 },
    { unit: 'so-c', group: 'so', score: 78, max: 97.5 },
    { unit: 'so-d', group: 'so', score: 49.99, max: 100 },
  ]);
  const { groups } = computeYear(file, units);
  const rows = groups[0].results;

  it('decides ranks and tiers on the rounded index', () => {
    expect(rows.map((r) => [r.unit, r.index, r.rank, r.tier.id])).toEqual([
      // 79.995 → 80.00 exactly on the threshold: Tốt. 78 of 97.5 → 80.00 too: a shared rank 1.
      ['so-a', 80, 1, 'tot'],
      ['so-c', 80, 1, 'tot'],
      // 0.005 below the threshold after rounding (79.99) stays Khá.
      ['so-b', 79.99, 3, 'kha'],
      ['so-d', 49.99, 4, 'yeu'],
    ]);
  });

  it('summarises counts, shares and the average index', () => {
    expect(groups[0].count).toBe(4);
    expect(groups[0].tiers.map((t) => [t.tier.id, t.count, t.share])).toEqual([
      ['tot', 2, 50],
      ['kha', 1, 25],
      ['trung-binh', 0, 0],
      ['yeu', 1, 25],
    ]);
    // (80 + 80 + 79.99 + 49.99) / 4 = 72.495 → 72.50
    expect(groups[0].average).toBe(72.5);
  });

  it('shows the name the unit had that year', () => {
    expect(rows.find((r) => r.unit === 'so-b')!.name).toBe('Sở B cũ');
    expect(nameInYear(units.get('so-b')!, 2020)).toBe('Sở B');
  });

  it('picks, of several former names written in any order, the one in use that year, its last year included', () => {
    const renamed: Unit = {
      id: 'so-e',
      name: 'Sở Nội vụ',
      level: 'so',
      formerNames: [
        { name: 'Sở Nội vụ và Lao động', until: 2024 },
        { name: 'Ban Tổ chức chính quyền', until: 2012 },
      ],
    };
    expect([2010, 2012, 2013, 2024, 2025].map((y) => nameInYear(renamed, y))).toEqual([
      'Ban Tổ chức chính quyền',
      'Ban Tổ chức chính quyền',
      'Sở Nội vụ và Lao động',
      'Sở Nội vụ và Lao động',
      'Sở Nội vụ',
    ]);
    expect(nameInYear({ id: 'so-f', name: 'Sở F', level: 'so' }, 2019)).toBe('Sở F');
  });

  it('carries the year’s own facts: illustrative or not, its criteria, its unit count', () => {
    const plain = computeYear(year(2019, [{ unit: 'so-a', group: 'so', score: 80, max: 100 }]), units);
    expect([plain.illustrative, plain.criteria, plain.count]).toEqual([false, [], 1]);
    const criteria = [{ id: 'p', label: 'P' }];
    const sample = computeYear({ ...year(2019, [{ unit: 'so-a', group: 'so', score: 80, max: 100 }]), illustrative: true, criteria }, units);
    expect([sample.illustrative, sample.criteria]).toEqual([true, criteria]);
    const empty = computeYear(year(2019, [], [{ id: 'so', label: 'Sở', level: 'so' }]), units);
    expect([empty.groups[0].best, empty.groups[0].criteria, empty.count]).toEqual([null, [], 0]);
  });

  it('keeps the components with their own index', () => {
    const withParts = computeYear(
      { ...year(2022, [{ unit: 'so-a', group: 'so', score: 18, max: 20, components: { p: { score: 9, max: 12 }, q: { score: 9, max: 8 } } }]) },
      units,
    );
    expect(withParts.groups[0].results[0].components).toEqual({ p: { score: 9, max: 12, index: 75 }, q: { score: 9, max: 8, index: 112.5 } });
  });

  it('gives each group its best index and its criteria analysis, and none for a group without components', () => {
    const file: YearFile = {
      ...year(
        2023,
        [
          { unit: 'so-a', group: 'so', score: 15, max: 20, components: { p: { score: 6, max: 10 }, q: { score: 9, max: 10 } } },
          { unit: 'so-b', group: 'so', score: 18, max: 20, components: { p: { score: 9, max: 10 }, q: { score: 9, max: 10 } } },
          { unit: 'huyen-x', group: 'huyen', score: 50, max: 100 },
        ],
        [
          { id: 'so', label: 'Sở', level: 'so' },
          { id: 'huyen', label: 'Huyện', level: 'huyen' },
        ],
      ),
      criteria: [
        { id: 'p', label: 'P' },
        { id: 'q', label: 'Q' },
      ],
    };
    const [so, huyen] = computeYear(file, units).groups;
    expect(so.best).toBe(90);
    // P: 15 of 20 (5 lost), Q: 18 of 20 (2 lost).
    expect(so.criteria.map((c) => [c.criterion.id, c.share, c.lost])).toEqual([
      ['p', 75, 5],
      ['q', 90, 2],
    ]);
    expect(huyen.best).toBe(50);
    expect(huyen.criteria).toEqual([]);
  });

  it('summarises an empty group without dividing by zero', () => {
    expect(summarize([], tiers)).toEqual({ count: 0, average: null, tiers: tiers.map((tier) => ({ tier, count: 0, share: 0 })) });
  });
});

describe('applyChanges', () => {
  it('compares with the latest earlier year at the same level, skipping gaps and other levels', () => {
    const so = { id: 'so', label: 'Sở', level: 'so' } as const;
    const huyen = { id: 'huyen', label: 'Huyện', level: 'huyen' } as const;
    const years = [
      computeYear(
        year(
          2019,
          [
            { unit: 'so-a', group: 'so', score: 70, max: 100 },
            { unit: 'so-b', group: 'so', score: 80.1, max: 100 },
            { unit: 'huyen-x', group: 'huyen', score: 70, max: 100 },
          ],
          [so, huyen],
        ),
        units,
      ),
      // 2021: different groups than 2019; so-b missing this year; huyen-x ranked at another level.
      computeYear(
        year(
          2021,
          [
            { unit: 'so-a', group: 'so-100', score: 75, max: 100 },
            { unit: 'so-d', group: 'so-duoi-100', score: 60, max: 90 },
            { unit: 'huyen-x', group: 'xa', score: 88, max: 100 },
          ],
          [
            { id: 'so-100', label: 'Sở (100 điểm)', level: 'so' },
            { id: 'so-duoi-100', label: 'Sở (dưới 100 điểm)', level: 'so' },
            { id: 'xa', label: 'Xã', level: 'xa' },
          ],
        ),
        units,
      ),
      computeYear(
        year(
          2022,
          [
            { unit: 'so-a', group: 'so', score: 72, max: 100 },
            { unit: 'so-b', group: 'so', score: 79.95, max: 100 },
            { unit: 'so-d', group: 'so', score: 90, max: 100 },
            { unit: 'huyen-x', group: 'huyen', score: 75, max: 100 },
          ],
          [so, huyen],
        ),
        units,
      ),
    ];
    // Given out of order on purpose.
    applyChanges([years[2], years[0], years[1]]);
    const get = (y: number, unit: string) => years.flatMap((x) => (x.year === y ? x.groups.flatMap((g) => g.results) : [])).find((r) => r.unit === unit)!;

    expect(get(2019, 'so-a')).toMatchObject({ rankChange: null, indexChange: null, comparedWith: null });
    // so-a: rank 2 in 2019, rank 1 in its 2021 group.
    expect(get(2021, 'so-a')).toMatchObject({ rankChange: 1, indexChange: 5, comparedWith: 2019 });
    // …and the position it had then, out of its group's size then, for readers to compare.
    const before = years.find((y) => y.year === 2019)!.groups.find((g) => g.results.some((r) => r.unit === 'so-a'))!;
    expect(get(2021, 'so-a').comparedRank).toEqual({ rank: 2, of: before.count });
    // so-d: first time ranked.
    expect(get(2021, 'so-d')).toMatchObject({ rankChange: null, indexChange: null, comparedWith: null });
    // huyen-x was ranked in 2019, but at district level: nothing to compare with at commune level.
    expect(get(2021, 'huyen-x')).toMatchObject({ rankChange: null, indexChange: null, comparedWith: null });
    // Back at district level in 2022: compared with 2019, not with 2021 at the other level.
    expect(get(2022, 'huyen-x')).toMatchObject({ rankChange: 0, indexChange: 5, comparedWith: 2019 });
    // so-b was absent in 2021: 2022 compares with 2019. 79.95 − 80.1 = −0.15 exactly.
    expect(get(2022, 'so-b')).toMatchObject({ rankChange: -1, indexChange: -0.15, comparedWith: 2019 });
    expect(get(2022, 'so-a')).toMatchObject({ rankChange: -2, indexChange: -3, comparedWith: 2021 });
  });

  it('does not carry a merged unit’s history over to the unit it merged into', () => {
    const years = [
      computeYear(
        year(2024, [
          { unit: 'so-c', group: 'so', score: 95, max: 100 },
          { unit: 'so-a', group: 'so', score: 70, max: 100 },
        ]),
        units,
      ),
      computeYear(year(2025, [{ unit: 'so-a', group: 'so', score: 80, max: 100 }]), units),
    ];
    applyChanges(years);
    expect(years[1].groups[0].results[0]).toMatchObject({ rankChange: 1, indexChange: 10, comparedWith: 2024 });
  });

  it('finds no earlier year for a unit at a new level', () => {
    const years = [computeYear(year(2025, [{ unit: 'xa-y', group: 'xa', score: 81, max: 100 }], [{ id: 'xa', label: 'Xã', level: 'xa' }]), units)];
    applyChanges(years);
    expect(years[0].groups[0].results[0].rankChange).toBeNull();
    expect(indexOf(81, 100)).toBe(81);
  });
});

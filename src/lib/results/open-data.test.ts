import { describe, expect, it } from 'vitest';
import { applyChanges, computeYear } from './compute.ts';
import { yearCriteriaToCsv, yearToCsv, yearToJson } from './open-data.ts';
import type { Unit } from './types.ts';

const units = new Map<string, Unit>([
  ['so-a', { id: 'so-a', name: 'Sở "A", tỉnh', level: 'so' }],
  ['so-b', { id: 'so-b', name: 'Sở Đ', level: 'so' }],
]);
const tiers = [
  { id: 'tot', label: 'Tốt', min: 80 },
  { id: 'kha', label: 'Khá', min: 0 },
];
const groups = [{ id: 'so', label: 'Sở', level: 'so' as const }];
const y2020 = computeYear({ year: 2020, tiers, groups, results: [{ unit: 'so-a', group: 'so', score: 70, max: 100 }] }, units);
const y2021 = computeYear(
  {
    year: 2021,
    tiers,
    groups,
    illustrative: true,
    results: [
      { unit: 'so-a', group: 'so', score: 81.5, max: 100 },
      { unit: 'so-b', group: 'so', score: 64.995, max: 100 },
    ],
  },
  units,
);
applyChanges([y2020, y2021]);

describe('open data', () => {
  it('JSON holds the computed figures as numbers, in rank order, with null where no change', () => {
    expect(yearToJson(y2021)).toEqual({
      year: 2021,
      illustrative: true,
      groups: [
        {
          id: 'so',
          label: 'Sở',
          count: 2,
          average: 73.25,
          tiers: [
            { id: 'tot', label: 'Tốt', count: 1, share: 50 },
            { id: 'kha', label: 'Khá', count: 1, share: 50 },
          ],
          results: [
            { unit: 'so-a', name: 'Sở "A", tỉnh', score: 81.5, max: 100, index: 81.5, rank: 1, tier: 'tot', rankChange: 0, indexChange: 11.5 },
            { unit: 'so-b', name: 'Sở Đ', score: 64.995, max: 100, index: 65, rank: 2, tier: 'kha', rankChange: null, indexChange: null },
          ],
        },
      ],
    });
  });

  it('CSV starts with a BOM, quotes what needs it and leaves missing changes empty', () => {
    const csv = yearToCsv(y2021);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'group,unit,name,score,max,index,rank,tier,rankChange,indexChange',
      'so,so-a,"Sở ""A"", tỉnh",81.5,100,81.5,1,tot,0,11.5',
      'so,so-b,Sở Đ,64.995,100,65,2,kha,,',
      '',
    ]);
  });
});

describe('criteria open data', () => {
  const criteria = [
    { id: 'chi-dao', label: 'Chỉ đạo, điều hành' },
    { id: 'the-che', label: 'Cải cách thể chế' },
  ];
  const year = computeYear(
    {
      year: 2022,
      tiers,
      groups,
      criteria,
      results: [
        { unit: 'so-b', group: 'so', score: 12, max: 15, components: { 'chi-dao': { score: 2, max: 3 }, 'the-che': { score: 10, max: 12 } } },
        // Scored on one criterion only: one row, none for the other.
        { unit: 'so-a', group: 'so', score: 9.5, max: 10, components: { 'chi-dao': { score: 9.5, max: 10 } } },
      ],
    },
    units,
  );

  it('has one row per unit and criterion it was scored on, in rank order, with the share rounded half-up', () => {
    const csv = yearCriteriaToCsv(year)!;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'group,unit,name,criterion,criterionLabel,score,max,share',
      'so,so-a,"Sở ""A"", tỉnh",chi-dao,"Chỉ đạo, điều hành",9.5,10,95',
      'so,so-b,Sở Đ,chi-dao,"Chỉ đạo, điều hành",2,3,66.67',
      'so,so-b,Sở Đ,the-che,Cải cách thể chế,10,12,83.33',
      '',
    ]);
  });

  it('gives no file for a year without components', () => {
    expect(yearCriteriaToCsv(y2021)).toBeUndefined();
  });
});

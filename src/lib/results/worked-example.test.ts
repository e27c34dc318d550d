import { describe, expect, it } from 'vitest';
import { applyChanges, computeYear } from './compute.ts';
import type { Unit, YearFile } from './types.ts';
import { criterionMaxima, exactIndexText, workedExample } from './worked-example.ts';

const tiers = [
  { id: 'tot', label: 'Tốt', min: 80 },
  { id: 'kha', label: 'Khá', min: 65 },
  { id: 'yeu', label: 'Yếu', min: 0 },
];
const units = new Map<string, Unit>(['a', 'b', 'c', 'd', 'e'].map((id) => [id, { id, name: `Sở ${id.toUpperCase()}`, level: 'so' }]));
const so = { id: 'so', label: 'Sở', level: 'so' } as const;
const file = (year: number, results: YearFile['results'], extra: Partial<YearFile> = {}): YearFile => ({ year, tiers, groups: [so], results, ...extra });

function model(files: YearFile[]) {
  const years = files.map((f) => computeYear(f, units));
  applyChanges(years);
  return years;
}

describe('exactIndexText', () => {
  it('writes the quotient exactly, and cuts a long one after 6 decimals', () => {
    expect(exactIndexText(83.4, 100)).toBe('83.4');
    expect(exactIndexText(64.995, 100)).toBe('64.995');
    // 50 / 60 × 100 = 83.3333…
    expect(exactIndexText(50, 60)).toBe('83.333333…');
  });
});

describe('workedExample', () => {
  it('takes the newest year and prefers a result that needs rounding and has a change', () => {
    const years = model([
      file(2022, [
        { unit: 'a', group: 'so', score: 90, max: 100 },
        { unit: 'b', group: 'so', score: 70, max: 100 },
      ]),
      file(2023, [
        { unit: 'a', group: 'so', score: 95, max: 100 },
        // 50 / 60 → 83.33: needs rounding and was ranked in 2022.
        { unit: 'b', group: 'so', score: 50, max: 60 },
        { unit: 'c', group: 'so', score: 70, max: 100 },
        { unit: 'd', group: 'so', score: 60, max: 100 },
      ]),
    ]);
    const example = workedExample(years)!;
    expect(example).toMatchObject({ year: 2023, exact: '83.333333…', rounded: true, higher: 1, count: 4 });
    expect(example.unit).toMatchObject({ unit: 'b', index: 83.33, rank: 2, comparedWith: 2022, rankChange: 0 });
    // 95 + 83.33 + 70 + 60 = 308.33; / 4 = 77.0825 → 77.08.
    expect(example).toMatchObject({ sumOfIndices: 308.33, average: 77.08 });
    // Tốt: 95 and 83.33, 2 of 4.
    expect(example.tier).toMatchObject({ count: 2, share: 50 });
    expect(example.tier.tier.id).toBe('tot');
    expect(example.rounding).toBeUndefined();
  });

  it('finds a rounding and a tie in another year when the example has none', () => {
    const years = model([
      file(2021, [
        { unit: 'a', group: 'so', score: 64.995, max: 100 },
        { unit: 'b', group: 'so', score: 80, max: 100 },
        { unit: 'c', group: 'so', score: 80, max: 100 },
        { unit: 'd', group: 'so', score: 70, max: 100 },
      ]),
      file(2023, [
        { unit: 'a', group: 'so', score: 90, max: 100 },
        { unit: 'b', group: 'so', score: 80, max: 100 },
        { unit: 'c', group: 'so', score: 70, max: 100 },
      ]),
    ]);
    const example = workedExample(years)!;
    expect(example.rounded).toBe(false);
    expect(example.rounding).toEqual({ year: 2021, name: 'Sở A', score: 64.995, max: 100, exact: '64.995', index: 65 });
    expect(example.tie).toEqual({ year: 2021, group: so, index: 80, names: ['Sở B', 'Sở C'], rank: 1, next: 3 });
  });

  it('skips a newest year with no results yet, takes its largest group, and the result nearest the middle when none needs rounding', () => {
    const huyen = { id: 'huyen', label: 'Huyện', level: 'so' } as const;
    const years = model([
      file(
        2023,
        [
          { unit: 'a', group: 'huyen', score: 90, max: 100 },
          { unit: 'b', group: 'so', score: 88, max: 100 },
          { unit: 'c', group: 'so', score: 84, max: 100 },
          { unit: 'd', group: 'so', score: 80, max: 100 },
          { unit: 'e', group: 'so', score: 70, max: 100 },
        ],
        { groups: [huyen, so] },
      ),
      file(2024, []),
    ]);
    const example = workedExample(years)!;
    expect([example.year, example.group.id, example.count]).toEqual([2023, 'so', 4]);
    // Ranks 1–4, middle 1.5: the second and third are as near; the first of them is taken.
    expect([example.unit.unit, example.higher, example.rounded, example.tier.tier.id]).toEqual(['c', 1, false, 'tot']);
    expect(example.sumOfIndices).toBe(322);
  });

  it('prefers a result with a change to one nearer the middle', () => {
    const years = model([
      file(2022, [{ unit: 'a', group: 'so', score: 60, max: 100 }]),
      file(2023, [
        { unit: 'b', group: 'so', score: 90, max: 100 },
        { unit: 'c', group: 'so', score: 80, max: 100 },
        { unit: 'a', group: 'so', score: 70, max: 100 },
      ]),
    ]);
    expect(workedExample(years)!.unit.unit).toBe('a');
  });

  it('is undefined without results', () => {
    expect(workedExample([])).toBeUndefined();
  });
});

describe('criterionMaxima', () => {
  it('gives one maximum, a range where units differ, and none for a criterion nobody was scored on', () => {
    const [year] = model([
      file(
        2023,
        [
          { unit: 'a', group: 'so', score: 15, max: 20, components: { p: { score: 8, max: 10 }, q: { score: 7, max: 10 } } },
          { unit: 'b', group: 'so', score: 15, max: 18, components: { p: { score: 8, max: 10 }, q: { score: 7, max: 8 } } },
        ],
        {
          criteria: [
            { id: 'p', label: 'P' },
            { id: 'q', label: 'Q' },
            { id: 'r', label: 'R' },
          ],
        },
      ),
    ]);
    expect(criterionMaxima(year)).toEqual([
      { id: 'p', label: 'P', min: 10, max: 10 },
      { id: 'q', label: 'Q', min: 8, max: 10 },
      { id: 'r', label: 'R' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatDataProblems, validateData, type RawFile } from './validate';

const units = { units: [
  { id: 'so-tu-phap', name: 'Sở Tư pháp', level: 'so' },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', level: 'so' },
  { id: 'huyen-than-uyen', name: 'UBND huyện Than Uyên', level: 'huyen' },
] };

function goodYear() {
  return {
    year: 2019,
    tiers: [
      { id: 'tot', label: 'Tốt', min: 80 },
      { id: 'kha', label: 'Khá', min: 65 },
      { id: 'yeu', label: 'Yếu', min: 0 },
    ],
    groups: [{ id: 'so', label: 'Sở', level: 'so' }],
    criteria: [{ id: 'chi-dao', label: 'Chỉ đạo' }, { id: 'the-che', label: 'Thể chế' }],
    results: [
      { unit: 'so-tu-phap', group: 'so', score: 88.5, max: 100, components: { 'chi-dao': { score: 9.5, max: 10 }, 'the-che': { score: 79, max: 90 } } },
      { unit: 'so-noi-vu', group: 'so', score: 70, max: 95 },
    ],
  } as Record<string, any>;
}

const YEAR_FILE = 'data/par-index/2019.json';

function check(mutate: (year: Record<string, any>, u: typeof units) => void, extra: { national?: RawFile[] } = {}) {
  const year = structuredClone(goodYear());
  const u = structuredClone(units);
  mutate(year, u);
  return validateData({ units: { file: 'data/units.json', data: u }, years: [{ file: YEAR_FILE, data: year }], national: extra.national ?? [] }).problems.map(
    (p) => `${p.file}: ${p.path}: ${p.message}`,
  );
}

describe('validateData', () => {
  it('accepts valid data and returns it typed', () => {
    const result = validateData({ units: { file: 'data/units.json', data: units }, years: [{ file: YEAR_FILE, data: goodYear() }], national: [] });
    expect(result.problems).toEqual([]);
    expect(result.data!.years[0].data.results).toHaveLength(2);
  });

  const cases: Array<[string, (y: Record<string, any>, u: typeof units) => void, RegExp]> = [
    ['a missing field', (y) => delete y.tiers, /2019\.json: tiers: /],
    ['an ill-typed field', (y) => (y.results[0].score = '88,5'), /2019\.json: results\[0\]\.score: .*number/i],
    ['an unknown field (a typo)', (y) => (y.result = []), /2019\.json: \(root\): .*result/],
    ['an unknown unit', (y) => (y.results[1].unit = 'so-khong-co'), /2019\.json: results\[1\]\.unit: unknown unit "so-khong-co"/],
    ['an unknown group', (y) => (y.results[1].group = 'huyen'), /2019\.json: results\[1\]\.group: unknown group "huyen"/],
    ['a unit in a group of another level', (y) => {
      y.groups.push({ id: 'huyen', label: 'Huyện', level: 'huyen' });
      y.results[1].group = 'huyen';
    }, /results\[1\]\.group: unit "so-noi-vu" is level "so" but group "huyen" is level "huyen"/],
    ['an unknown criterion', (y) => (y.results[0].components = { 'chi-dao': { score: 9.5, max: 10 }, 'cai-cach': { score: 79, max: 90 } }), /results\[0\]\.components\.cai-cach: unknown criterion "cai-cach"/],
    ['a duplicate unit id', (_, u) => u.units.push({ id: 'so-tu-phap', name: 'Sở Tư pháp (2)', level: 'so' }), /units\.json: units\[3\]\.id: duplicate unit id "so-tu-phap"/],
    ['a duplicate group id', (y) => y.groups.push({ id: 'so', label: 'Sở (2)', level: 'so' }), /groups\[1\]\.id: duplicate group id "so"/],
    ['a duplicate tier id', (y) => (y.tiers[1].id = 'tot'), /tiers\[1\]\.id: duplicate tier id "tot"/],
    ['a unit ranked twice in a year', (y) => y.results.push({ unit: 'so-noi-vu', group: 'so', score: 60, max: 100 }), /results\[2\]\.unit: "so-noi-vu" has more than one result/],
    ['a score below 0', (y) => (y.results[1].score = -1), /results\[1\]\.score: -1 is below 0/],
    ['a score above its max', (y) => (y.results[1].score = 96), /results\[1\]\.score: 96 is above its max 95/],
    ['components that do not add up to the score', (y) => (y.results[0].components['the-che'].score = 78), /results\[0\]\.components: component scores add up to 87\.5, not to the score 88\.5/],
    ['components whose maxima do not add up', (y) => (y.results[0].components['the-che'].max = 80), /results\[0\]\.components: component maxima add up to 90, not to the max 100/],
    ['tiers not descending', (y) => (y.tiers[1].min = 85), /tiers\[1\]\.min: 85 must be below the previous tier's min 80/],
    ['tiers not ending at 0', (y) => (y.tiers[2].min = 50), /tiers\[2\]\.min: the last tier must start at 0, not 50/],
    ['a year that differs from the file name', (y) => (y.year = 2020), /2019\.json: year: 2020 does not match the file name/],
    ['a merge into an unknown unit', (_, u) => ((u.units[0] as any).mergedInto = 'so-moi'), /units\[0\]\.mergedInto: "so-moi" is not another unit's id/],
  ];

  it.each(cases)('reports %s with file and JSON path', (_, mutate, expected) => {
    const problems = check(mutate);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('wants the file named after its year and nothing else', () => {
    const problems = validateData({ units: { file: 'data/units.json', data: units }, years: [{ file: 'data/par-index/ban-sao-2019.json', data: goodYear() }], national: [] }).problems;
    expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual(['data/par-index/ban-sao-2019.json: year']);
  });

  it('tolerates rounding within 0.01 in component sums', () => {
    expect(check((y) => (y.results[0].components['the-che'].score = 79.005))).toEqual([]);
  });

  it('checks national files: duplicate years, ranks beyond the count', () => {
    const problems = check(() => {}, {
      national: [{ file: 'data/national/par-index.json', data: { name: 'PAR INDEX', results: [
        { year: 2019, score: 79.51, rank: 51, of: 63 },
        { year: 2019, score: 79.51, rank: 64, of: 63 },
      ] } }],
    });
    expect(problems).toEqual([
      'data/national/par-index.json: results[1].year: year 2019 is listed twice',
      'data/national/par-index.json: results[1].rank: rank 64 is beyond the 63 ranked',
    ]);
  });

  it('wants a score or a rank, and a number of provinces from the row or the config', () => {
    const national = [{ file: 'data/national/papi.json', data: { name: 'PAPI', results: [{ year: 2030 }, { year: 2022, rank: 27 }] } }];
    const provinces = (year: number) => (year < 2025 ? 63 : undefined);
    const problems = validateData({ units: { file: 'data/units.json', data: units }, years: [], national }, provinces).problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toEqual([
      'results[0]: needs a score, a rank or both',
      "results[0].of: missing, and portal.config.json's nationalRanking gives no number of provinces for 2030",
    ]);
  });

  it('reports every problem at once, one per line', () => {
    const problems = validateData({
      units: { file: 'data/units.json', data: units },
      years: [{ file: YEAR_FILE, data: { ...goodYear(), year: 2020, results: [{ unit: 'x', group: 'so', score: 101, max: 100 }] } }],
      national: [],
    }).problems;
    expect(problems.length).toBe(3);
    expect(formatDataProblems(problems).split('\n')).toHaveLength(4);
  });
});

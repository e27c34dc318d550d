import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems, type Problem } from '../problems/problem.ts';
import { readJsonFile } from '../source/json-file.ts';
import { validateData } from './validate.ts';

const units = {
  units: [
    { id: 'so-tu-phap', name: 'Sở Tư pháp', level: 'so' },
    { id: 'so-noi-vu', name: 'Sở Nội vụ', level: 'so' },
    { id: 'huyen-than-uyen', name: 'UBND huyện Than Uyên', level: 'huyen' },
  ],
};

function goodYear() {
  return {
    year: 2019,
    tiers: [
      { id: 'tot', label: 'Tốt', min: 80 },
      { id: 'kha', label: 'Khá', min: 65 },
      { id: 'yeu', label: 'Yếu', min: 0 },
    ],
    groups: [{ id: 'so', label: 'Sở', level: 'so' }],
    criteria: [
      { id: 'chi-dao', label: 'Chỉ đạo' },
      { id: 'the-che', label: 'Thể chế' },
    ],
    results: [
      { unit: 'so-tu-phap', group: 'so', score: 88.5, max: 100, components: { 'chi-dao': { score: 9.5, max: 10 }, 'the-che': { score: 79, max: 90 } } },
      { unit: 'so-noi-vu', group: 'so', score: 70, max: 95 },
    ],
  } as Record<string, any>;
}

const YEAR_FILE = 'data/par-index/2019.json';

/** Files written as an editor would (indented JSON), so that lines are real. */
function files(entries: Record<string, unknown>) {
  const problems: Problem[] = [];
  const read = (file: string) =>
    readJsonFile(file, typeof entries[file] === 'string' ? (entries[file] as string) : JSON.stringify(entries[file], null, 2), problems);
  return { problems, read };
}

function validate(entries: Record<string, unknown>, provinces?: (year: number) => number | undefined) {
  const { problems, read } = files(entries);
  const names = Object.keys(entries);
  const result = validateData(
    {
      units: names.includes('data/units.json') ? read('data/units.json') : undefined,
      years: names.filter((n) => n.startsWith('data/par-index/')).map(read),
      national: names.filter((n) => n.startsWith('data/national/')).map(read),
    },
    provinces,
  );
  return { ...result, lines: sortProblems([...problems, ...result.problems]).map(formatProblem) };
}

function check(mutate: (year: Record<string, any>, u: typeof units) => void) {
  const year = structuredClone(goodYear());
  const u = structuredClone(units);
  mutate(year, u);
  return validate({ 'data/units.json': u, [YEAR_FILE]: year }).lines;
}

describe('validateData', () => {
  it('accepts valid data and returns it typed', () => {
    const result = validate({ 'data/units.json': units, [YEAR_FILE]: goodYear() });
    expect(result.lines).toEqual([]);
    expect(result.data!.years[0].data.results).toHaveLength(2);
  });

  it('names a result by its position from 1 and its unit, on its line (SPEC 8)', () => {
    expect(check((y) => (y.results[1].score = 105))).toEqual(['data/par-index/2019.json:57: kết quả thứ 2 (so-noi-vu).score: 105 lớn hơn điểm tối đa 95.']);
  });

  const cases: Array<[string, (y: Record<string, any>, u: typeof units) => void, string]> = [
    ['a missing field', (y) => delete y.tiers, '2019.json:1: tiers: bắt buộc nhưng chưa có: thêm trường này.'],
    [
      'a score typed as text with a decimal comma',
      (y) => (y.results[0].score = '88,5'),
      'kết quả thứ 1 (so-tu-phap).score: phải là một số, viết không có ngoặc kép và dùng dấu chấm thập phân: 88.5.',
    ],
    ['a misspelled field', (y) => (y.result = []), '2019.json:61: result: không có trường này (có thể gõ sai tên). Có phải bạn định viết "results"?'],
    [
      'an unknown unit, with a suggestion',
      (y) => (y.results[1].unit = 'so-noi-vuu'),
      'kết quả thứ 2 (so-noi-vuu).unit: chưa có đơn vị "so-noi-vuu" trong data/units.json: thêm đơn vị vào đó, hoặc sửa mã. Có phải bạn định viết "so-noi-vu"?',
    ],
    [
      'an unknown group',
      (y) => (y.results[1].group = 'huyen'),
      'kết quả thứ 2 (so-noi-vu).group: chưa có nhóm "huyen" trong "groups" của năm này. Các nhóm: so.',
    ],
    [
      'a unit in a group of another level',
      (y) => {
        y.groups.push({ id: 'huyen', label: 'Huyện', level: 'huyen' });
        y.results[1].group = 'huyen';
      },
      'kết quả thứ 2 (so-noi-vu).group: đơn vị "so-noi-vu" thuộc cấp "so" nhưng nhóm "huyen" là cấp "huyen": xếp đơn vị vào một nhóm cùng cấp.',
    ],
    [
      'an unknown criterion',
      (y) => (y.results[0].components = { 'chi-dao': { score: 9.5, max: 10 }, 'the-chee': { score: 79, max: 90 } }),
      'kết quả thứ 1 (so-tu-phap).components.the-chee: chưa có tiêu chí "the-chee" trong "criteria" của năm này. Có phải bạn định viết "the-che"?',
    ],
    [
      'a duplicate unit id',
      (_, u) => u.units.push({ id: 'so-tu-phap', name: 'Sở Tư pháp (2)', level: 'so' }),
      'units.json:19: đơn vị thứ 4 (so-tu-phap).id: mã "so-tu-phap" đã dùng cho đơn vị thứ 1: mỗi đơn vị một mã riêng.',
    ],
    ['a duplicate group id', (y) => y.groups.push({ id: 'so', label: 'Sở (2)', level: 'so' }), 'nhóm thứ 2 (so).id: mã "so" bị trùng: mỗi nhóm một mã.'],
    ['a duplicate tier id', (y) => (y.tiers[1].id = 'tot'), 'mức xếp loại thứ 2 (tot).id: mã "tot" bị trùng: mỗi mức một mã.'],
    [
      'a unit ranked twice in a year',
      (y) => y.results.push({ unit: 'so-noi-vu', group: 'so', score: 60, max: 100 }),
      'kết quả thứ 3 (so-noi-vu).unit: đơn vị "so-noi-vu" đã có kết quả thứ 2 trong năm này: mỗi đơn vị một kết quả.',
    ],
    [
      'a score not filled in',
      (y) => (y.results[1].score = null),
      'kết quả thứ 2 (so-noi-vu).score: chưa có điểm: điền điểm của đơn vị, ví dụ 88.5, hoặc xóa cả kết quả này nếu đơn vị không được đánh giá năm nay.',
    ],
    ['a score below 0', (y) => (y.results[1].score = -1), 'kết quả thứ 2 (so-noi-vu).score: -1 nhỏ hơn 0.'],
    [
      'components that do not add up to the score',
      (y) => (y.results[0].components['the-che'].score = 78),
      'kết quả thứ 1 (so-tu-phap).components: điểm các tiêu chí cộng lại được 87,5, khác điểm 88,5 của đơn vị.',
    ],
    [
      'components whose maxima do not add up',
      (y) => (y.results[0].components['the-che'].max = 80),
      'kết quả thứ 1 (so-tu-phap).components: điểm tối đa các tiêu chí cộng lại được 90, khác điểm tối đa 100 của đơn vị.',
    ],
    [
      'tiers not descending',
      (y) => (y.tiers[1].min = 85),
      'mức xếp loại thứ 2 (kha).min: 85 phải nhỏ hơn mức trên (80): các mức xếp loại viết từ cao xuống thấp.',
    ],
    ['tiers not ending at 0', (y) => (y.tiers[2].min = 50), 'mức xếp loại thứ 3 (yeu).min: mức thấp nhất phải bắt đầu từ 0, không phải 50.'],
    [
      'a year that differs from the file name',
      (y) => (y.year = 2020),
      '2019.json:2: year: năm 2020 không khớp tên tệp 2019.json: sửa thành "year": 2019, hoặc nếu đây là kết quả năm 2020, đổi tên tệp thành 2020.json.',
    ],
    [
      'a merge into an unknown unit',
      (_, u) => ((u.units[0] as any).mergedInto = 'so-moi'),
      'đơn vị thứ 1 (so-tu-phap).mergedInto: "so-moi" không phải mã của một đơn vị khác trong tệp.',
    ],
    [
      'a merge into the unit itself',
      (_, u) => ((u.units[1] as any).mergedInto = 'so-noi-vu'),
      'đơn vị thứ 2 (so-noi-vu).mergedInto: "so-noi-vu" không phải mã của một đơn vị khác trong tệp.',
    ],
    [
      'a unit that stops before it starts',
      (_, u) => Object.assign(u.units[2], { activeFrom: 2020, activeUntil: 2018 }),
      'đơn vị thứ 3 (huyen-than-uyen).activeUntil: năm 2018 trước năm bắt đầu hoạt động 2020',
    ],
    ['a criterion score below 0', (y) => (y.results[0].components['chi-dao'] = { score: -1, max: 10 }), 'components.chi-dao.score: -1 phải từ 0 đến 10'],
    [
      'a criterion score above its maximum',
      (y) => (y.results[0].components['chi-dao'] = { score: 11, max: 10 }),
      'components.chi-dao.score: 11 phải từ 0 đến 10',
    ],
    ['a duplicate criterion id', (y) => y.criteria.push({ id: 'chi-dao', label: 'Chỉ đạo (2)' }), 'tiêu chí thứ 3 (chi-dao).id: mã "chi-dao" bị trùng'],
    ['two tiers at the same minimum', (y) => (y.tiers[1].min = 80), 'mức xếp loại thứ 2 (kha).min: 80 phải nhỏ hơn mức trên (80)'],
  ];

  it('accepts the limits themselves: 0, the maximum, a unit active a single year, a merge into another unit', () => {
    const lines = check((y, u) => {
      y.results[1].score = 0;
      y.results[0].components['chi-dao'] = { score: 10, max: 10 };
      y.results[0].components['the-che'] = { score: 0, max: 90 };
      y.results[0].score = 10;
      Object.assign(u.units[2], { activeFrom: 2019, activeUntil: 2019 });
      (u.units[1] as any).mergedInto = 'so-tu-phap';
    });
    expect(lines).toEqual([]);
    expect(check((y) => (y.results[1].score = 95))).toEqual([]);
  });

  it.each(cases)('reports %s with file, line and named path', (_, mutate, expected) => {
    const problems = check(mutate);
    expect(
      problems.some((line) => line.includes(expected)),
      `${expected}\nnot in\n${problems.join('\n')}`,
    ).toBe(true);
  });

  it('checks each result on its own: a mistake in one hides no other', () => {
    const problems = check((y) => {
      y.results[0].score = 'tám mươi';
      y.results[1].score = 96;
      y.tiers[1].min = 'x';
    });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/kết quả thứ 1 \(so-tu-phap\)\.score: phải là một số/);
    expect(problems.join('\n')).toMatch(/kết quả thứ 2 \(so-noi-vu\)\.score: 96 lớn hơn điểm tối đa 95/);
  });

  it('never reports a false problem after another one', () => {
    // A unit with a mistake in units.json still exists for the year files.
    expect(check((_, u) => ((u.units[1] as any).level = 'sở'))).toEqual([
      expect.stringMatching(/^data\/units\.json:\d+: đơn vị thứ 2 \(so-noi-vu\)\.level: "sở" không phải giá trị được phép/),
    ]);
    // A units.json that is not JSON leaves units unknown rather than every result "unknown".
    const broken = validate({ 'data/units.json': '{ "units": [ ', [YEAR_FILE]: { ...goodYear(), results: [{ ...goodYear().results[1], score: 99 }] } });
    expect(broken.lines).toEqual([
      'data/par-index/2019.json:41: kết quả thứ 1 (so-noi-vu).score: 99 lớn hơn điểm tối đa 95.',
      'data/units.json:1: (tệp): lỗi cú pháp JSON ở cột 14: thiếu dấu ] đóng.',
    ]);
  });

  it('keeps checking other files when one is not valid JSON', () => {
    const year2021 = { ...goodYear(), year: 2021, results: [{ ...goodYear().results[1], score: 101 }] };
    const result = validate({ 'data/units.json': units, [YEAR_FILE]: '{\n  "year": 2019,\n}', 'data/par-index/2021.json': year2021 });
    expect(result.lines).toEqual([
      'data/par-index/2019.json:2: (tệp): lỗi cú pháp JSON ở cột 15: thừa dấu phẩy trước dấu }: xóa dấu phẩy ở cuối mục cuối cùng.',
      'data/par-index/2021.json:41: kết quả thứ 1 (so-noi-vu).score: 101 lớn hơn điểm tối đa 95.',
    ]);
    expect(result.data).toBeUndefined();
  });

  it('wants the file named after its year', () => {
    expect(validate({ 'data/units.json': units, 'data/par-index/ban-sao-2019.json': goodYear() }).lines).toEqual([
      'data/par-index/ban-sao-2019.json:2: year: tệp kết quả phải đặt tên theo năm: đổi tên tệp thành data/par-index/2019.json.',
    ]);
  });

  it('tolerates rounding within 0.01 in component sums', () => {
    expect(check((y) => (y.results[0].components['the-che'].score = 79.005))).toEqual([]);
  });

  it('checks national files: names, duplicate years, ranks beyond the count, a score or a rank', () => {
    const national = {
      name: 'PAR INDEX',
      results: [{ year: 2019, score: 79.51, rank: 51, of: 63 }, { year: 2019, score: 79.51, rank: 64, of: 63 }, { year: 2030 }],
    };
    const provinces = (year: number) => (year < 2025 ? 63 : undefined);
    expect(validate({ 'data/units.json': units, 'data/national/par-index.json': national, 'data/national/par.json': national }, provinces).lines).toEqual([
      'data/national/par-index.json:11: kết quả thứ 2 (năm 2019).year: năm 2019 đã có ở một kết quả khác: mỗi năm một dòng.',
      'data/national/par-index.json:13: kết quả thứ 2 (năm 2019).rank: hạng 64 vượt quá số tỉnh được xếp hạng (63).',
      'data/national/par-index.json:16: kết quả thứ 3 (năm 2030): cần có điểm (score), thứ hạng (rank) hoặc cả hai.',
      'data/national/par-index.json:16: kết quả thứ 3 (năm 2030).of: chưa biết năm 2030 xếp hạng bao nhiêu tỉnh: ghi "of" ở đây, hoặc thêm năm vào nationalRanking trong portal.config.json.',
      'data/national/par.json:1: (tệp): không biết chỉ số "par": tệp trong data/national/ phải tên là par-index.json, sipas.json, papi.json, pci.json.',
    ]);
  });

  it('checks a national score against its maximum, and a rank against the count written on its row', () => {
    const national = {
      name: 'PAR INDEX',
      results: [
        { year: 2018, score: 101 },
        { year: 2019, score: 80, max: 80 },
        { year: 2020, rank: 64, of: 64 },
        { year: 2021, rank: 40, of: 39 },
      ],
    };
    const { lines, data } = validate({ 'data/units.json': units, 'data/national/par-index.json': national }, () => 63);
    expect(lines).toEqual([
      'data/national/par-index.json:6: kết quả thứ 1 (năm 2018).score: 101 lớn hơn điểm tối đa 100.',
      'data/national/par-index.json:20: kết quả thứ 4 (năm 2021).rank: hạng 40 vượt quá số tỉnh được xếp hạng (39).',
    ]);
    expect(data).toBeUndefined();
    const valid = validate({ 'data/units.json': units, 'data/national/sipas.json': { name: 'SIPAS', results: [{ year: 2019, score: 80.5 }] } });
    expect(valid.lines).toEqual([]);
    expect(valid.data!.national).toEqual([expect.objectContaining({ file: 'data/national/sipas.json', id: 'sipas' })]);
  });

  it('accepts a portal with no data yet', () => {
    expect(validate({}).data).toEqual({ units: [], years: [], national: [] });
  });
});

import { describe, expect, it } from 'vitest';
// The fixture portal's config: a complete, valid one.
import raw from '../../../tests/fixtures/portal/portal.config.json';
import { formatProblem, type Problem } from '../problems/problem.ts';
import { readJsonFile } from '../source/json-file.ts';
import { checkPortalConfig, contrastRatio, parsePortalConfig, provincesInRanking } from './schema.ts';

function check(config: unknown) {
  const problems: Problem[] = [];
  const source = readJsonFile('portal.config.json', JSON.stringify(config, null, 2), problems);
  const result = checkPortalConfig(source, problems);
  return { result, lines: problems.map(formatProblem) };
}

describe('portal config', () => {
  it('accepts a complete config', () => {
    expect(parsePortalConfig(raw).name).toBe(raw.name);
    expect(check(raw).lines).toEqual([]);
  });
  it('names the line and field of every problem, in Vietnamese', () => {
    const { result, lines } = check({ ...raw, email: 'not-an-email', menu: [{ label: '', href: '/' }] });
    expect(result).toBeUndefined();
    expect(lines).toEqual([
      'portal.config.json:19: email: phải là một địa chỉ thư điện tử đầy đủ, ví dụ cchc@laichau.gov.vn.',
      'portal.config.json:25: menu (mục thứ 1).label: không được để trống.',
    ]);
  });
  it('takes the office’s form service only over https, and no feedback settings at all', () => {
    const { feedback: _, ...withoutFeedback } = raw;
    expect(check(withoutFeedback).lines).toEqual([]);
    const lines = check({ ...raw, feedback: { endpoint: 'http://bieu-mau.example.gov.vn/gui', howAnswered: '' } }).lines;
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^portal\.config\.json:\d+: feedback\.endpoint: phải là địa chỉ https:\/\/ của dịch vụ nhận biểu mẫu của cơ quan, ví dụ https:\/\/forms\.laichau\.gov\.vn\/hoi-dap\.$/,
    );
    expect(lines[1]).toMatch(/^portal\.config\.json:\d+: feedback\.howAnswered: /);
  });
  it('wants menu links that work and a logo that exists', () => {
    const problems: Problem[] = [];
    const source = readJsonFile('portal.config.json', JSON.stringify({ ...raw, menu: [{ label: 'Văn bản', href: 'van-ban' }] }, null, 2), problems);
    checkPortalConfig(source, problems, () => true);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^portal\.config\.json:\d+: menu \(mục thứ 1\)\.href: phải là đường dẫn trong trang bắt đầu bằng \//),
    ]);
    const logo: Problem[] = [];
    checkPortalConfig(readJsonFile('portal.config.json', JSON.stringify(raw, null, 2), logo), logo, (path) => path !== 'public/logo.svg');
    expect(logo.map(formatProblem)).toEqual([
      'portal.config.json:10: logo.src: không tìm thấy tệp public/logo.svg: đặt biểu trưng vào thư mục public và viết đúng tên tệp.',
    ]);
  });
  it('takes a sub-path written from the root with its slashes, and nothing else', () => {
    expect(parsePortalConfig(raw).base).toBe('/');
    expect(parsePortalConfig({ ...raw, base: '/cchc/' }).base).toBe('/cchc/');
    for (const base of ['cchc', '/cchc', 'https://laichau.gov.vn/cchc/', '/Cải cách/']) {
      expect(check({ ...raw, base }).lines, base).toEqual([expect.stringMatching(/^portal\.config\.json:\d+: base: phải bắt đầu và kết thúc bằng \//)]);
    }
  });
  it('names a bad box deep in the organisation chart, and a leader without a way to reach them', () => {
    const about = structuredClone(raw.about) as { organisation: { children: { children: { name: string }[] }[] }; leaders: Record<string, string>[] };
    about.organisation.children[0]!.children[1]!.name = '';
    about.leaders[1]!.phone = 'gọi tổng đài';
    delete about.leaders[2]!.email;
    expect(check({ ...raw, about }).lines).toEqual([
      expect.stringMatching(/^portal\.config\.json:\d+: about\.organisation\.children \(mục thứ 1\)\.children \(mục thứ 2\)\.name: không được để trống\.$/),
      expect.stringMatching(/^portal\.config\.json:\d+: about\.leaders \(mục thứ 2\)\.phone: phải là số điện thoại/),
      expect.stringMatching(/^portal\.config\.json:\d+: about\.leaders \(mục thứ 3\)\.email: /),
    ]);
  });
  it('wants every link of /lien-ket/ in a group, and the public-service portal as a full address', () => {
    const links = raw.links.map((l, i) => (i === 0 ? { label: l.label, href: l.href } : l));
    expect(check({ ...raw, links, procedures: { ...raw.procedures, href: '/thu-tuc/' } }).lines).toEqual([
      expect.stringMatching(/^portal\.config\.json:\d+: procedures\.href: /),
      expect.stringMatching(/^portal\.config\.json:\d+: links \(mục thứ 1\)\.group: /),
    ]);
  });
  it('rejects a header colour too light for white text', () => {
    expect(check({ ...raw, color: '#7fb2e5' }).lines[0]).toMatch(/^portal\.config\.json:\d+: color: #7fb2e5 sáng quá cho chữ trắng/);
    expect(() => parsePortalConfig({ ...raw, color: '#7fb2e5' })).toThrow(/color: #7fb2e5 sáng quá/);
  });
  it('rejects unknown keys, which are usually typos, and suggests the right one', () => {
    expect(check({ ...raw, adress: 'x' }).lines[0]).toMatch(/adress: không có trường này .* Có phải bạn định viết "address"\?/);
  });
  it('knows how many provinces the national ranking had each year', () => {
    const config = {
      nationalRanking: [
        { from: 2012, provinces: 63 },
        { from: 2025, provinces: 34 },
      ],
    };
    expect(provincesInRanking(config, 2019)).toBe(63);
    expect(provincesInRanking(config, 2025)).toBe(34);
    expect(provincesInRanking(config, 2010)).toBeUndefined();
  });
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

import { describe, expect, it } from 'vitest';
import raw from '../../../tests/fixtures/portal/portal.config.json';
import { formatProblem, isWarning, type Problem } from '../problems/problem.ts';
import { readJsonFile } from '../source/json-file.ts';
import { checkPortalConfig } from './schema.ts';
import { unfilledFields } from './unfilled.ts';

function check(config: unknown) {
  const problems: Problem[] = [];
  const source = readJsonFile('portal.config.json', JSON.stringify(config, null, 2), problems);
  const result = checkPortalConfig(source, problems);
  if (result) problems.push(...unfilledFields(result, source));
  return { result, problems, lines: problems.map(formatProblem) };
}

describe('fields only the office can fill in', () => {
  it('are not asked for in a complete config', () => {
    expect(check(raw).lines).toEqual([]);
  });

  it('may be left empty: the config is valid, and each empty one is a warning at its line', () => {
    const config = {
      ...raw,
      address: '',
      phone: '',
      responsible: { ...raw.responsible, name: '' },
      links: [],
      about: { ...raw.about, leaders: [] },
      editor: { ...raw.editor, repo: '' },
    };
    const { result, problems, lines } = check(config);
    expect(result).toBeDefined();
    expect(problems.every(isWarning)).toBe(true);
    expect(lines.map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      expect.stringMatching(/^portal\.config\.json:\d+: responsible\.name$/),
      expect.stringMatching(/^portal\.config\.json:\d+: address$/),
      expect.stringMatching(/^portal\.config\.json:\d+: phone$/),
      expect.stringMatching(/^portal\.config\.json:\d+: links$/),
      expect.stringMatching(/^portal\.config\.json:\d+: about\.leaders$/),
      expect.stringMatching(/^portal\.config\.json:\d+: editor\.repo$/),
    ]);
    const address = lines.find((line) => line.includes(': address: '))!;
    expect(address).toMatch(/^portal\.config\.json:(\d+): address: chưa điền: địa chỉ trụ sở cơ quan .*cần điền trước khi đưa lên mạng\.$/);
    const line = Number(/:(\d+):/.exec(address)![1]);
    expect(JSON.stringify(config, null, 2).split('\n')[line - 1]).toContain('"address": ""');
  });

  it('are still checked when filled: a wrong phone, e-mail or address is an error, not a warning', () => {
    const { result, lines } = check({
      ...raw,
      phone: 'gọi tổng đài',
      email: 'cchc@',
      procedures: { ...raw.procedures, href: 'dichvucong' },
      editor: { ...raw.editor, repo: 'kho' },
    });
    expect(result).toBeUndefined();
    expect(lines).toEqual([
      expect.stringMatching(/: phone: phải là số điện thoại/),
      expect.stringMatching(/: email: phải là một địa chỉ thư điện tử đầy đủ/),
      expect.stringMatching(/: procedures\.href: phải là địa chỉ web đầy đủ/),
      expect.stringMatching(/: editor\.repo: phải là tên kho mã dạng tổ-chức\/tên-kho/),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import raw from '../../../tests/fixtures/portal/portal.config.json';
import { formatProblem, isWarning, type Problem } from '../problems/problem.ts';
import { readJsonFile } from '../source/json-file.ts';
import { checkPortalConfig } from '../config/schema.ts';
import { unfilledFields } from '../config/unfilled.ts';
import { asciiName, guessSite, newPortalConfig, parseProvince } from './portal-config.ts';

const kept = { ...raw, editor: { backend: raw.editor.backend as 'github', branch: raw.editor.branch }, searchRecentArticles: 500, base: '/' };

describe('a new province', () => {
  it('is read from its name, with or without its kind', () => {
    expect(parseProvince('Hà Giang')).toEqual({ full: 'tỉnh Hà Giang', name: 'Hà Giang', kind: 'tỉnh' });
    expect(parseProvince('  tỉnh   Hà Giang ')).toEqual({ full: 'tỉnh Hà Giang', name: 'Hà Giang', kind: 'tỉnh' });
    expect(parseProvince('Thành phố Hải Phòng')).toEqual({ full: 'thành phố Hải Phòng', name: 'Hải Phòng', kind: 'thành phố' });
    expect(parseProvince('TP. Cần Thơ')?.full).toBe('thành phố Cần Thơ');
    for (const nothing of [undefined, '', '   ', '123', 'tỉnh']) expect(parseProvince(nothing), String(nothing)).toBeUndefined();
  });

  it('gets an English name and a guessed web address without diacritics', () => {
    expect(asciiName('Đắk Lắk')).toBe('Dak Lak');
    expect(guessSite(parseProvince('Bà Rịa - Vũng Tàu')!)).toBe('https://cchc.bariavungtau.gov.vn');
  });

  it('gets a config with its name in, the display settings kept, that passes the check with a warning for each field to fill in', () => {
    const config = newPortalConfig(parseProvince('Hà Giang')!, kept);
    expect(config).toMatchObject({
      name: 'Trang thông tin điện tử Cải cách hành chính tỉnh Hà Giang',
      shortName: 'CCHC Hà Giang',
      province: 'tỉnh Hà Giang',
      agency: 'Sở Nội vụ tỉnh Hà Giang',
      menu: raw.menu,
      color: raw.color,
      nationalRanking: raw.nationalRanking,
      english: { name: 'Administrative Reform Portal of Ha Giang Province' },
    });
    expect(config).not.toHaveProperty('sample');
    expect(config).not.toHaveProperty('notice');
    expect(JSON.stringify(config)).not.toMatch(new RegExp(raw.province.replace(/^tỉnh /, '')));

    const problems: Problem[] = [];
    const source = readJsonFile('portal.config.json', JSON.stringify(config, null, 2), problems);
    const checked = checkPortalConfig(source, problems);
    expect(problems.map(formatProblem)).toEqual([]);
    const warnings = unfilledFields(checked!, source);
    expect(warnings.every(isWarning)).toBe(true);
    expect(warnings.map((w) => w.field)).toEqual([
      'responsible.name',
      'address',
      'hours',
      'phone',
      'email',
      'procedures.href',
      'links',
      'about.leaders',
      'english.address',
      'english.hours',
      'editor.repo',
    ]);
  });
});

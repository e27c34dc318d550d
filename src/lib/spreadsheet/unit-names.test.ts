import { describe, expect, it } from 'vitest';
import type { Unit } from '../results/types.ts';
import { unitNameKey, unitNameMatcher } from './unit-names.ts';

const units: Unit[] = [
  { id: 'so-tu-phap', name: 'Sở Tư pháp', level: 'so' },
  { id: 'van-phong-ubnd', name: 'Văn phòng UBND tỉnh', level: 'so' },
  { id: 'so-noi-vu', name: 'Sở Nội vụ', level: 'so', formerNames: [{ name: 'Sở Nội vụ tỉnh Lai Châu', until: 2015 }] },
  { id: 'xa-tam-duong', name: 'UBND xã Tam Đường', level: 'xa' },
  { id: 'xa-tan-phong', name: 'UBND phường Tân Phong', level: 'xa' },
  { id: 'xa-tan-phong-cu', name: 'UBND xã Tân Phong', level: 'xa', activeUntil: 2024 },
  { id: 'huyen-phong-tho', name: 'UBND huyện Phong Thổ', level: 'huyen', formerNames: [{ name: 'UBND huyện Phong Thổ cũ', until: 2010 }] },
];
const match = unitNameMatcher(units);
const id = (name: string) => match(name).unit?.id;

describe('unitNameKey', () => {
  it('leaves out case, spacing, punctuation and a leading "UBND" or "Ủy ban nhân dân"', () => {
    expect(unitNameKey('  UBND  xã Tam Đường. ')).toBe('xã tam đường');
    expect(unitNameKey('Ủy ban nhân dân xã Tam Đường')).toBe('xã tam đường');
    expect(unitNameKey('Uỷ ban nhân dân xã Tam Đường')).toBe('xã tam đường');
    expect(unitNameKey('SỞ TƯ PHÁP')).toBe('sở tư pháp');
    // Composed and decomposed Vietnamese are one name.
    expect(unitNameKey('Sở Tư pháp'.normalize('NFD'))).toBe('sở tư pháp');
  });
});

describe('unitNameMatcher', () => {
  it('finds a unit whatever the case, spaces and "UBND" of the sheet', () => {
    expect(match('SỞ TƯ PHÁP')).toEqual({ unit: units[0], nearest: [] });
    // Only a leading "UBND" goes: the office of the provincial committee keeps its own.
    expect(id('Văn phòng UBND tỉnh')).toBe('van-phong-ubnd');
    expect(id('Văn phòng tỉnh')).toBeUndefined();
    expect(id('xã Tam Đường')).toBe('xa-tam-duong');
    expect(id('Ủy ban nhân dân  xã  Tam Đường')).toBe('xa-tam-duong');
    expect(id('phường Tân Phong')).toBe('xa-tan-phong');
  });

  it('finds a unit by a former name', () => {
    expect(id('Sở Nội vụ tỉnh Lai Châu')).toBe('so-noi-vu');
    expect(id('UBND huyện Phong Thổ cũ')).toBe('huyen-phong-tho');
  });

  it('finds a name typed without tone marks when only one unit reads so', () => {
    expect(id('So Tu phap')).toBe('so-tu-phap');
    expect(id('xa Tam Duong')).toBe('xa-tam-duong');
    expect(id('UY BAN NHAN DAN xa Tam Duong')).toBe('xa-tam-duong');
    // Marks written but wrong are not "without marks": a near miss, not a match.
    expect(id('Sở Tứ pháp')).toBeUndefined();
  });

  it('never takes a near miss for a match, and suggests the nearest names', () => {
    expect(match('Sở Tư Phá')).toEqual({ nearest: ['Sở Tư pháp', 'Sở Nội vụ', expect.any(String)] });
    expect(match('xã Tam Đuờng').unit).toBeUndefined();
    expect(match('xã Tam Đuờng').nearest[0]).toBe('UBND xã Tam Đường');
  });

  it('matches neither of two units a name could be, and names both', () => {
    // Two units of the same name (an office's units.json with a slip in it).
    const twins = unitNameMatcher([...units, { id: 'so-tu-phap-2', name: 'Sở Tư pháp', level: 'so' }]);
    expect(twins('Sở Tư pháp')).toEqual({ nearest: ['Sở Tư pháp', 'Sở Tư pháp'] });
  });
});

describe('a district’s or commune’s name without its kind', () => {
  const units: Unit[] = [
    { id: 'xa-dong-son', name: 'UBND xã Đông Sơn', level: 'xa' },
    { id: 'huyen-tam-duong', name: 'UBND huyện Tam Đường', level: 'huyen' },
    { id: 'xa-tam-duong', name: 'UBND xã Tam Đường', level: 'xa' },
    { id: 'so-dong', name: 'Sở Đông', level: 'so' },
  ];
  const match = unitNameMatcher(units);

  it('matches a commune listed under a heading by its bare name, with or without tone marks', () => {
    expect(match('Đông Sơn').unit?.id).toBe('xa-dong-son');
    expect(match('dong son').unit?.id).toBe('xa-dong-son');
  });

  it('matches neither of a district and a commune that share a name, and suggests both', () => {
    const found = match('Tam Đường');
    expect(found.unit).toBeUndefined();
    expect(found.nearest.sort()).toEqual(['UBND huyện Tam Đường', 'UBND xã Tam Đường']);
  });

  it('never drops a word from a department’s name', () => {
    expect(match('Đông').unit).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import raw from '../../../portal.config.json';
import { contrastRatio, parsePortalConfig, provincesInRanking } from './schema';

describe('portal config', () => {
  it('accepts the shipped config', () => {
    expect(parsePortalConfig(raw).name).toBe(raw.name);
  });
  it('names the path of every problem', () => {
    const bad = { ...raw, email: 'not-an-email', menu: [{ label: '', href: '/' }] };
    expect(() => parsePortalConfig(bad)).toThrow(/portal\.config\.json: email:[\s\S]*menu\.0\.label/);
  });
  it('rejects a header colour too light for white text', () => {
    expect(() => parsePortalConfig({ ...raw, color: '#7fb2e5' })).toThrow(/color: #7fb2e5 is too light/);
  });
  it('rejects unknown keys, which are usually typos', () => {
    expect(() => parsePortalConfig({ ...raw, adress: 'x' })).toThrow(/adress/);
  });
  it('knows how many provinces the national ranking had each year', () => {
    const config = { nationalRanking: [{ from: 2012, provinces: 63 }, { from: 2025, provinces: 34 }] };
    expect(provincesInRanking(config, 2019)).toBe(63);
    expect(provincesInRanking(config, 2025)).toBe(34);
    expect(provincesInRanking(config, 2010)).toBeUndefined();
  });
  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

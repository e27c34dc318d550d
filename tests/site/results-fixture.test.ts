import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, inject, it } from 'vitest';
import { exists, page, text } from '../support/dist.ts';

const dist = inject('dist');
const root = dirname(dist);
const years = readdirSync(join(root, 'data/par-index')).map((f) => Number(f.slice(0, 4)));
const units: Array<{ id: string }> = JSON.parse(readFileSync(join(root, 'data/units.json'), 'utf8')).units;
const openData = (year: number) => JSON.parse(readFileSync(join(dist, `du-lieu/chi-so-cchc-${year}.json`), 'utf8'));
const tierCounts = (group: { tiers: Array<{ id: string; count: number }> }) => Object.fromEntries(group.tiers.map((t) => [t.id, t.count]));

describe("the fixture portal's results as published", () => {
  it('covers at least six years, one of them without a district group', () => {
    expect(years.length).toBeGreaterThanOrEqual(6);
    const levels = years.map((y) => openData(y).groups.map((g: { id: string }) => g.id));
    expect(levels.some((ids) => !ids.includes('huyen'))).toBe(true);
  });

  it('agrees with the tier counts announced for 2019 (seed: 27/5/2020 symposium)', () => {
    const groups = Object.fromEntries(openData(2019).groups.map((g: { id: string }) => [g.id, g]));
    expect(tierCounts(groups['so-100'])).toMatchObject({ tot: 10, kha: 4, 'trung-binh': 1 });
    expect(tierCounts(groups['so-duoi-100'])).toMatchObject({ tot: 1, kha: 2, 'trung-binh': 2 });
    expect(tierCounts(groups.huyen)).toMatchObject({ tot: 1, kha: 6, 'trung-binh': 1 });
  });

  it('agrees with the 2014 announcement once its counts are made to add up (3 + 15 + 2 = 20), average 74,02', () => {
    const so = openData(2014).groups.find((g: { id: string }) => g.id === 'so');
    expect(so.count).toBe(20);
    expect(tierCounts(so)).toMatchObject({ tot: 3, kha: 15, 'trung-binh': 2 });
    expect(so.average).toBe(74.02);
  });

  it('every share agrees with its count and the counts add up to the group', () => {
    for (const year of years) {
      for (const group of openData(year).groups) {
        expect(group.tiers.reduce((n: number, t: { count: number }) => n + t.count, 0)).toBe(group.count);
        for (const t of group.tiers) expect(t.share).toBeCloseTo((t.count / group.count) * 100, 2);
      }
    }
  });

  it('has a year page, downloads and an illustrative note for every year, and a page for every unit', () => {
    for (const year of years) {
      expect(exists(dist, `/chi-so-cchc/${year}/`)).toBe(true);
      expect(exists(dist, `/du-lieu/chi-so-cchc-${year}.csv`)).toBe(true);
      expect(exists(dist, `/du-lieu/chi-so-cchc-${year}.xlsx`)).toBe(true);
      expect(page(dist, `/chi-so-cchc/${year}/`).querySelector('.illustrative-note')).not.toBeNull();
    }
    for (const unit of units) expect(exists(dist, `/don-vi/${unit.id}/`), unit.id).toBe(true);
  });

  it('shows the real national PAR INDEX series with its changes written out', () => {
    const html = page(dist, '/chi-so-cchc/');
    const rows = html
      .querySelectorAll('section.national')[0]
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('th, td').map(text));
    expect(rows.find((r) => r[0] === '2014')).toEqual(['2014', '76,75', '52/63', 'tăng 10 bậc so với năm 2013']);
    expect(rows.find((r) => r[0] === '2016')).toEqual(['2016', '67,41/97,5 (69,14%)', '53/63', 'tăng 5 bậc so với năm 2015']);
    // As the 2020 symposium put it: 51st, up 7 places on 2018 (a year known by its rank only).
    expect(rows.find((r) => r[0] === '2018')).toEqual(['2018', 'chưa có', '58/63', 'giảm 5 bậc so với năm 2016']);
    expect(rows.find((r) => r[0] === '2019')).toEqual(['2019', '79,51', '51/63', 'tăng 7 bậc so với năm 2018']);
    expect(rows.find((r) => r[0] === '2022')).toEqual(['2022', '86,29', '24/63', 'tăng 27 bậc so với năm 2019']);
  });
});

describe('criteria as open data', () => {
  const yearFiles = readdirSync(join(root, 'data/par-index')).map((f) => JSON.parse(readFileSync(join(root, 'data/par-index', f), 'utf8')));
  const withComponents = yearFiles.filter((y) => y.results.some((r: { components?: object }) => r.components)).map((y) => y.year as number);

  it('publishes one file per year with components, linked from /du-lieu/, and none for the others', () => {
    expect(withComponents.length).toBeGreaterThan(0);
    for (const y of yearFiles) expect(exists(dist, `/du-lieu/chi-so-cchc-${y.year}-tieu-chi.csv`), String(y.year)).toBe(withComponents.includes(y.year));
    const links = [...page(dist, '/du-lieu/').querySelectorAll('a[href*="-tieu-chi.csv"]')].map((a) => a.getAttribute('href'));
    expect(links.sort()).toEqual(withComponents.map((year) => `/du-lieu/chi-so-cchc-${year}-tieu-chi.csv`).sort());
  });

  it('has a row for every component in the data file, with the share worked out from its points', () => {
    for (const year of yearFiles.filter((y) => withComponents.includes(y.year))) {
      const text = readFileSync(join(dist, `du-lieu/chi-so-cchc-${year.year}-tieu-chi.csv`), 'utf8').slice(1);
      expect(text.split('\r\n')[0]).toBe('group,unit,name,criterion,criterionLabel,score,max,share');
      const rows = csvParse(text).map((r) => `${r.unit} ${r.criterion} ${r.score} ${r.max} ${r.share}`);
      // By hand: score / max × 100 to 2 decimals (the epsilon keeps a binary x.xx5 rounding up).
      const expected = year.results.flatMap((r: { unit: string; components?: Record<string, { score: number; max: number }> }) =>
        Object.entries(r.components ?? {}).map(
          ([criterion, p]) => `${r.unit} ${criterion} ${p.score} ${p.max} ${Math.round((p.score / p.max) * 10000 + 1e-7) / 100}`,
        ),
      );
      expect(rows.sort()).toEqual(expected.sort());
    }
  });
});

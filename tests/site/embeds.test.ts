import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkProject } from '../../src/check/project.ts';
import { formatFixed, formatPercent } from '../../src/lib/vietnamese/numbers.ts';
import { page, text } from '../support/dist.ts';
import { TEST_BUILDS } from '../support/site-build.ts';

const dist = inject('dist');
const ARTICLE = '/tin-tuc/ket-qua-chi-so-cchc-nam-2023-tinh-tu-du-lieu/';
// The fixture article's figures, worked out from the fixture's data by the check's own model.
const results = checkProject(join(TEST_BUILDS, 'site')).results!;
const year = results.years.find((y) => y.year === 2023)!;
const groupSo = year.groups.find((g) => g.group.id === 'so')!;

describe('figures computed inside an article (SPEC 12)', () => {
  const html = page(dist, ARTICLE);
  const body = html.querySelector('article .body')!;

  it('writes a unit’s index, rank and tier in the sentence, as the results model has them', () => {
    const unit = results.historyOf('so-tu-phap').find((h) => h.year === 2023)!;
    const expected = `${formatFixed(unit.result.index)}% (hạng ${unit.result.rank}/${unit.of}, loại ${unit.result.tier.label}, số liệu minh họa)`;
    expect(text(body)).toContain(`Sở Tư pháp đạt ${expected}.`);
  });

  it('writes a group’s tiers with counts and shares that add up to the group', () => {
    const figure = body.querySelectorAll('.embed-figure')[1];
    const parts = [...text(figure).matchAll(/(\d+)\/(\d+) đơn vị xếp loại [^(]+\(([\d,]+)%\)/g)];
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.reduce((sum, p) => sum + Number(p[1]), 0)).toBe(groupSo.count);
    expect(parts.map((p) => Number(p[1]))).toEqual(groupSo.tiers.filter((t) => t.count > 0).map((t) => t.count));
    for (const p of parts) expect(formatPercent((Number(p[1]) * 100) / Number(p[2]))).toBe(`${p[3]}%`);
  });

  it('shows the top of a group’s ranking as the year page does, linking the whole year', () => {
    const table = body.querySelector('table.ranking')!;
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.map((r) => text(r.querySelector('td, th')))).toEqual(['1', '2', '3']);
    expect(text(rows[0])).toContain(groupSo.results[0].name);
    expect(text(table.querySelector('caption'))).toContain(`(3 đơn vị đứng đầu trong ${groupSo.count})`);
    expect(body.querySelector('.embed-note a[href="/chi-so-cchc/2023/"]')).not.toBeNull();
  });

  it('draws the group, unit and national charts with their data to download', () => {
    // A bar chart's phone drawing is the same chart: one file to download.
    const charts = body.querySelectorAll('figure svg[role="img"]:not(.narrow)');
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(body.querySelectorAll('a[download$=".csv"]').length).toBe(charts.length);
    expect(body.querySelector('#bieu-do-2023-huyen-title')).not.toBeNull();
    expect(body.querySelector('#bieu-do-so-tu-phap-title')).not.toBeNull();
  });

  it('shows a document’s card with its page and attachments', () => {
    const card = body.querySelector('.document-card')!;
    expect(text(card)).toContain('08/CT-UBND');
    expect(card.querySelector('a[href^="/van-ban/"]')).not.toBeNull();
  });
});

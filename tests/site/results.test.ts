import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exists, page, text } from '../support/dist.ts';
import { resultsDataFiles } from '../support/results-data.ts';
import { buildSite, prepareSite } from '../support/site-build.ts';

let dist: string;

beforeAll(async () => {
  // Data of its own; the fixture's article quoting the fixture's data goes with the data.
  const root = await prepareSite('results', resultsDataFiles(), ['data', 'src/content/news/ket-qua-chi-so-cchc-nam-2023-tinh-tu-du-lieu.mdx']);
  const result = await buildSite(root);
  if (result.code !== 0) throw new Error(result.output);
  dist = join(root, 'dist');
}, 180_000);

const readJson = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8'));
const XSS_NAME = 'Sở <script>window.__xss=1</script> Thử';
/** A tier line of the open data, with the count and share worked out by hand. */
const tier = (id: string, label: string, count: number, share: number) => ({ id, label, count, share });

describe('open data computed from the test data set (expectations worked out by hand)', () => {
  it('2020: ranks, tiers, shares, averages; a scale under 100; 64.995 → 65.00; the name used that year', () => {
    expect(readJson('du-lieu/chi-so-cchc-2020.json')).toEqual({
      year: 2020,
      illustrative: true,
      groups: [
        {
          id: 'so',
          label: 'Sở, ban, ngành',
          count: 4,
          average: 76.25,
          // 2 of 4 and 2 of 4: 50% each.
          tiers: [tier('tot', 'Tốt', 2, 50), tier('kha', 'Khá', 2, 50), tier('trung-binh', 'Trung bình', 0, 0), tier('yeu', 'Yếu', 0, 0)],
          results: [
            { unit: 'so-c', name: 'Sở Cũ', score: 46.8, max: 52, index: 90, rank: 1, tier: 'tot', rankChange: null, indexChange: null },
            { unit: 'so-b', name: 'Sở Bình cũ', score: 80, max: 100, index: 80, rank: 2, tier: 'tot', rankChange: null, indexChange: null },
            { unit: 'so-a', name: XSS_NAME, score: 70, max: 100, index: 70, rank: 3, tier: 'kha', rankChange: null, indexChange: null },
            { unit: 'so-d', name: 'Sở Đông', score: 64.995, max: 100, index: 65, rank: 4, tier: 'kha', rankChange: null, indexChange: null },
          ],
        },
        {
          id: 'huyen',
          label: 'UBND các huyện',
          count: 1,
          average: 55,
          tiers: [tier('tot', 'Tốt', 0, 0), tier('kha', 'Khá', 0, 0), tier('trung-binh', 'Trung bình', 1, 100), tier('yeu', 'Yếu', 0, 0)],
          results: [
            { unit: 'huyen-e', name: 'UBND huyện Ê', score: 55, max: 100, index: 55, rank: 1, tier: 'trung-binh', rankChange: null, indexChange: null },
          ],
        },
      ],
    });
  });

  it('2021: ties in Vietnamese order, changes across different groups of the same level, new units', () => {
    expect(readJson('du-lieu/chi-so-cchc-2021.json')).toEqual({
      year: 2021,
      illustrative: false,
      groups: [
        {
          id: 'so-100',
          label: 'Sở (thang điểm 100)',
          count: 3,
          average: 83.33,
          // 2 of 3 = 66.666… → 66.67; 1 of 3 = 33.333… → 33.33.
          tiers: [tier('tot', 'Tốt', 2, 66.67), tier('kha', 'Khá', 1, 33.33), tier('yeu', 'Yếu', 0, 0)],
          results: [
            { unit: 'so-an', name: 'Sở Ân', score: 42.5, max: 50, index: 85, rank: 1, tier: 'tot', rankChange: null, indexChange: null },
            { unit: 'so-b', name: 'Sở Bình', score: 85, max: 100, index: 85, rank: 1, tier: 'tot', rankChange: 1, indexChange: 5 },
            { unit: 'so-a', name: XSS_NAME, score: 79.994, max: 100, index: 79.99, rank: 3, tier: 'kha', rankChange: 0, indexChange: 9.99 },
          ],
        },
        {
          id: 'so-duoi-100',
          label: 'Sở (thang điểm dưới 100)',
          count: 1,
          average: 80,
          tiers: [tier('tot', 'Tốt', 1, 100), tier('kha', 'Khá', 0, 0), tier('yeu', 'Yếu', 0, 0)],
          results: [{ unit: 'so-d', name: 'Sở Đông', score: 76, max: 95, index: 80, rank: 1, tier: 'tot', rankChange: 3, indexChange: 15 }],
        },
        {
          id: 'xa',
          label: 'UBND các xã',
          count: 1,
          average: 66,
          tiers: [tier('tot', 'Tốt', 0, 0), tier('kha', 'Khá', 1, 100), tier('yeu', 'Yếu', 0, 0)],
          results: [{ unit: 'xa-g', name: 'UBND xã Giang', score: 66, max: 100, index: 66, rank: 1, tier: 'kha', rankChange: null, indexChange: null }],
        },
      ],
    });
  });

  it('the CSV has a BOM, a header and one row per result with the group', () => {
    const csv = readFileSync(join(dist, 'du-lieu/chi-so-cchc-2021.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFgroup,unit,name,score,max,index,rank,tier,rankChange,indexChange\r\n')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toBe('so-100,so-b,Sở Bình,85,100,85,1,tot,1,5');
    expect(lines[5]).toBe('xa,xa-g,UBND xã Giang,66,100,66,1,kha,,');
  });

  it('the Excel file holds the CSV’s numbers, row for row, and the criteria of a year scored by them', async () => {
    for (const year of [2020, 2021]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(join(dist, `du-lieu/chi-so-cchc-${year}.xlsx`)) as unknown as ArrayBuffer);
      const cells = (name: string) =>
        workbook
          .getWorksheet(name)!
          .getSheetValues()
          .slice(2)
          .map((row) => (row as unknown[]).slice(1));
      // unit, score, max, index, rank, rankChange, indexChange: as the CSV has them.
      const csv = csvParse(readFileSync(join(dist, `du-lieu/chi-so-cchc-${year}.csv`), 'utf8').slice(1));
      expect(cells('Xếp hạng').map((r) => [r[1], r[3], r[4], r[5], r[6], r[8], r[9]].map((v) => (v === undefined ? '' : String(v))))).toEqual(
        csv.map((r) => [r.unit, r.score, r.max, r.index, r.rank, r.rankChange, r.indexChange]),
      );
      expect(workbook.getWorksheet('Theo lĩnh vực') !== undefined, String(year)).toBe(year === 2021);
    }
  });

  it('/du-lieu/ lists every download and each year page links its own', () => {
    const links = page(dist, '/du-lieu/')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href'));
    for (const year of [2020, 2021]) {
      expect(links).toContain(`/du-lieu/chi-so-cchc-${year}.json`);
      expect(links).toContain(`/du-lieu/chi-so-cchc-${year}.csv`);
      expect(links).toContain(`/du-lieu/chi-so-cchc-${year}.xlsx`);
      const yearLinks = page(dist, `/chi-so-cchc/${year}/`)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
      expect(yearLinks).toEqual(
        expect.arrayContaining([`/du-lieu/chi-so-cchc-${year}.json`, `/du-lieu/chi-so-cchc-${year}.csv`, `/du-lieu/chi-so-cchc-${year}.xlsx`]),
      );
    }
  });
});

describe('result pages from the test data set', () => {
  it('the year page shows each group’s table, tier summary and chart, and the illustrative note only where flagged', () => {
    const y2020 = page(dist, '/chi-so-cchc/2020/');
    expect(text(y2020.querySelector('.illustrative-note'))).toContain('Số liệu kiểm thử.');
    expect(page(dist, '/chi-so-cchc/2021/').querySelector('.illustrative-note')).toBeNull();
    const ranking = y2020.querySelectorAll('table.ranking')[0];
    const firstRow = ranking.querySelectorAll('tbody tr')[0].querySelectorAll('th, td').map(text);
    // Points as entered, with the column's decimals (64,995 is in the same group): never rounded.
    expect(firstRow).toEqual(['1', 'Sở Cũ', '46,800/52', '90,00', 'Tốt', '–', '–']);
    expect(text(ranking)).toContain('64,995/100');
    const summary = y2020
      .querySelectorAll('table.tier-summary')[0]
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('td').map(text));
    expect(summary).toEqual([
      ['2/4', '50%'],
      ['2/4', '50%'],
      ['0/4', '0%'],
      ['0/4', '0%'],
    ]);
    // Each group's chart is drawn twice, for a desktop and for a phone, each with its title and description.
    const svg = y2020.querySelectorAll('svg[role="img"]');
    expect(svg.map((s) => s.getAttribute('class'))).toEqual(['wide', 'narrow', 'wide', 'narrow']);
    for (const drawing of svg) {
      const named = [drawing.getAttribute('aria-labelledby')!, drawing.getAttribute('aria-describedby')!];
      expect(named.map((id) => y2020.getElementById(id)?.tagName.toLowerCase())).toEqual(['title', 'desc']);
    }
    // A bar a unit in both drawings of the first group's chart.
    expect(svg.slice(0, 2).map((drawing) => drawing.querySelectorAll('rect').length)).toEqual([4, 4]);
    expect(text(y2020.querySelector('.facts'))).toContain('Quyết định số 29/2019/QĐ-UBND ngày 19/09/2019');
    expect(text(y2020.querySelector('.facts'))).toContain('10 nhóm đối tượng, 1.189 phiếu');
    const changes = page(dist, '/chi-so-cchc/2021/')
      .querySelectorAll('table.ranking')[0]
      .querySelectorAll('tbody tr')
      .map((tr) => text(tr.querySelectorAll('td')[4]));
    // 4 units in the 2020 group, 3 in 2021: the change says so.
    expect(changes).toEqual(['–', 'tăng 1 bậc: 2/4 → 1/3 (so với 2020)', 'giữ nguyên thứ hạng: 3/4 → 3/3 (so với 2020)']);
  });

  it('shows a unit name with markup as text in HTML and in SVG', () => {
    const raw = readFileSync(join(dist, 'chi-so-cchc/2020/index.html'), 'utf8');
    expect(raw).not.toContain('<script>window.__xss');
    expect(raw).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
    const html = page(dist, '/chi-so-cchc/2020/');
    // A long name is drawn on several lines (tspans).
    const drawn = html
      .querySelectorAll('svg text')
      .map((t) => (t.querySelectorAll('tspan').length > 0 ? t.querySelectorAll('tspan').map(text).join(' ') : text(t)));
    expect(drawn).toContain(`3. ${XSS_NAME}`);
  });

  it('the unit page gives history, former names and merges', () => {
    const b = page(dist, '/don-vi/so-b/');
    expect(text(b.querySelector('h1'))).toBe('Sở Bình');
    expect(text(b.querySelector('.facts'))).toContain('Sở Bình cũ (đến năm 2020)');
    const rows = b
      .querySelectorAll('table')[0]
      .querySelectorAll('tbody tr')
      .map((tr) => tr.querySelectorAll('th, td').map(text));
    // Beside the group's average and best: 2020 (80+70+90+65)/4 = 76.25, best 90; 2021
    // (85+85+79.99)/3 = 83.33, best 85.
    expect(rows.map((r) => r.slice(0, 8))).toEqual([
      ['2020', 'Sở, ban, ngành', '80/100', '80,00', '76,25', '90,00', '2/4', 'Tốt'],
      ['2021', 'Sở (thang điểm 100)', '85/100', '85,00', '83,33', '85,00', '1/3', 'Tốt'],
    ]);
    // The group had 4 units in 2020 and 3 in 2021: both positions are written.
    expect(rows[1][8]).toBe('tăng 1 bậc: 2/4 → 1/3, chỉ số +5,00 (so với 2020)');
    expect(b.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/chi-so-cchc/2021/#nhom-so-100');
    const c = page(dist, '/don-vi/so-c/');
    expect(c.querySelector('.facts a')!.getAttribute('href')).toBe('/don-vi/so-a/');
    const a = page(dist, '/don-vi/so-a/');
    expect(text(a.querySelector('.facts'))).toContain('Được hợp nhất từ Sở Cũ');
    expect(page(dist, '/don-vi/xa-g/').querySelector('svg[role="img"] title')).not.toBeNull();
  });

  it('the indices page writes out the national rank changes and links every year', () => {
    const html = page(dist, '/chi-so-cchc/');
    const rows = html
      .querySelectorAll('#quoc-gia-par-index ~ .table-scroll tbody tr, section.national tbody tr')
      .map((tr) => text(tr.querySelectorAll('td')[2]));
    expect(rows).toEqual(['–', 'tăng 7 bậc so với năm 2019', 'giảm 3 bậc so với năm 2020']);
    const links = html.querySelectorAll('a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/chi-so-cchc/2020/', '/chi-so-cchc/2021/']));
  });

  it('the home page shows the latest national rank with its change, and the latest year at a glance', () => {
    const html = page(dist, '/');
    const glance = text(html.querySelector('.glance'));
    expect(glance).toContain('PAR INDEX 2021');
    expect(glance).toContain('Hạng 47/63');
    expect(glance).toContain('giảm 3 bậc so với năm 2020');
    expect(glance).toContain('Sở (thang điểm 100) (3 đơn vị): Tốt 2 (66,67%), Khá 1 (33,33%); chỉ số trung bình 83,33%.');
  });
});

describe('criteria, comparison and method from the test data set (worked out by hand)', () => {
  // 2021, group so-100: c1 40/50 (Sở Bình), 40/50 (the markup name), 42.5/50 (Sở Ân);
  // c2 45/50 (Sở Bình), 39.994/50 (the markup name); Sở Ân has no c2.
  const rowsOf = (table: ReturnType<typeof page> | null | undefined) =>
    table!.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('th, td').map(text));

  it('the year page analyses each criterion of a group with components, costliest first', () => {
    const html = page(dist, '/chi-so-cchc/2021/');
    const tables = html.querySelectorAll('table.criteria');
    // Only so-100 has components: the other groups show no analysis rather than zeros.
    expect(tables).toHaveLength(1);
    expect(rowsOf(tables[0])).toEqual([
      // Σ 122.5 / Σ 150 = 81.666… → 81.67; lost 150 − 122.5 = 27.5; two units tied at 80.
      ['Chỉ đạo, điều hành', '27,500/150', '81,67', 'Sở Ân (85,00%)', `${XSS_NAME} và Sở Bình (80,00%)`],
      // Σ 84.994 / Σ 100 = 84.99; lost 15.006; 39.994/50 = 79.988 → 79.99. Sở Ân left out.
      ['Thể chế', '15,006/100', '84,99', 'Sở Bình (90,00%)', `${XSS_NAME} (79,99%)`],
    ]);
    const section = html.querySelector('#nhom-so-100')!.parentNode;
    expect(text(section)).toContain(
      'Nhóm mất nhiều điểm nhất ở hai tiêu chí Chỉ đạo, điều hành (mất 27,5 điểm, cả nhóm đạt 81,67% số điểm tối đa) và Thể chế (mất 15,006 điểm, cả nhóm đạt 84,99% số điểm tối đa).',
    );
    // The chart: a row per criterion, a dot per unit scored on it (3 + 2), and its CSV.
    const chart = html.querySelector('#bieu-do-tieu-chi-so-100-title')!.closest('svg')!;
    expect(chart.querySelectorAll('circle.dot')).toHaveLength(1 + 5);
    expect(chart.querySelectorAll('text.name').map(text)).toEqual(['Chỉ đạo, điều hành', 'Thể chế']);
    expect(html.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/du-lieu/chi-so-cchc-2021-tieu-chi.csv');
    // The points per criterion: each column with the decimals of its most precise value.
    const points = rowsOf(html.querySelector('table.components'));
    // c1 holds 40, 40 and 42.5 (1 decimal), c2 39.994 (3), the totals 79.994 (3).
    expect(points.find((r) => r[0] === XSS_NAME)).toEqual([XSS_NAME, '40,0/50', '39,994/50', '79,994/100']);
    expect(points.find((r) => r[0] === 'Sở Ân')).toEqual(['Sở Ân', '42,5/50', '–', '42,500/50']);
    expect(page(dist, '/chi-so-cchc/2020/').querySelector('table.criteria')).toBeNull();
    // Each row of the ranking links to that year on the unit's page.
    const ranking = html
      .querySelectorAll('table.ranking')[0]
      .querySelectorAll('tbody th a')
      .map((a) => a.getAttribute('href'));
    expect(ranking).toEqual(['/don-vi/so-an/#nam-2021', '/don-vi/so-b/#nam-2021', '/don-vi/so-a/#nam-2021']);
  });

  it('the criteria CSV has a row per unit and criterion it was scored on', () => {
    const lines = readFileSync(join(dist, 'du-lieu/chi-so-cchc-2021-tieu-chi.csv'), 'utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'group,unit,name,criterion,criterionLabel,score,max,share',
      'so-100,so-an,Sở Ân,c1,"Chỉ đạo, điều hành",42.5,50,85',
      'so-100,so-b,Sở Bình,c1,"Chỉ đạo, điều hành",40,50,80',
      'so-100,so-b,Sở Bình,c2,Thể chế,45,50,90',
      `so-100,so-a,${XSS_NAME},c1,"Chỉ đạo, điều hành",40,50,80`,
      `so-100,so-a,${XSS_NAME},c2,Thể chế,39.994,50,79.99`,
    ]);
    expect(exists(dist, '/du-lieu/chi-so-cchc-2020-tieu-chi.csv')).toBe(false);
  });

  it('the unit page sets each year beside its group, says where the unit lost points, and lists its group', () => {
    const html = page(dist, '/don-vi/so-a/');
    const y2021 = html.querySelector('#nam-2021')!;
    expect(text(y2021)).toContain('chỉ số 79,99%, hạng 3/3, xếp loại Khá. Trung bình nhóm 83,33%, cao nhất nhóm 85,00%.');
    // c2: 50 − 39.994 = 10.006 lost, more than c1's 10.
    expect(rowsOf(y2021.querySelector('table'))).toEqual([
      ['Thể chế', '39,994/50', '79,99', '84,99', '10,006'],
      // Each column with the decimals of its most precise value, as the ranking writes points.
      ['Chỉ đạo, điều hành', '40,000/50', '80,00', '81,67', '10,000'],
    ]);
    expect(text(y2021)).toContain(
      'Năm 2021, đơn vị mất nhiều điểm nhất ở Thể chế (mất 10,006 điểm, đạt 79,99% số điểm tối đa), tiếp theo là Chỉ đạo, điều hành (mất 10 điểm, đạt 80,00% số điểm tối đa).',
    );
    const peers = y2021.querySelectorAll('details.peers li');
    expect(peers.map((li) => li.getAttribute('value'))).toEqual(['1', '1', '3']);
    expect(peers.map(text)).toEqual(['Sở Ân: 85,00%, Tốt', 'Sở Bình: 85,00%, Tốt', `${XSS_NAME} (đơn vị này): 79,99%, Khá`]);
    expect(y2021.querySelectorAll('details.peers a').map((a) => a.getAttribute('href'))).toEqual(['/don-vi/so-an/#nam-2021', '/don-vi/so-b/#nam-2021']);
    // 2020 has no components: the year's section shows no criteria at all.
    expect(html.querySelector('#nam-2020 table')).toBeNull();
    expect(text(html.querySelector('#nam-2020'))).not.toContain('tiêu chí');
    // The chart draws the group's average and best beside the unit, and its CSV has all three.
    const csv = decodeURIComponent(
      html.querySelector('#bieu-do-don-vi-title')!.closest('figure')!.querySelector('a[download]')!.getAttribute('href')!.split(',')[1],
    );
    expect(csv.slice(1).trimEnd().split('\r\n')).toEqual(['Năm,Đơn vị,Trung bình nhóm,Cao nhất nhóm', '2020,70,76.25,90', '2021,79.99,83.33,85']);
  });

  it('the method page works an example through every rule from the data, and lists each year', () => {
    const html = page(dist, '/chi-so-cchc/phuong-phap/');
    const example = text(html.querySelector('#vi-du')!.parentNode);
    // Newest year, largest group (so-100); the markup name's index needs rounding and has a change.
    expect(example).toContain(`Ví dụ: ${XSS_NAME}, năm 2021`);
    expect(example).toContain('Chỉ số = 79,994 ÷ 100 × 100 = 79,994, làm tròn thành 79,99.');
    expect(example).toContain('Trong nhóm có 2 đơn vị chỉ số cao hơn, nên đơn vị xếp hạng 3/3.');
    expect(example).toContain('Cả nhóm có 1/3 đơn vị xếp loại Khá: 1 ÷ 3 × 100 = 33,33%.');
    expect(example).toContain('Trung bình nhóm = tổng chỉ số 249,99 ÷ 3 đơn vị = 83,33.');
    expect(example).toContain('Năm 2020, đơn vị xếp hạng 3/4. Năm 2021 hạng 3: giữ nguyên thứ hạng; chỉ số thay đổi +9,99.');
    expect(example).toContain('Sở Ân và Sở Bình cùng đạt 85,00 nên cùng hạng 1; đơn vị tiếp theo xếp hạng 3.');
    const y2021 = html.querySelector('#nam-2021')!.parentNode!;
    expect(rowsOf(y2021.querySelector('table'))).toEqual([
      ['Chỉ đạo, điều hành', '50'],
      ['Thể chế', '50'],
    ]);
    const y2020 = text(html.querySelector('#nam-2020')!.parentNode);
    expect(y2020).toContain('Tốt từ 80%; Khá từ 65%; Trung bình từ 50%; Yếu từ 0%');
    expect(y2020).toContain('10 nhóm đối tượng, 1.189 phiếu');
    expect(y2020).toContain('Trang chưa có danh sách tiêu chí của năm này.');
    for (const year of [2020, 2021]) {
      expect(
        page(dist, `/chi-so-cchc/${year}/`)
          .querySelectorAll('a')
          .map((a) => a.getAttribute('href')),
      ).toContain('/chi-so-cchc/phuong-phap/');
    }
  });
});

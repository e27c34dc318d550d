import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixtureContent } from '../support/fixture-portal.ts';

// Runs the real `npm run new` and `npm run check` scripts in a copy of the fixture portal.
const project = fileURLToPath(new URL('../..', import.meta.url));
const projectNode = join(project, 'node_modules/.bin/node');
const node = existsSync(projectNode) ? projectNode : process.execPath;
const NEW = join(project, 'scripts/new.ts');
const CHECK = join(project, 'scripts/check.ts');

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-new-'));
  copyFixtureContent(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Each run takes a fraction of a second; the suites' 30 s timeout is for a loaded machine.
const run = (script: string, ...args: string[]) => {
  const result = spawnSync(node, [script, ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
};
const scaffold = (...args: string[]) => run(NEW, ...args);
const check = () => run(CHECK);
const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at |Error:|node:internal/m);

describe('npm run new -- news', { timeout: 30_000 }, () => {
  it('creates a draft from the title that passes the check', () => {
    const result = scaffold('news', 'Đẩy mạnh cải cách hành chính năm 2027');
    const file = 'src/content/news/day-manh-cai-cach-hanh-chinh-nam-2027.mdx';
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain(file);
    expect(result.stdout).toContain('npm run check');
    expect(result.stdout).toContain('npm run dev');
    expect(read(file)).toMatch(/^title: "Đẩy mạnh cải cách hành chính năm 2027"$/m);
    expect(read(file)).toMatch(/^draft: true$/m);

    const checked = check();
    expect(checked.status, checked.output).toBe(0);
    // Reported as a draft (a warning), not as an error.
    expect(checked.stdout).toContain(`${file}:`);
    expect(checked.stdout).toMatch(/draft: bản nháp/);
  });

  it('never overwrites: a taken name, .mdx or .md, gets -2, -3, …', () => {
    const base = 'src/content/news/day-manh-cai-cach-hanh-chinh-nam-2027';
    writeFileSync(join(dir, `${base}.mdx`), 'bài đã có, không được ghi đè');

    const result = scaffold('news', 'Đẩy mạnh cải cách hành chính năm 2027');
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain(`${base}-2.mdx`);
    expect(read(`${base}.mdx`)).toBe('bài đã có, không được ghi đè');
    const second = read(`${base}-2.mdx`);
    expect(second).toMatch(/^draft: true$/m);

    // A plain .md file takes its name too.
    writeFileSync(join(dir, `${base}-3.md`), 'bài .md đã có');
    expect(scaffold('news', 'Đẩy mạnh cải cách hành chính năm 2027').stdout).toContain(`${base}-4.mdx`);
    expect(existsSync(join(dir, `${base}-3.mdx`))).toBe(false);
    expect(read(`${base}-3.md`)).toBe('bài .md đã có');
    expect(read(`${base}-2.mdx`)).toBe(second);
  });
});

describe('npm run new -- notice', { timeout: 30_000 }, () => {
  it('creates a draft notice, every field under its guide, that passes the check and is listed as a draft', () => {
    const result = scaffold('notice', 'Lịch tiếp công dân tháng 12');
    const file = 'src/content/thong-bao/lich-tiep-cong-dan-thang-12.mdx';
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain(`Đã tạo thông báo mới (bản nháp): ${file}`);
    const text = read(file);
    expect(text).toMatch(/^title: "Lịch tiếp công dân tháng 12"$/m);
    expect(text).toMatch(/^# Ngày cuối thông báo hiện ở trang chủ/m);
    expect(text).toMatch(/^until:$/m);
    expect(text).toMatch(/^draft: true$/m);
    const checked = check();
    expect(checked.status, checked.output).toBe(0);
    expect(checked.stdout).toMatch(new RegExp(`${file}:\\d+: draft: bản nháp`));
  });

  it('refuses a notice without a title', () => {
    const result = scaffold('notice');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Thiếu tiêu đề thông báo.');
    noStackTrace(result.output);
  });
});

describe('npm run new -- question, consultation, album', { timeout: 60_000 }, () => {
  it('creates a draft question answered by the config’s agency, which passes the check', () => {
    const result = scaffold('question', 'Làm thẻ căn cước cho trẻ em ở đâu?');
    const file = 'src/content/hoi-dap/lam-the-can-cuoc-cho-tre-em-o-dau.mdx';
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain(`Đã tạo câu hỏi mới (bản nháp): ${file}`);
    const text = read(file);
    expect(text).toMatch(/^question: "Làm thẻ căn cước cho trẻ em ở đâu\?"$/m);
    expect(text).toMatch(/^answeredBy: "Sở Nội vụ tỉnh Lai Châu"$/m);
    expect(text).toMatch(/^# .*Câu hỏi nhiều đoạn: viết question: \| /m);
    const checked = check();
    expect(checked.status, checked.output).toBe(0);
    expect(checked.stdout).toMatch(new RegExp(`${file}:\\d+: draft: bản nháp`));
  });

  it('creates a draft for comment open 30 days from today, whose example file, once uncommented and in place, passes the check', () => {
    const result = scaffold('consultation', 'Dự thảo Quy chế làm việc');
    const file = 'src/content/du-thao/du-thao-quy-che-lam-viec.mdx';
    expect(result.status, result.output).toBe(0);
    const text = read(file);
    const opens = /^opens: (\d{4}-\d{2}-\d{2})$/m.exec(text)![1];
    const closes = /^closes: (\d{4}-\d{2}-\d{2})$/m.exec(text)![1];
    expect((Date.parse(closes) - Date.parse(opens)) / 86_400_000).toBe(29);
    expect(text).toMatch(/^issuer: "Sở Nội vụ tỉnh Lai Châu"$/m);
    mkdirSync(join(dir, 'public/files/du-thao'), { recursive: true });
    writeFileSync(join(dir, 'public/files/du-thao/du-thao-quy-che.pdf'), '%PDF-1.4');
    writeFileSync(
      join(dir, file),
      text
        .replace(/^files: \[\]\n/m, '')
        .replace(/^# (files:|- file: | {2}label: )/gm, '$1')
        .replace('<ten-tep>', 'du-thao-quy-che'),
    );
    expect(read(file)).toMatch(/^files:\n- file: \/files\/du-thao\/du-thao-quy-che\.pdf\n {2}label: "Toàn văn Dự thảo Quy chế làm việc"$/m);
    const checked = check();
    expect(checked.status, checked.output).toBe(0);
    expect(checked.stdout).toMatch(new RegExp(`${file}:\\d+: draft: bản nháp`));
  });

  it('creates a draft album with an example picture and video to copy, and refuses one without a name', () => {
    const result = scaffold('album', 'Hội nghị tổng kết năm 2026');
    const file = 'src/content/thu-vien/hoi-nghi-tong-ket-nam-2026.mdx';
    expect(result.status, result.output).toBe(0);
    const text = read(file);
    expect(text).toMatch(/^# {3}alt: "Tả ngắn ảnh chụp gì"$/m);
    expect(text).toMatch(/^# {3}captions: \/files\/video\/<ten-tep>\.vtt$/m);
    // A draft without pictures yet does not stop the site: the check says what it lacks, as a note.
    const checked = check();
    expect(checked.status, checked.output).toBe(0);
    expect(checked.stdout).toContain(`${file}:1: photos: album chưa có ảnh hay video nào`);
    const refused = scaffold('album');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Thiếu tên album.');
    noStackTrace(refused.output);
  });
});

describe('npm run new -- document', { timeout: 30_000 }, () => {
  it('creates a draft named from the type and number, with the issue year, that passes the check', () => {
    const result = scaffold('document', '3105/KH-UBND', 'Kế hoạch cải cách hành chính năm 2027');
    expect(result.status, result.output).toBe(0);
    const name = /src\/content\/documents\/(ke-hoach-3105-kh-ubnd-(\d{4}))\.mdx/.exec(result.stdout);
    expect(name, result.stdout).not.toBeNull();
    const file = `src/content/documents/${name![1]}.mdx`;
    const text = read(file);
    expect(text).toMatch(/^number: "3105\/KH-UBND"$/m);
    expect(text).toMatch(/^type: ke-hoach$/m);
    expect(text).toMatch(/^issuer: "UBND tỉnh Lai Châu"$/m);
    expect(text).toMatch(new RegExp(`^issued: ${name![2]}-\\d\\d-\\d\\d$`, 'm'));
    expect(result.stdout).toContain('npm run check');

    const checked = check();
    expect(checked.status, checked.output).toBe(0);
    expect(checked.stdout).toContain(`${file}:`);
  });

  it('keeps a number with its year as it is, and infers công văn for a number without a type code', () => {
    expect(scaffold('document', '29/2027/QĐ-UBND', 'Quy định xác định Chỉ số CCHC').stdout).toContain('src/content/documents/quyet-dinh-29-2027-qd-ubnd.mdx');
    const letter = scaffold('document', '1600/SNV-CCHC', 'Về việc góp ý dự thảo');
    expect(letter.stdout).toMatch(/src\/content\/documents\/cong-van-1600-snv-cchc-\d{4}\.mdx/);
    expect(check().status).toBe(0);
  });

  it('passes the check once the attachment example is filled in as its comment says', () => {
    const result = scaffold('document', '3106/KH-UBND', 'Kế hoạch tuyên truyền CCHC');
    const file = /src\/content\/documents\/\S+\.mdx/.exec(result.stdout)![0];
    const filled = read(file)
      .replace(/^attachments: \[\]\n/m, '')
      .replace(/^# (attachments:|- file: | {2}label: )/gm, '$1')
      .replace('<ten-tep>', '3106-kh-ubnd');
    writeFileSync(join(dir, file), filled);
    mkdirSync(join(dir, 'public/files/van-ban'), { recursive: true });
    writeFileSync(join(dir, 'public/files/van-ban/3106-kh-ubnd.pdf'), '%PDF-1.4\n');
    const checked = check();
    expect(checked.status, checked.output).toBe(0);
  });

  it('refuses a number that is already in the library, creating nothing', () => {
    const before = readdirSync(join(dir, 'src/content/documents')).sort();
    const result = scaffold('document', '2993/kh-ubnd', 'Trùng số');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('src/content/documents/ke-hoach-2993-kh-ubnd-2019.mdx');
    noStackTrace(result.output);
    expect(readdirSync(join(dir, 'src/content/documents')).sort()).toEqual(before);
  });
});

describe('npm run new -- year', { timeout: 30_000 }, () => {
  const activeIn = (year: number) => {
    const { units } = JSON.parse(read('data/units.json')) as { units: Array<{ id: string; activeFrom?: number; activeUntil?: number; mergedInto?: string }> };
    return units
      .filter((u) => !u.mergedInto && !(u.activeUntil !== undefined && u.activeUntil < year) && !(u.activeFrom !== undefined && u.activeFrom > year))
      .map((u) => u.id);
  };

  it('creates the year with every active unit to fill in; the check names each blank score, then passes once filled', () => {
    const years = readdirSync(join(dir, 'data/par-index')).map((f) => Number(f.slice(0, 4)));
    const latestYear = Math.max(...years);
    const year = latestYear + 1;
    const file = `data/par-index/${year}.json`;
    const result = scaffold('year', String(year));
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain(file);
    expect(result.stdout).toContain('"score"');
    expect(result.stdout).toContain('npm run check');

    const data = JSON.parse(read(file));
    const latest = JSON.parse(read(`data/par-index/${latestYear}.json`));
    expect(data.year).toBe(year);
    expect(data.tiers).toEqual(latest.tiers);
    expect(data.groups).toEqual(latest.groups);
    expect(data.criteria).toEqual(latest.criteria);
    expect(data.regulation).toEqual(latest.regulation);
    for (const key of ['announced', 'illustrative', 'note', 'survey']) expect(data).not.toHaveProperty(key);
    expect(data.results.map((r: { unit: string }) => r.unit).sort()).toEqual(activeIn(year).sort());
    for (const r of data.results) {
      expect(r.score).toBeNull();
      expect(r).not.toHaveProperty('components');
    }

    const blank = check();
    expect(blank.status).toBe(1);
    const blanks = blank.stderr.split('\n').filter((line) => line.startsWith(`${file}:`));
    expect(blanks).toHaveLength(data.results.length);
    for (const line of blanks) expect(line).toMatch(/\.score: /);

    data.results.forEach((r: { score: number | null }) => (r.score = 70));
    writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
    const filled = check();
    expect(filled.status, filled.output).toBe(0);
  });

  it('refuses a year that exists, leaving its file unchanged', () => {
    const file = 'data/par-index/2025.json';
    const before = read(file);
    const result = scaffold('year', '2025');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(/không ghi đè/);
    noStackTrace(result.output);
    expect(read(file)).toBe(before);
  });

  it('refuses a year that is not four digits', () => {
    // The other malformed years are in src/lib/scaffold/year.test.ts (parseYear).
    const result = scaffold('year', '26');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/4 chữ số/);
    noStackTrace(result.output);
    expect(readdirSync(join(dir, 'data/par-index')).every((f) => /^\d{4}\.json$/.test(f))).toBe(true);
  });
});

describe('bad usage', { timeout: 30_000 }, () => {
  it('prints the Vietnamese usage and exits 1, without a stack trace', () => {
    for (const args of [[], ['news', '   '], ['bai-viet', 'Tiêu đề'], ['document', 'Kế hoạch năm 2027', '3107/KH-UBND']]) {
      const result = scaffold(...args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toContain('Cách dùng:');
      expect(result.stdout).toBe('');
      noStackTrace(result.output);
    }
    expect(readdirSync(join(dir, 'src/content/news')).filter((f) => f.startsWith('tieu-de'))).toEqual([]);
  });

  it('reports an unreadable categories file without a stack trace', () => {
    writeFileSync(join(dir, 'src/content/categories.json'), '[ { "id": "tin-tuc-su-kien", } ]');
    const result = scaffold('news', 'Tin mới');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('src/content/categories.json');
    noStackTrace(result.output);
  });
});

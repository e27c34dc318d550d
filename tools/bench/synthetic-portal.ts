// Writes a synthetic portal's content for the benchmark: N articles of varied length with tags,
// categories, some pictures and some document references; 300 documents; 12 years of results
// for about 60 units. Deterministic (a seeded generator), so two runs build the same site.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { DEFAULT_GROUPS, DEFAULT_TIERS } from '../../src/lib/scaffold/year.ts';
import { AGENCIES, CRITERIA, DOCUMENT_SUBJECTS, HEADINGS, LIST_ITEMS, OPENINGS, PLACES, SENTENCES, TAGS, TOPICS } from './vocabulary.ts';

export const DOCUMENT_COUNT = 300;
export const FIRST_YEAR = 2014;
export const YEARS = 12;
const PICTURES = 24;
const ATTACHMENTS = 12;
const CATEGORY_NAMES: Record<string, string> = {
  'tin-tuc-su-kien': 'Tin tức sự kiện',
  'chi-dao-dieu-hanh': 'Chỉ đạo, điều hành',
  'ket-qua-cchc': 'Tin kết quả CCHC',
  'thu-tuc-hanh-chinh': 'Thủ tục hành chính',
  'chuyen-doi-so': 'Chuyển đổi số',
};
const CATEGORIES = Object.keys(CATEGORY_NAMES);
const DOCUMENT_TYPES = ['ke-hoach', 'quyet-dinh', 'chi-thi', 'cong-van', 'bao-cao', 'thong-bao'];
const TYPE_CODE: Record<string, string> = { 'ke-hoach': 'KH', 'quyet-dinh': 'QĐ', 'chi-thi': 'CT', 'cong-van': 'CV', 'bao-cao': 'BC', 'thong-bao': 'TB' };

/** mulberry32: small, fast and good enough to vary text; the same seed gives the same site. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)],
  };
}
type Random = ReturnType<typeof random>;

const pad = (n: number) => String(n).padStart(2, '0');

function fill(template: string, r: Random, year: number) {
  return template
    .replaceAll('{agency}', r.pick(AGENCIES))
    .replaceAll('{topic}', r.pick(TOPICS).toLowerCase())
    .replaceAll('{place}', r.pick(PLACES))
    .replaceAll('{year}', String(year))
    .replaceAll('{day}', `${pad(r.int(1, 28))}/${pad(r.int(1, 12))}`)
    .replaceAll('{quarter}', r.pick(['quý I', 'quý II', 'quý III', 'quý IV', 'sáu tháng đầu năm']))
    .replaceAll('{percent}', `${r.int(60, 99)},${r.int(0, 9)}`)
    .replaceAll('{small}', String(r.int(2, 40)))
    .replaceAll('{count}', r.int(1_000, 250_000).toLocaleString('de-DE'));
}

function paragraph(r: Random, year: number) {
  return Array.from({ length: r.int(2, 5) }, () => fill(r.pick(SENTENCES), r, year)).join(' ');
}

/** An article body: a lead, then sections; some with a list, a table or a link to a document. */
function articleBody(r: Random, year: number, documents: string[]) {
  const parts = [fill(r.pick(OPENINGS), r, year) + ' ' + paragraph(r, year)];
  const sections = r.int(0, 4);
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${r.pick(HEADINGS)}`);
    for (let p = r.int(1, 2); p > 0; p--) parts.push(paragraph(r, year));
    const extra = r.next();
    if (extra < 0.2) parts.push(Array.from({ length: r.int(2, 5) }, () => `- ${r.pick(LIST_ITEMS)}`).join('\n'));
    else if (extra < 0.28) {
      const rows = Array.from({ length: r.int(3, 6) }, () => `| ${r.pick(PLACES)} | ${r.int(100, 9000)} | ${r.int(60, 99)},${r.int(0, 9)} |`);
      parts.push(['| Địa phương | Hồ sơ tiếp nhận | Đúng hạn (%) |', '| --- | ---: | ---: |', ...rows].join('\n'));
    }
  }
  for (const slug of documents) parts.push(`Xem toàn văn tại [văn bản liên quan](/van-ban/${slug}/).`);
  return parts.join('\n\n');
}

export function documentSlug(i: number) {
  return `van-ban-thu-nghiem-${i}`;
}

function writeDocuments(root: string) {
  const dir = join(root, 'src/content/documents');
  mkdirSync(dir, { recursive: true });
  const files = join(root, 'public/files/van-ban');
  mkdirSync(files, { recursive: true });
  // A few small attachments shared by many documents: what matters is the pages, not the PDFs.
  for (let a = 0; a < ATTACHMENTS; a++) writeFileSync(join(files, `tep-thu-nghiem-${a}.pdf`), `%PDF-1.4\n% tệp thử nghiệm ${a}\n%%EOF\n`);
  const r = random(7);
  for (let i = 0; i < DOCUMENT_COUNT; i++) {
    const year = FIRST_YEAR + (i % YEARS);
    const type = DOCUMENT_TYPES[i % DOCUMENT_TYPES.length];
    const subject = r.pick(DOCUMENT_SUBJECTS);
    writeFileSync(
      join(dir, `${documentSlug(i)}.md`),
      [
        '---',
        `title: "Văn bản số ${i + 1} về ${subject} năm ${year}"`,
        `number: "${i + 1}/${TYPE_CODE[type]}-UBND"`,
        `type: ${type}`,
        `issuer: "UBND tỉnh"`,
        `issued: ${year}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
        `summary: "${fill(r.pick(SENTENCES), r, year)}"`,
        'attachments:',
        `  - file: /files/van-ban/tep-thu-nghiem-${i % ATTACHMENTS}.pdf`,
        `    label: "Toàn văn văn bản số ${i + 1} (tệp thử nghiệm)"`,
        '---',
        '',
        paragraph(r, year),
        '',
      ].join('\n'),
    );
  }
}

async function writePictures(dir: string) {
  mkdirSync(dir, { recursive: true });
  // Camera-sized pictures with a photo's grain (a flat drawing would encode unrealistically fast):
  // each becomes several optimised widths and formats.
  const grain = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .png()
    .toBuffer();
  for (let p = 0; p < PICTURES; p++) {
    const hue = (p * 47) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><defs><linearGradient id="g"><stop offset="0" stop-color="hsl(${hue},55%,45%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360},45%,70%)"/></linearGradient></defs><rect width="1600" height="1000" fill="url(#g)"/><circle cx="${400 + p * 30}" cy="500" r="${200 + p * 5}" fill="hsl(${(hue + 180) % 360},40%,60%)"/></svg>`;
    await sharp(Buffer.from(svg))
      .composite([{ input: grain, blend: 'soft-light' }])
      .jpeg({ quality: 85 })
      .toFile(join(dir, `anh-thu-nghiem-${p}.jpg`));
  }
}

export function articleSlug(i: number) {
  return `bai-thu-nghiem-${i}`;
}

/** Writes the articles into `dir` (pictures in dir/images); returns their file names. */
export async function writeArticles(dir: string, count: number, format: 'md' | 'mdx', componentShare = 0) {
  // Every n-th article quotes the results through the components of SPEC 12 (.mdx only).
  const every = componentShare > 0 && format === 'mdx' ? Math.round(1 / componentShare) : 0;
  mkdirSync(dir, { recursive: true });
  await writePictures(join(dir, 'images'));
  const r = random(count);
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const span = YEARS * 365 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const when = new Date(start + Math.floor((i * span) / count) + r.int(0, 86_399) * 1000);
    const year = when.getUTCFullYear();
    const topic = r.pick(TOPICS);
    const place = r.pick(PLACES);
    const tags = [...new Set(Array.from({ length: r.int(1, 5) }, () => r.pick(TAGS)))];
    const documents = r.next() < 0.15 ? [...new Set(Array.from({ length: r.int(1, 2) }, () => documentSlug(r.int(0, DOCUMENT_COUNT - 1))))] : [];
    const picture = r.next() < 0.12 ? r.int(0, PICTURES - 1) : undefined;
    const frontmatter = [
      '---',
      `title: "${topic[0].toUpperCase()}${topic.slice(1)} tại ${place}: bài thử nghiệm số ${i}"`,
      `date: ${when.toISOString().slice(0, 19)}`,
      `category: ${r.pick(CATEGORIES)}`,
      `tags: ${JSON.stringify(tags)}`,
      `summary: "${fill(r.pick(SENTENCES), r, year)}"`,
      ...(r.next() < 0.3 ? [`author: "${r.pick(AGENCIES)}"`] : []),
      ...(documents.length ? [`documents: ${JSON.stringify(documents)}`] : []),
      ...(picture === undefined ? [] : [`image: ./images/anh-thu-nghiem-${picture}.jpg`, `imageAlt: "Hình minh họa số ${picture} cho bài thử nghiệm"`]),
      ...(r.next() < 0.01 ? ['featured: true'] : []),
      '---',
    ];
    const figures =
      every && i % every === 0
        ? `\n\nNăm ${year}, Sở thử nghiệm 1 đạt <ChiSo donVi="so-thu-nghiem-1" nam="${year}" />; các sở: <XepLoai nam="${year}" nhom="so" />.\n\n<BangXepHang nam="${year}" nhom="so" top="5" />\n`
        : '';
    writeFileSync(join(dir, `${articleSlug(i)}.${format}`), `${frontmatter.join('\n')}\n\n${articleBody(r, year, documents)}${figures}\n`);
  }
}

/** About 60 units of three levels, and their results for 12 years (components in every other year). */
function writeResults(root: string) {
  const r = random(12);
  const units = [
    ...Array.from({ length: 20 }, (_, i) => ({ id: `so-thu-nghiem-${i + 1}`, name: `Sở thử nghiệm ${i + 1}`, level: 'so' })),
    ...Array.from({ length: 10 }, (_, i) => ({ id: `huyen-thu-nghiem-${i + 1}`, name: `UBND huyện ${PLACES[i]}`, level: 'huyen' })),
    ...Array.from({ length: 30 }, (_, i) => ({ id: `xa-thu-nghiem-${i + 1}`, name: `UBND xã thử nghiệm ${i + 1}`, level: 'xa' })),
  ];
  mkdirSync(join(root, 'data/par-index'), { recursive: true });
  writeFileSync(join(root, 'data/units.json'), JSON.stringify({ units }, null, 2));
  const maxTotal = CRITERIA.reduce((n, c) => n + c.max, 0);
  for (let y = 0; y < YEARS; y++) {
    const year = FIRST_YEAR + y;
    const withComponents = y % 2 === 1;
    const results = units.map((unit) => {
      const share = r.int(55, 97) / 100;
      const components = Object.fromEntries(CRITERIA.map((c) => [c.id, { score: Math.round(c.max * share * r.int(85, 100)) / 100, max: c.max }]));
      const score = Math.round(Object.values(components).reduce((n, c) => n + c.score * 100, 0)) / 100;
      return { unit: unit.id, group: unit.level, score, max: maxTotal, ...(withComponents ? { components } : {}) };
    });
    const file = {
      year,
      illustrative: true,
      note: 'Số liệu sinh tự động để đo hiệu năng.',
      // A new portal's first year, as `npm run new -- year` writes it.
      tiers: DEFAULT_TIERS,
      groups: Object.values(DEFAULT_GROUPS),
      criteria: CRITERIA.map(({ id, label }) => ({ id, label })),
      results,
    };
    writeFileSync(join(root, `data/par-index/${year}.json`), JSON.stringify(file, null, 2));
  }
}

/**
 * Replaces a copy of the project's content with the synthetic content: articles, documents,
 * results and categories (the national files and configuration stay the portal's).
 */
export async function writeSyntheticContent(root: string, count: number, format: 'md' | 'mdx', componentShare = 0) {
  const categories = CATEGORIES.map((id, i) => ({ id, name: CATEGORY_NAMES[id], order: i + 1 }));
  mkdirSync(join(root, 'src/content'), { recursive: true });
  writeFileSync(join(root, 'src/content/categories.json'), JSON.stringify(categories, null, 2));
  await writeArticles(join(root, 'src/content/news'), count, format, componentShare);
  writeDocuments(root);
  writeResults(root);
}

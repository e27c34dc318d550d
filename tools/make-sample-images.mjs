// Draws the sample illustrations used by the articles in src/content/news/.
// Each picture is an SVG string rendered to JPEG with sharp. The pictures are
// illustrations only (no text apart from a few numbers in the rank chart).
//
// Run: cd /work/main && node_modules/.bin/node tools/make-sample-images.mjs

import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src', 'content', 'news', 'images');

const W = 1200;
const H = 675;

// Shared palette: calm blues and greens with a warm accent.
const C = {
  navy: '#1d3557',
  blue: '#2f5d8a',
  sky: '#dbe8f3',
  pale: '#eef4f8',
  green: '#4f8a5b',
  leaf: '#8fbf7f',
  sand: '#f1e3c6',
  wood: '#b9874f',
  woodDark: '#8c6239',
  red: '#b23a3a',
  gold: '#e0a83a',
  grey: '#8a97a6',
  white: '#ffffff',
};

const svg = (body, bg = C.pale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
  `<rect width="${W}" height="${H}" fill="${bg}"/>${body}</svg>`;

// 1. Conference hall with a projection screen, a podium and rows of seats.
function conferenceHall() {
  let seats = '';
  const rows = [
    { y: 520, n: 9, r: 20, gap: 118, x0: 128 },
    { y: 585, n: 8, r: 23, gap: 135, x0: 128 },
    { y: 655, n: 7, r: 26, gap: 155, x0: 135 },
  ];
  const shirts = [C.navy, C.blue, '#3d6e6e', '#5a4e7c', C.grey];
  rows.forEach((row, ri) => {
    // desk in front of the row
    seats += `<rect x="60" y="${row.y - row.r * 0.2}" width="1080" height="${row.r * 0.9}" rx="6" fill="${C.wood}"/>`;
    for (let i = 0; i < row.n; i++) {
      const cx = row.x0 + i * row.gap + (ri % 2) * 20;
      const col = shirts[(i + ri) % shirts.length];
      seats += `<ellipse cx="${cx}" cy="${row.y - row.r * 0.5}" rx="${row.r * 1.5}" ry="${row.r * 0.9}" fill="${col}"/>`;
      seats += `<circle cx="${cx}" cy="${row.y - row.r * 1.55}" r="${row.r}" fill="#3b2f2a"/>`;
    }
  });
  const bars = [70, 110, 90, 140, 120, 165]
    .map((h, i) => `<rect x="${455 + i * 50}" y="${330 - h}" width="32" height="${h}" fill="${i === 5 ? C.gold : C.blue}"/>`)
    .join('');
  return svg(
    // back wall and floor
    `<rect width="${W}" height="440" fill="#e9e1d3"/>` +
      `<rect y="440" width="${W}" height="235" fill="#c9b79c"/>` +
      // red backdrop behind the stage
      `<rect x="330" y="40" width="540" height="330" fill="${C.red}"/>` +
      `<rect x="330" y="40" width="540" height="14" fill="${C.gold}"/>` +
      // projection screen
      `<rect x="395" y="75" width="410" height="270" rx="4" fill="${C.white}" stroke="#d8d8d8" stroke-width="4"/>` +
      `<line x1="430" y1="330" x2="775" y2="330" stroke="${C.grey}" stroke-width="3"/>` +
      bars +
      // side windows
      `<rect x="70" y="90" width="180" height="230" rx="6" fill="${C.sky}" stroke="#cdbfa8" stroke-width="10"/>` +
      `<rect x="950" y="90" width="180" height="230" rx="6" fill="${C.sky}" stroke="#cdbfa8" stroke-width="10"/>` +
      `<line x1="160" y1="90" x2="160" y2="320" stroke="#cdbfa8" stroke-width="6"/>` +
      `<line x1="1040" y1="90" x2="1040" y2="320" stroke="#cdbfa8" stroke-width="6"/>` +
      // stage, presidium table with flowers, podium
      `<rect x="250" y="370" width="700" height="40" fill="${C.woodDark}"/>` +
      `<rect x="300" y="395" width="420" height="55" rx="4" fill="${C.navy}"/>` +
      `<rect x="300" y="395" width="420" height="10" fill="${C.white}" opacity="0.7"/>` +
      `<ellipse cx="510" cy="392" rx="60" ry="16" fill="${C.green}"/>` +
      `<circle cx="480" cy="384" r="9" fill="${C.gold}"/><circle cx="510" cy="380" r="10" fill="${C.red}"/><circle cx="540" cy="384" r="9" fill="${C.gold}"/>` +
      `<rect x="790" y="360" width="90" height="100" rx="4" fill="${C.wood}"/>` +
      `<rect x="780" y="352" width="110" height="16" rx="3" fill="${C.woodDark}"/>` +
      // plants
      `<ellipse cx="110" cy="420" rx="50" ry="70" fill="${C.green}"/><rect x="90" y="460" width="40" height="40" fill="${C.woodDark}"/>` +
      `<ellipse cx="1090" cy="420" rx="50" ry="70" fill="${C.green}"/><rect x="1070" y="460" width="40" height="40" fill="${C.woodDark}"/>` +
      seats,
  );
}

// 2. Bar chart of the province's national PAR INDEX rank by year.
//    Taller bar = better rank (height = 64 - rank). Numbers only.
function rankChart() {
  const data = [
    [2012, 59],
    [2013, 62],
    [2014, 52],
    [2015, 58],
    [2016, 53],
    [2019, 51],
    [2022, 24],
  ];
  const left = 130;
  const right = 1110;
  const base = 560;
  const top = 110;
  const unit = (base - top) / 45; // 45 = 64 - 19, room above the best bar
  const step = (right - left) / data.length;
  const bw = step * 0.56;
  let grid = '';
  for (let r = 0; r <= 40; r += 10) {
    const y = base - r * unit;
    grid += `<line x1="${left - 20}" y1="${y}" x2="${right}" y2="${y}" stroke="#c8d3de" stroke-width="2"/>`;
  }
  const bars = data
    .map(([year, rank], i) => {
      const h = (64 - rank) * unit;
      const x = left + i * step + (step - bw) / 2;
      const last = i === data.length - 1;
      const fill = last ? C.green : C.blue;
      const cx = x + bw / 2;
      return (
        `<rect x="${x}" y="${base - h}" width="${bw}" height="${h}" rx="6" fill="${fill}"/>` +
        `<circle cx="${cx}" cy="${base - h - 34}" r="28" fill="${C.white}" stroke="${fill}" stroke-width="4"/>` +
        `<text x="${cx}" y="${base - h - 24}" font-family="DejaVu Sans" font-weight="bold" font-size="27" text-anchor="middle" fill="${C.navy}">${rank}</text>` +
        `<text x="${cx}" y="${base + 46}" font-family="DejaVu Sans" font-size="26" text-anchor="middle" fill="#44546a">${year}</text>`
      );
    })
    .join('');
  return svg(
    `<rect x="60" y="50" width="1080" height="575" rx="18" fill="${C.white}"/>` +
      grid +
      `<line x1="${left - 20}" y1="${base}" x2="${right}" y2="${base}" stroke="#44546a" stroke-width="3"/>` +
      bars,
    C.sky,
  );
}

// 3. One-stop service counter: four windows with number displays and staff.
function serviceCounter() {
  let windows = '';
  for (let i = 0; i < 4; i++) {
    const x = 110 + i * 255;
    windows +=
      // number display above each window
      `<rect x="${x + 60}" y="95" width="120" height="56" rx="8" fill="${C.navy}"/>` +
      `<circle cx="${x + 120}" cy="123" r="16" fill="${i === 1 ? C.gold : C.leaf}"/>` +
      // glass panel
      `<rect x="${x}" y="170" width="240" height="200" rx="6" fill="${C.sky}" opacity="0.85"/>` +
      // staff member behind the glass
      `<circle cx="${x + 120}" cy="245" r="34" fill="#3b2f2a"/>` +
      `<path d="M ${x + 55} 370 Q ${x + 120} 270 ${x + 185} 370 Z" fill="${C.blue}"/>` +
      // monitor
      `<rect x="${x + 150}" y="300" width="70" height="48" rx="4" fill="#26303b"/>` +
      `<rect x="${x + 180}" y="348" width="10" height="22" fill="#26303b"/>`;
  }
  // citizens waiting in front, seen from behind
  const people = [
    [300, C.red],
    [560, C.green],
    [830, '#5a4e7c'],
  ]
    .map(
      ([x, col]) =>
        `<circle cx="${x}" cy="470" r="38" fill="#2b2420"/>` +
        `<path d="M ${x - 75} 675 Q ${x - 70} 510 ${x} 505 Q ${x + 70} 510 ${x + 75} 675 Z" fill="${col}"/>`,
    )
    .join('');
  return svg(
    `<rect width="${W}" height="${H}" fill="#f4efe6"/>` +
      `<rect y="0" width="${W}" height="70" fill="${C.blue}"/>` +
      `<rect y="70" width="${W}" height="8" fill="${C.gold}"/>` +
      windows +
      // counter desk
      `<rect x="70" y="370" width="1060" height="30" fill="${C.woodDark}"/>` +
      `<rect x="80" y="400" width="1040" height="170" fill="${C.wood}"/>` +
      `<rect x="80" y="560" width="1040" height="12" fill="${C.woodDark}"/>` +
      // floor
      `<rect y="572" width="${W}" height="103" fill="#d9cdb8"/>` +
      // plants at the ends
      `<ellipse cx="40" cy="430" rx="40" ry="80" fill="${C.green}"/>` +
      `<ellipse cx="1160" cy="430" rx="40" ry="80" fill="${C.green}"/>` +
      people,
  );
}

// 4. A phone showing an online form with a progress bar and a check mark.
function phoneForm() {
  const px = 450;
  const py = 60;
  const pw = 300;
  const ph = 580;
  let fields = '';
  for (let i = 0; i < 4; i++) {
    const y = py + 170 + i * 72;
    fields +=
      `<rect x="${px + 35}" y="${y}" width="120" height="12" rx="6" fill="#b7c4d1"/>` +
      `<rect x="${px + 35}" y="${y + 22}" width="${pw - 70}" height="34" rx="8" fill="${C.white}" stroke="#c3cfdb" stroke-width="3"/>`;
  }
  return svg(
    // desk and background shapes
    `<circle cx="180" cy="160" r="120" fill="${C.sky}"/>` +
      `<circle cx="1040" cy="520" r="160" fill="#e2efe0"/>` +
      `<rect y="560" width="${W}" height="115" fill="#d9cdb8"/>` +
      // a notebook and a pen on the desk
      `<rect x="130" y="470" width="230" height="150" rx="8" fill="${C.white}" transform="rotate(-8 245 545)"/>` +
      `<rect x="145" y="485" width="200" height="120" rx="4" fill="none" stroke="#c3cfdb" stroke-width="3" transform="rotate(-8 245 545)"/>` +
      `<rect x="860" y="600" width="200" height="14" rx="7" fill="${C.navy}" transform="rotate(-15 960 607)"/>` +
      // phone
      `<rect x="${px - 12}" y="${py - 12}" width="${pw + 24}" height="${ph + 24}" rx="46" fill="#1f2630"/>` +
      `<rect x="${px}" y="${py}" width="${pw}" height="${ph}" rx="36" fill="${C.pale}"/>` +
      `<rect x="${px + 110}" y="${py + 14}" width="80" height="14" rx="7" fill="#1f2630"/>` +
      // app header
      `<rect x="${px}" y="${py + 40}" width="${pw}" height="70" fill="${C.blue}"/>` +
      `<circle cx="${px + 45}" cy="${py + 75}" r="18" fill="${C.gold}"/>` +
      `<rect x="${px + 80}" y="${py + 68}" width="150" height="14" rx="7" fill="${C.white}" opacity="0.8"/>` +
      // progress steps
      `<line x1="${px + 60}" y1="${py + 140}" x2="${px + 240}" y2="${py + 140}" stroke="#c3cfdb" stroke-width="6"/>` +
      `<line x1="${px + 60}" y1="${py + 140}" x2="${px + 150}" y2="${py + 140}" stroke="${C.green}" stroke-width="6"/>` +
      `<circle cx="${px + 60}" cy="${py + 140}" r="12" fill="${C.green}"/>` +
      `<circle cx="${px + 150}" cy="${py + 140}" r="12" fill="${C.green}"/>` +
      `<circle cx="${px + 240}" cy="${py + 140}" r="12" fill="#c3cfdb"/>` +
      fields +
      // submit button with a check mark
      `<rect x="${px + 35}" y="${py + 470}" width="${pw - 70}" height="56" rx="28" fill="${C.green}"/>` +
      `<path d="M ${px + 125} ${py + 498} l 16 16 l 32 -30" fill="none" stroke="${C.white}" stroke-width="8" stroke-linecap="round" stroke-linejoin="round"/>`,
    '#f6f1e8',
  );
}

// 5. Mountain landscape with terraced fields, as a header picture.
function mountains() {
  let terraces = '';
  for (let i = 0; i < 7; i++) {
    const y = 470 + i * 32;
    terraces += `<path d="M 0 ${y} Q 300 ${y - 40} 600 ${y - 10} T 1200 ${y - 20}" fill="none" stroke="${i % 2 ? '#b9cf6a' : '#9dbb58'}" stroke-width="14" opacity="0.9"/>`;
  }
  return svg(
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
      `<stop offset="0" stop-color="#9fc3e0"/><stop offset="1" stop-color="#f3e6cf"/></linearGradient></defs>` +
      `<rect width="${W}" height="${H}" fill="url(#sky)"/>` +
      `<circle cx="910" cy="170" r="60" fill="#f7d78b"/>` +
      // clouds
      `<ellipse cx="260" cy="130" rx="110" ry="26" fill="${C.white}" opacity="0.85"/>` +
      `<ellipse cx="330" cy="112" rx="70" ry="24" fill="${C.white}" opacity="0.85"/>` +
      `<ellipse cx="700" cy="90" rx="90" ry="20" fill="${C.white}" opacity="0.7"/>` +
      // far, middle and near ridges
      `<path d="M 0 360 L 140 230 L 260 320 L 420 170 L 560 300 L 700 200 L 860 330 L 1010 190 L 1200 320 L 1200 675 L 0 675 Z" fill="#8aa3b8"/>` +
      `<path d="M 0 420 L 180 300 L 330 390 L 520 270 L 690 380 L 880 290 L 1060 390 L 1200 330 L 1200 675 L 0 675 Z" fill="#5f8a74"/>` +
      `<path d="M 0 490 Q 250 380 520 450 Q 800 520 1200 420 L 1200 675 L 0 675 Z" fill="#6f9a4f"/>` +
      terraces +
      // a few stilt houses
      [180, 250, 980]
        .map(
          (x) =>
            `<rect x="${x}" y="520" width="56" height="30" fill="${C.wood}"/>` +
            `<path d="M ${x - 10} 522 L ${x + 28} 494 L ${x + 66} 522 Z" fill="${C.woodDark}"/>` +
            `<rect x="${x + 6}" y="550" width="6" height="16" fill="${C.woodDark}"/>` +
            `<rect x="${x + 44}" y="550" width="6" height="16" fill="${C.woodDark}"/>`,
        )
        .join(''),
  );
}

const pictures = [
  ['hoi-truong-hoi-nghi.jpg', conferenceHall()],
  ['bieu-do-xep-hang-par-index.jpg', rankChart()],
  ['quay-mot-cua.jpg', serviceCounter()],
  ['dien-thoai-dich-vu-cong.jpg', phoneForm()],
  ['nui-rung-lai-chau.jpg', mountains()],
];

await mkdir(outDir, { recursive: true });
for (const [name, markup] of pictures) {
  const file = join(outDir, name);
  await sharp(Buffer.from(markup)).jpeg({ quality: 80, mozjpeg: true }).toFile(file);
  const { size } = await stat(file);
  console.log(`${name}\t${(size / 1024).toFixed(1)} KB`);
}

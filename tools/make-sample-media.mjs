// Makes the sample files of the consultation and library samples: the draft's PDF
// (public/files/du-thao/), and a short video with its poster and captions (public/files/video/).
// All are labelled as samples in their own content. The video is drawn on a canvas in Debian's
// Chromium and recorded with MediaRecorder (WebM), so that no video tool is needed.
//
// Run: cd /work/main && node_modules/.bin/node tools/make-sample-media.mjs
// (set CHROMIUM_PATH if Chromium is not at /usr/bin/chromium)

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import sharp from 'sharp';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const DRAFT = 'public/files/du-thao/du-thao-ke-hoach-cchc-2027.pdf';
const VIDEO = 'public/files/video/mot-cua-dien-tu';

const draftHtml = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Dự thảo Kế hoạch cải cách hành chính năm 2027 (tài liệu mẫu)</title><style>
body{font-family:'Noto Serif','DejaVu Serif',serif;margin:2.5cm;font-size:13pt;line-height:1.5}
.box{border:2px solid #b58105;background:#fff7e0;padding:8pt 12pt;margin-bottom:24pt}
h1{font-size:15pt;text-align:center;margin:18pt 0}
</style><div class="box"><b>TÀI LIỆU MẪU — không phải dự thảo thật.</b> Dùng để minh họa mục Lấy ý kiến dự thảo.</div>
<p style="text-align:center"><b>DỰ THẢO</b></p>
<h1>KẾ HOẠCH<br>Cải cách hành chính năm 2027</h1>
<p><b>I. Mục đích, yêu cầu</b></p><p>Nêu mục tiêu cải cách hành chính của tỉnh năm 2027 và chỉ tiêu Chỉ số cải cách hành chính cần đạt.</p>
<p><b>II. Nhiệm vụ</b></p><p>1. Cải cách thể chế. 2. Cải cách thủ tục hành chính. 3. Cải cách tổ chức bộ máy. 4. Cải cách chế độ công vụ.
5. Cải cách tài chính công. 6. Xây dựng chính quyền điện tử, chính quyền số.</p>
<p><b>III. Tổ chức thực hiện</b></p><p>Phân công cơ quan chủ trì, phối hợp và thời hạn báo cáo.</p></html>`;

const CAPTIONS = `WEBVTT

00:00:00.000 --> 00:00:03.000
Video minh họa của trang mẫu.

00:00:03.000 --> 00:00:06.000
Người dân nộp hồ sơ tại bộ phận một cửa.
`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();

await page.setContent(draftHtml);
await mkdir(join(root, dirname(DRAFT)), { recursive: true });
await writeFile(join(root, DRAFT), await page.pdf({ format: 'A4' }));

// Six seconds at 640 × 360: a counter window and a moving queue number, recorded as WebM.
const video = await page.evaluate(async () => {
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 360;
  document.body.append(canvas);
  const g = canvas.getContext('2d');
  const draw = (t) => {
    g.fillStyle = '#dbe8f3';
    g.fillRect(0, 0, 640, 360);
    g.fillStyle = '#1d3557';
    g.fillRect(60, 60, 520, 70);
    g.fillStyle = '#2f5d8a';
    for (let i = 0; i < 4; i++) g.fillRect(80 + i * 130, 170, 100, 120);
    g.fillStyle = '#e9a23b';
    g.beginPath();
    g.arc(100 + ((t * 90) % 440), 320, 18, 0, Math.PI * 2);
    g.fill();
  };
  const stream = canvas.captureStream(25);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 300_000 });
  const chunks = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const done = new Promise((resolve) => (recorder.onstop = resolve));
  recorder.start();
  const start = performance.now();
  await new Promise((resolve) => {
    const frame = () => {
      const t = (performance.now() - start) / 1000;
      draw(t);
      if (t < 6) requestAnimationFrame(frame);
      else resolve();
    };
    frame();
  });
  recorder.stop();
  await done;
  const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
});
await browser.close();

await mkdir(join(root, dirname(VIDEO)), { recursive: true });
await writeFile(join(root, `${VIDEO}.webm`), Buffer.from(video, 'base64'));
await writeFile(join(root, `${VIDEO}.vtt`), CAPTIONS);
const poster = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" fill="#dbe8f3"/>
<rect x="60" y="60" width="520" height="70" fill="#1d3557"/>${[0, 1, 2, 3].map((i) => `<rect x="${80 + i * 130}" y="170" width="100" height="120" fill="#2f5d8a"/>`).join('')}
<circle cx="100" cy="320" r="18" fill="#e9a23b"/></svg>`;
await sharp(Buffer.from(poster))
  .jpeg({ quality: 80 })
  .toFile(join(root, `${VIDEO}.jpg`));
console.log(`Wrote ${DRAFT}, ${VIDEO}.webm, .vtt and .jpg`);

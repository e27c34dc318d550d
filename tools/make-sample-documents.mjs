// Makes the sample PDF attachments of the documents library.
//
// For every document in src/content/documents/*.mdx, and every PDF attachment it lists, this
// renders a one-page A4 PDF into public/<attachment path> with Debian's Chromium: the issuer,
// number and date, the title (trích yếu), the summary and the description from the body, under
// a boxed notice that the file is a sample, not the original document. The real signed file
// from the issuing agency should replace it on a live portal.
//
// Run: cd /work/main && node_modules/.bin/node tools/make-sample-documents.mjs
// (set CHROMIUM_PATH if Chromium is not at /usr/bin/chromium)

import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { DOCUMENT_TYPE_LABELS } from '../src/lib/documents/document-types.ts';
import { readMarkdownFile } from '../src/lib/source/markdown-file.ts';
import { formatDate, parseVietnamDate } from '../src/lib/vietnamese/dates.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = join(root, 'src', 'content', 'documents');
const publicDir = join(root, 'public');

const TYPE_NAMES = DOCUMENT_TYPE_LABELS;

const NOTICE_TITLE = 'TÀI LIỆU MẪU — không phải văn bản gốc.';
const NOTICE_TEXT = 'Bản chính thức do cơ quan ban hành cung cấp.';

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Reads an MDX file with the project's frontmatter reader: its frontmatter (dates as written) and body. */
function parseMdx(text, file) {
  const problems = [];
  const { data, body } = readMarkdownFile(file, text, problems);
  if (!data || problems.length > 0) throw new Error(`${file}: ${problems.map((p) => `${p.line}: ${p.message}`).join('; ')} (run npm run check)`);
  return { data, body };
}

/** The instant of a day written in the frontmatter (2019-12-23), as the portal reads it. */
function dayOf(value) {
  const date = parseVietnamDate(String(value));
  if (!date) throw new Error(`not a date: ${value}`);
  return date;
}

/** `23/12/2019`, as the portal writes a day. */
const shortDate = (value) => formatDate(dayOf(value));
/** As administrative documents write it (NĐ 30/2020): a 0 before days under 10 and months 1, 2. */
const longDate = (value) => {
  const [day, month, year] = formatDate(dayOf(value)).split('/');
  return `ngày ${day} tháng ${Number(month) <= 2 ? month : Number(month)} năm ${year}`;
};

/** "UBND tỉnh Lai Châu" → ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], as a document's heading shows it. */
function issuerLines(issuer) {
  const full = issuer.replace(/^UBND\b/, 'Ủy ban nhân dân');
  const upper = full.toLocaleUpperCase('vi');
  const split = /^(.*?)\s+((?:TỈNH|THÀNH PHỐ)\s.*)$/.exec(upper);
  return split ? [split[1], split[2]] : [upper];
}

/** The place written before the date: the province of a provincial body, Hà Nội for a ministry. */
function placeOf(issuer) {
  const province = /tỉnh\s+(.+)$/i.exec(issuer);
  if (province) return province[1].trim();
  if (/^Bộ\s/.test(issuer)) return 'Hà Nội';
  return '';
}

/** The body's paragraphs as plain text: links keep their words, emphasis marks go. */
function bodyParagraphs(body) {
  return body
    .split(/\r?\n\s*\r?\n/)
    .map((p) =>
      p
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/[*_`]+/g, '')
        .replace(/^#+\s*/gm, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/** The trích yếu under the type heading: "Kế hoạch triển khai …" under KẾ HOẠCH reads "Triển khai …". */
function headingTitle(title, typeName) {
  const prefix = `${typeName} `;
  if (!title.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi'))) return title;
  const rest = title.slice(prefix.length);
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

function renderHtml(doc, attachment) {
  const { data } = doc;
  const typeName = TYPE_NAMES[data.type] ?? data.type;
  const place = placeOf(data.issuer);
  const dateLine = place ? `${place}, ${longDate(data.issued)}` : longDate(data.issued);
  const effective = data.effective ? `<p class="meta">Ngày có hiệu lực: ${escapeHtml(shortDate(data.effective))}</p>` : '';
  const paragraphs = bodyParagraphs(doc.body)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(attachment.label)}</title>
<style>
  @page { size: A4; margin: 20mm 20mm 18mm 25mm; }
  * { box-sizing: border-box; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.6; color: #111; margin: 0; }
  .head { display: flex; justify-content: space-between; gap: 8mm; text-align: center; }
  .head .issuer { width: 42%; font-weight: bold; font-size: 9.5pt; }
  .head .nation { width: 58%; font-size: 9.5pt; }
  .head .nation b { display: block; }
  .rule { display: block; width: 35%; margin: 1.5mm auto 2mm; border-top: 1px solid #111; }
  .number { font-weight: normal; }
  .date { font-style: italic; }
  .notice { border: 2.5px solid #a11; padding: 3.5mm 5mm; margin: 9mm 0 7mm; text-align: center; color: #7a0c0c; }
  .notice strong { display: block; font-size: 13pt; letter-spacing: 0.02em; }
  .kind { text-align: center; font-size: 15pt; font-weight: bold; margin: 0; letter-spacing: 0.04em; }
  .title { text-align: center; font-weight: bold; font-size: 11.5pt; margin: 2mm 8mm 7mm; }
  h2 { font-size: 10.5pt; margin: 6mm 0 1.5mm; text-transform: uppercase; letter-spacing: 0.03em; }
  p { margin: 0 0 2.5mm; text-align: justify; }
  .meta { margin: 0; }
  .foot { margin-top: 10mm; padding-top: 2.5mm; border-top: 1px solid #999; font-size: 8.5pt; color: #444; }
</style>
</head>
<body>
  <div class="head">
    <div class="issuer">
      ${issuerLines(data.issuer).map(escapeHtml).join('<br>')}
      <span class="rule"></span>
      <span class="number">Số: ${escapeHtml(data.number)}</span>
    </div>
    <div class="nation">
      <b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>
      <b>Độc lập - Tự do - Hạnh phúc</b>
      <span class="rule"></span>
      <span class="date">${escapeHtml(dateLine)}</span>
    </div>
  </div>

  <div class="notice" role="note">
    <strong>${escapeHtml(NOTICE_TITLE)}</strong>
    ${escapeHtml(NOTICE_TEXT)}
  </div>

  <p class="kind">${escapeHtml(typeName.toLocaleUpperCase('vi'))}</p>
  <p class="title">${escapeHtml(headingTitle(data.title, typeName))}</p>

  <h2>Thông tin văn bản</h2>
  <p class="meta">Cơ quan ban hành: ${escapeHtml(data.issuer)}</p>
  <p class="meta">Số ký hiệu: ${escapeHtml(data.number)}</p>
  <p class="meta">Ngày ban hành: ${escapeHtml(shortDate(data.issued))}</p>
  ${effective}

  ${data.summary ? `<h2>Tóm tắt</h2>\n  <p>${escapeHtml(data.summary)}</p>` : ''}
  ${paragraphs ? `<h2>Giới thiệu</h2>\n  ${paragraphs}` : ''}

  <p class="foot">Tệp này do Trang thông tin điện tử cải cách hành chính tạo ra để minh họa thư viện văn bản; nội dung chỉ tóm tắt thông tin đăng trên trang. Muốn sử dụng văn bản làm căn cứ, đề nghị liên hệ ${escapeHtml(data.issuer)} để có bản chính thức.</p>
</body>
</html>`;
}

/** Number of pages in a PDF that Chromium wrote (its page objects are not compressed). */
function pageCount(bytes) {
  const text = bytes.toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

async function main() {
  const files = (await readdir(docsDir).catch(() => [])).filter((f) => /\.mdx?$/.test(f)).sort();
  const jobs = [];
  for (const file of files) {
    const doc = parseMdx(await readFile(join(docsDir, file), 'utf8'), file);
    for (const attachment of doc.data.attachments ?? []) {
      if (!/\.pdf$/i.test(attachment.file)) {
        console.warn(`skip ${file}: ${attachment.file} is not a PDF`);
        continue;
      }
      jobs.push({ file, doc, attachment });
    }
  }
  if (jobs.length === 0) {
    console.log('No PDF attachments to make.');
    return;
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  let failed = false;
  try {
    const page = await browser.newPage();
    for (const { file, doc, attachment } of jobs) {
      const out = join(publicDir, attachment.file);
      await mkdir(dirname(out), { recursive: true });
      await page.setContent(renderHtml(doc, attachment), { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      await writeFile(out, pdf);
      const pages = pageCount(pdf);
      const { size } = await stat(out);
      const problem = pages !== 1 ? ` — ${pages} pages, expected 1: shorten the summary or body` : '';
      if (problem) failed = true;
      console.log(`${attachment.file}  ${(size / 1024).toFixed(1)} KB  (${file})${problem}`);
    }
  } finally {
    await browser.close();
  }
  if (failed) process.exitCode = 1;
}

await main();

// Turns a fresh copy of the project into an empty portal for one province (SPEC 10): removes
// the sample's articles, documents, results, units, pictures and PDFs, writes a config with the
// province's name and every field only the office knows left empty, then lists what remains to
// fill in. Refuses to run on a portal that has its own content (no "sample": true in its config).
// Usage: npm run init -- "<tên tỉnh>"
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALBUMS_DIR, CONFIG_FILE, CONSULTATIONS_DIR, DATA_DIR, DOCUMENTS_DIR, NEWS_DIR, NOTICES_DIR, QUESTIONS_DIR } from '../src/content.paths.ts';
import { formatReport } from '../src/lib/problems/problem.ts';
import { newPortalConfig, parseProvince } from '../src/lib/scaffold/portal-config.ts';
import { checkProject, errorsOf } from '../src/check/project.ts';

const USAGE = `Cách dùng: npm run init -- "<tên tỉnh>"
  Ví dụ: npm run init -- "Hà Giang"   hoặc   npm run init -- "thành phố Hải Phòng"
  Xóa nội dung mẫu (bài viết, văn bản, kết quả, đơn vị, ảnh, tệp đính kèm) và tạo cấu hình
  ${CONFIG_FILE} cho tỉnh của bạn. Chỉ chạy được một lần, trên bản sao mới của dự án.`;

const root = process.cwd();

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const province = parseProvince(process.argv[2]);
if (!province || process.argv.length > 3) stop(USAGE);

let current: Record<string, unknown> & { editor?: Record<string, unknown> };
try {
  current = JSON.parse(readFileSync(join(root, CONFIG_FILE), 'utf8'));
} catch {
  stop(
    `${CONFIG_FILE}: không đọc được tệp cấu hình (thiếu tệp hoặc sai cú pháp JSON). npm run init chỉ chạy trên bản sao mới của dự án, còn nguyên nội dung mẫu.`,
  );
}
if (current.sample !== true) {
  stop(
    `${CONFIG_FILE}: không có "sample": true, nghĩa là trang này đã có nội dung riêng (hoặc đã chạy npm run init). ` +
      'Lệnh không xóa gì. Để sửa cấu hình, mở tệp này và sửa trực tiếp; để bắt đầu lại từ đầu, lấy một bản sao mới của dự án.',
  );
}

/** Markdown files under a folder, counted before it goes. */
const countFiles = (dir: string, pattern: RegExp) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => pattern.test(f)).length : 0;
const removed = {
  articles: countFiles(NEWS_DIR, /\.mdx?$/),
  documents: countFiles(DOCUMENTS_DIR, /\.mdx?$/),
  notices: countFiles(NOTICES_DIR, /\.mdx?$/),
  questions: countFiles(QUESTIONS_DIR, /\.mdx?$/),
  consultations: countFiles(CONSULTATIONS_DIR, /\.mdx?$/),
  albums: countFiles(ALBUMS_DIR, /\.mdx?$/),
  years: countFiles(`${DATA_DIR}/par-index`, /\.json$/),
  files: countFiles('public/files', /./) + countFiles(`${NEWS_DIR}/images`, /./) + countFiles(`${ALBUMS_DIR}/images`, /./),
};
// The sample's content; categories, the logo and the favicon stay, for the office to change.
for (const path of [
  NEWS_DIR,
  DOCUMENTS_DIR,
  NOTICES_DIR,
  QUESTIONS_DIR,
  CONSULTATIONS_DIR,
  ALBUMS_DIR,
  `${DATA_DIR}/par-index`,
  `${DATA_DIR}/national`,
  `${DATA_DIR}/units.json`,
  'public/files',
]) {
  rmSync(join(root, path), { recursive: true, force: true });
}

const config = newPortalConfig(province, {
  base: (current.base as string) ?? '/',
  logo: current.logo as { src: string },
  color: current.color as string,
  menu: current.menu as never,
  nationalRanking: current.nationalRanking as never,
  newsPerPage: current.newsPerPage as number,
  documentsPerPage: current.documentsPerPage as number,
  latestNewsCount: current.latestNewsCount as number,
  relatedNewsCount: current.relatedNewsCount as number,
  searchRecentArticles: (current.searchRecentArticles as number) ?? 500,
  editor: { backend: (current.editor?.backend as 'github' | 'gitlab') ?? 'github', branch: (current.editor?.branch as string) ?? 'main' },
});
writeFileSync(join(root, CONFIG_FILE), `${JSON.stringify(config, null, 2)}\n`);

console.log(`Đã tạo trang trống cho ${province.full}.`);
console.log(
  `Đã xóa nội dung mẫu: ${removed.articles} bài viết, ${removed.documents} văn bản, ${[
    [removed.notices, 'thông báo'],
    [removed.questions, 'câu hỏi'],
    [removed.consultations, 'dự thảo'],
    [removed.albums, 'album'],
  ]
    .filter(([count]) => (count as number) > 0)
    .map(([count, noun]) => `${count} ${noun}, `)
    .join('')}${removed.years} năm kết quả Chỉ số CCHC, ` +
    `danh sách đơn vị, chỉ số quốc gia, ${removed.files} ảnh và tệp đính kèm. Giữ lại: chuyên mục (src/content/categories.json), biểu trưng (public/logo.svg, public/favicon.svg).`,
);
console.log(`Địa chỉ trang (site) tạm đặt là ${config.site}: sửa lại trong ${CONFIG_FILE} nếu khác.`);
console.log('');
const project = checkProject(root);
const report = formatReport(project.problems);
if (report) console.log(report);
console.log('');
console.log(
  errorsOf(project).length === 0
    ? 'Việc tiếp theo: điền các mục trên trong portal.config.json, thay biểu trưng, rồi thêm bài viết (npm run new -- news "<tiêu đề>"), đơn vị và kết quả (docs/huong-dan-bien-tap.md).'
    : 'Có lỗi ở trên: sửa rồi chạy npm run check.',
);

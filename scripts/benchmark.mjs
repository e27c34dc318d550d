// Builds the site with many generated articles and reports the editors' check time, build time,
// memory, output size and what a search downloads. Targets are reported, not asserted.
// Usage: node scripts/benchmark.mjs [articles=10000] [--format=md|mdx] [--check-only]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { prepareSite } from '../tests/support/site-build.ts';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const format = args.find((a) => a.startsWith('--format='))?.slice('--format='.length) ?? 'md';
const root = await prepareSite(`bench-${count}-${format}`);
const categories = ['tin-tuc-su-kien', 'chi-dao-dieu-hanh', 'ket-qua-cchc', 'thu-tuc-hanh-chinh', 'chuyen-doi-so'];
const topics = ['Chỉ số cải cách hành chính', 'dịch vụ công trực tuyến', 'một cửa liên thông', 'chuyển đổi số', 'đánh giá, xếp loại', 'đăng ký kinh doanh', 'chữ ký số', 'thủ tục hành chính', 'SIPAS', 'PAPI'];
const places = ['Tam Đường', 'Than Uyên', 'Tân Uyên', 'Phong Thổ', 'Sìn Hồ', 'Mường Tè', 'Nậm Nhùn', 'Đoàn Kết', 'Tân Phong'];
const tags = [...topics, ...places, 'Sở Nội vụ', 'Cấp xã', 'Kế hoạch CCHC'];

const dir = join(root, 'src/content/news');
mkdirSync(dir, { recursive: true });
const start = Date.UTC(2014, 0, 1);
for (let i = 0; i < count; i++) {
  const topic = topics[i % topics.length];
  const place = places[(i * 7) % places.length];
  const date = new Date(start + (i * (12 * 365 * 86_400_000)) / count).toISOString().slice(0, 16);
  const body = Array.from({ length: 4 }, (_, p) =>
    `Đoạn ${p + 1}: các cơ quan, đơn vị tại ${place} tiếp tục triển khai ${topic.toLowerCase()}, tăng cường kiểm tra, đôn đốc và báo cáo kết quả định kỳ (bài thử số ${i}).`,
  ).join('\n\n');
  writeFileSync(
    join(dir, `bai-thu-nghiem-${i}.${format}`),
    `---\ntitle: "${topic} tại ${place}: bài thử nghiệm số ${i}"\ndate: ${date}\ncategory: ${categories[i % categories.length]}\ntags: ["${tags[i % tags.length]}", "${tags[(i * 3 + 1) % tags.length]}"]\nsummary: "Bài viết tự sinh để đo hiệu năng, số ${i}."\n---\n\n${body}\n`,
  );
}

// The editors' check alone (npm run check), as an editor runs it after each change.
const checkStarted = performance.now();
const check = spawnSync(process.execPath, [join(import.meta.dirname, 'check.ts')], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const checkSeconds = (performance.now() - checkStarted) / 1000;
console.log(`npm run check on ${count} generated .${format} articles + the sample content: ${checkSeconds.toFixed(1)} s, exit ${check.status}`);
if (args.includes('--check-only')) process.exit(check.status ?? 1);

const timeBin = '/usr/bin/time';
const useTime = (() => { try { return statSync(timeBin).isFile(); } catch { return false; } })();
const started = performance.now();
const build = useTime
  ? spawnSync(timeBin, ['-f', '%M', 'npm', 'run', 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })
  : spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
const seconds = (performance.now() - started) / 1000;
if (build.status !== 0) {
  console.error(build.stdout.slice(-3000), build.stderr.slice(-3000));
  process.exit(1);
}
const peakKb = useTime ? Number(build.stderr.trim().split('\n').at(-1)) : NaN;

function walk(path) {
  return readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(path, e.name)) : [join(path, e.name)]));
}
const dist = join(root, 'dist');
const files = walk(dist);
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const article = statSync(join(dist, 'tin-tuc/bai-thu-nghiem-0/index.html')).size;
console.log(`articles: ${count} generated + the sample content`);
console.log(`build (astro + pagefind): ${seconds.toFixed(1)} s${Number.isFinite(peakKb) ? `, peak memory ${(peakKb / 1024).toFixed(0)} MB` : ''}`);
console.log(`output: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB; pagefind files: ${files.filter((f) => f.includes('/pagefind/')).length}`);
console.log(`one article page: ${(article / 1024).toFixed(1)} KB of HTML`);
const search = spawnSync(process.execPath, [join(import.meta.dirname, 'measure-search.mjs'), dist, 'chi so cai cach hanh chinh', 'dang ky', 'bai thu nghiem so 4242'], { encoding: 'utf8' });
process.stdout.write(search.stdout || search.stderr);

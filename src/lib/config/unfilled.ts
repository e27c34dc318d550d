import type { Problem } from '../problems/problem.ts';
import type { JsonFile } from '../source/json-file.ts';
import type { PortalConfig } from './schema.ts';

/**
 * The fields only the office can fill in, with what each is and where readers see it. A new
 * portal (`npm run init`) starts with them empty; until they are filled the check lists them as
 * warnings, and pages leave them out.
 */
const TO_FILL: Array<{ path: string[]; empty: (config: PortalConfig) => boolean; what: string }> = [
  {
    path: ['responsible', 'name'],
    empty: (c) => c.responsible.name === '',
    what: 'họ tên và chức vụ người chịu trách nhiệm chính (chân trang, trang Giới thiệu)',
  },
  { path: ['address'], empty: (c) => c.address === '', what: 'địa chỉ trụ sở cơ quan (chân trang, trang Giới thiệu)' },
  { path: ['hours'], empty: (c) => c.hours === '', what: 'giờ làm việc của cơ quan, viết thành câu (chân trang, trang Giới thiệu)' },
  { path: ['phone'], empty: (c) => c.phone === '', what: 'số điện thoại liên hệ, ví dụ 0213 3876 650' },
  { path: ['email'], empty: (c) => c.email === '', what: 'địa chỉ thư điện tử liên hệ, ví dụ cchc@tentinh.gov.vn' },
  {
    path: ['procedures', 'href'],
    empty: (c) => c.procedures.href === '',
    what: 'địa chỉ Cổng Dịch vụ công của tỉnh (liên kết "Thủ tục hành chính" ở trang chủ)',
  },
  {
    path: ['links'],
    empty: (c) => c.links.length === 0,
    what: 'liên kết website các cơ quan (trang Liên kết, Nghị định 42/2022/NĐ-CP điều 7): mỗi mục có group, label, href',
  },
  {
    path: ['about', 'leaders'],
    empty: (c) => c.about.leaders.length === 0,
    what: 'lãnh đạo cơ quan (trang Giới thiệu): mỗi người có name, title, titleEn, phone, email',
  },
  { path: ['english', 'address'], empty: (c) => c.english.address === '', what: 'địa chỉ cơ quan bằng tiếng Anh (trang /en/)' },
  { path: ['english', 'hours'], empty: (c) => c.english.hours === '', what: 'giờ làm việc bằng tiếng Anh (trang /en/)' },
  {
    path: ['editor', 'repo'],
    empty: (c) => c.editor.repo === '',
    what: 'kho mã của trang dạng tổ-chức/tên-kho, để biên tập trên web tại /admin/ (docs/trien-khai.md)',
  },
];

/** One warning per field still empty, at its line: "chưa điền …". */
export function unfilledFields(config: PortalConfig, source: JsonFile): Problem[] {
  return TO_FILL.filter(({ empty }) => empty(config)).map(({ path, what }) => ({
    file: source.file,
    line: source.lineOf(path),
    field: path.join('.'),
    message: `chưa điền: ${what}. Trang vẫn dựng được, nhưng cần điền trước khi đưa lên mạng.`,
    severity: 'warning',
  }));
}

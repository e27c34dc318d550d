import { z } from 'astro/zod';
import { formatReport, type Problem } from '../problems/problem.ts';
import { formatNumber } from '../vietnamese/numbers.ts';
import { parseWithProblems } from '../problems/zod.ts';
import type { JsonFile } from '../source/json-file.ts';

/** Everything specific to one province's portal. Validated once, by the check and the build. */
const link = z
  .object({
    label: z.string().min(1),
    href: z
      .string()
      .regex(/^(\/|https?:\/\/)/, 'phải là đường dẫn trong trang bắt đầu bằng / (ví dụ /van-ban/) hoặc địa chỉ web đầy đủ (ví dụ https://dichvucong.gov.vn).'),
  })
  .strict();

const text = z.string().min(1);
const phone = z.string().regex(/^\+?[0-9][0-9 .]{5,}$/, 'phải là số điện thoại gồm chữ số, có thể cách nhau bằng dấu cách, ví dụ 02133 876 650.');
const email = z.email('phải là một địa chỉ thư điện tử đầy đủ, ví dụ cchc@laichau.gov.vn.');
/**
 * A field only the office can fill in (its address, phone, the person responsible…): `npm run
 * init` leaves it "" and the check lists it as a warning (./unfilled.ts), so that a new portal
 * builds before everything is known. Pages leave out what is empty.
 */
const toFill = (schema: z.ZodType<string>, message: string) => z.string().refine((value) => value === '' || schema.safeParse(value).success, message);
const PHONE = 'phải là số điện thoại gồm chữ số, có thể cách nhau bằng dấu cách, ví dụ 02133 876 650.';
const EMAIL = 'phải là một địa chỉ thư điện tử đầy đủ, ví dụ cchc@laichau.gov.vn.';
const URL_MESSAGE = 'phải là địa chỉ web đầy đủ, bắt đầu bằng https://.';
const REPO = 'phải là tên kho mã dạng tổ-chức/tên-kho, ví dụ so-noi-vu-lai-chau/cong-cchc.';

/** One box of the organisation chart on /gioi-thieu/, with the boxes under it. */
export interface OrgUnit {
  name: string;
  /** A few words on what the unit does for the programme. */
  note?: string;
  children?: OrgUnit[];
}
const orgUnit: z.ZodType<OrgUnit> = z.lazy(() => z.object({ name: text, note: text.optional(), children: z.array(orgUnit).min(1).optional() }).strict());

export const portalConfigSchema = z
  .object({
    site: z.url(),
    /** The sub-path the site is served under (SPEC 9): `/`, or e.g. `/cchc/` on a shared domain. */
    base: z
      .string()
      .regex(/^\/([a-z0-9][a-z0-9._-]*\/)*$/, 'phải bắt đầu và kết thúc bằng /, chỉ gồm chữ thường không dấu, số và dấu -, ví dụ "/" hoặc "/cchc/".')
      .default('/'),
    name: z.string().min(1),
    shortName: z.string().min(1),
    province: z.string().min(1),
    agency: z.string().min(1),
    description: z.string().min(1),
    /** Shown beside the portal's name, so it needs no text of its own (alt=""). */
    logo: z.object({ src: z.string().startsWith('/', 'phải là đường dẫn trong thư mục public, bắt đầu bằng /, ví dụ /logo.svg.') }).strict(),
    /** Header band colour; white text sits on it, so it must be dark enough for AA. */
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'phải là mã màu dạng #rrggbb, ví dụ #0b4a7d.'),
    responsible: z.object({ title: z.string().min(1), name: z.string() }).strict(),
    address: z.string(),
    phone: toFill(phone, PHONE),
    email: toFill(email, EMAIL),
    /** Office hours, as a sentence. */
    hours: z.string(),
    /** A site-wide note under the header, e.g. that the sample content is illustrative. */
    notice: z.string().min(1).optional(),
    /** Set on the project's demonstration portal only: `npm run init` replaces it, and refuses to run on a portal without it. */
    sample: z.literal(true).optional(),
    menu: z.array(link.extend({ categories: z.boolean().optional() })).min(1),
    /**
     * How readers send a question (Hỏi đáp) or a comment on a draft (SPEC 14): always a mail to
     * `email` with subject and body filled in; besides it, a form posting to the office's own form
     * service when `endpoint` is set (the site's CSP then allows forms to post there).
     */
    feedback: z
      .object({
        endpoint: z
          .url({ protocol: /^https$/, error: 'phải là địa chỉ https:// của dịch vụ nhận biểu mẫu của cơ quan, ví dụ https://forms.laichau.gov.vn/hoi-dap.' })
          .optional(),
        /** How questions are answered and published, in the office's words (a default is shown otherwise). */
        howAnswered: text.optional(),
      })
      .strict()
      .optional(),
    /** Where readers do their administrative procedures: linked prominently from the home page. */
    procedures: z.object({ label: text, href: toFill(z.url(), URL_MESSAGE), description: text }).strict(),
    /** Other agencies' portals (NĐ 42/2022 art. 7) on /lien-ket/, listed under their `group`. */
    links: z.array(link.extend({ group: text })),
    nationalRanking: z.array(z.object({ from: z.number().int(), provinces: z.number().int().positive() }).strict()).min(1),
    newsPerPage: z.number().int().min(1).max(100),
    documentsPerPage: z.number().int().min(1).max(200),
    latestNewsCount: z.number().int().min(1).max(20),
    relatedNewsCount: z.number().int().min(1).max(20),
    /**
     * Articles the first search covers: the newest whole years holding at least this many are
     * in the main index, older years are searched when the reader asks (src/lib/search/index-split.ts).
     */
    searchRecentArticles: z.number().int().min(1).default(500),
    /** The programme and the agency on /gioi-thieu/ (NĐ 42/2022 art. 4–6). */
    about: z
      .object({
        /** Shown above the rest, e.g. that the sample's staff list is illustrative. */
        note: text.optional(),
        intro: z.array(text).min(1),
        functions: z.array(text).min(1),
        organisation: orgUnit,
        leaders: z.array(z.object({ name: text, title: text, titleEn: text, phone, email }).strict()),
      })
      .strict(),
    /** The essentials in English on /en/ (NĐ 42/2022 art. 7). */
    english: z.object({ name: text, agency: text, address: z.string(), hours: z.string(), intro: z.array(text).min(1), notice: text.optional() }).strict(),
    /** The web editor at /admin/: the repository it commits to and how editors sign in. */
    editor: z
      .object({
        backend: z.enum(['github', 'gitlab']),
        repo: toFill(z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/), REPO),
        branch: z.string().min(1).default('main'),
        /** The OAuth endpoint for signing in (GitHub needs one; GitLab can use its own PKCE flow). */
        baseUrl: z.url().optional(),
        /** GitLab's OAuth application id, for its PKCE sign-in. */
        appId: z.string().min(1).optional(),
      })
      .strict(),
  })
  .strict();

export type PortalConfig = z.output<typeof portalConfigSchema>;

/** Number of provinces in the national ranking for a year (63 before the 2025 merger). */
export function provincesInRanking(config: Pick<PortalConfig, 'nationalRanking'>, year: number) {
  const applicable = config.nationalRanking.filter((entry) => entry.from <= year).sort((a, b) => b.from - a.from)[0];
  return applicable?.provinces;
}

/** Relative luminance contrast ratio between two #rrggbb colours (WCAG 2.1 definition). */
export function contrastRatio(a: string, b: string) {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Checks the config file; problems name its lines. Returns the config when it is valid.
 * `fileExists` (a project path) checks that the logo is there.
 */
export function checkPortalConfig(source: JsonFile, problems: Problem[], fileExists?: (path: string) => boolean): PortalConfig | undefined {
  if (source.data === undefined) return undefined;
  const config = parseWithProblems(portalConfigSchema, source.data, source, problems);
  if (!config) return undefined;
  if (fileExists && !fileExists(`public${config.logo.src}`)) {
    problems.push({
      file: source.file,
      line: source.lineOf(['logo', 'src']),
      field: 'logo.src',
      message: `không tìm thấy tệp public${config.logo.src}: đặt biểu trưng vào thư mục public và viết đúng tên tệp.`,
    });
    return undefined;
  }
  const ratio = contrastRatio(config.color, '#ffffff');
  if (ratio < 4.5) {
    problems.push({
      file: source.file,
      line: source.lineOf(['color']),
      field: 'color',
      message: `${config.color} sáng quá cho chữ trắng trên dải đầu trang (độ tương phản ${formatNumber(ratio, 2)}:1, cần ít nhất 4,5:1): chọn màu đậm hơn.`,
    });
    return undefined;
  }
  return config;
}

/** The config from data already in memory, or an error listing every problem (for the build's import). */
export function parsePortalConfig(raw: unknown, file = 'portal.config.json'): PortalConfig {
  const problems: Problem[] = [];
  const config = checkPortalConfig({ file, data: raw, lineOf: () => 1 }, problems);
  if (!config) throw new Error(formatReport(problems));
  return config;
}

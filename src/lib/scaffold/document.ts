import { DOCUMENT_TYPE_LABELS, type DocumentType } from '../documents/document-types.ts';
import { normalizeNumber } from '../documents/library.ts';
import { toVietnamDay, vietnamYear } from '../vietnamese/dates.ts';
import { foldVietnamese, slugify } from '../vietnamese/text.ts';
import { KIND_FIELDS } from '../content/kind-fields.ts';
import { frontmatter, yamlString } from './frontmatter.ts';
import { cleanTitle } from './news.ts';
import { cutSlug } from './slug.ts';

/**
 * A document number as typed: one line, no spaces around `/` and `-`, without a leading
 * "Số:" copied from the document's header (`Số: 2993/KH-UBND` → `2993/KH-UBND`).
 */
export function cleanNumber(number: string): string {
  return number
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^số\s*:?\s*/iu, '')
    .replace(/\s*([/-])\s*/g, '$1');
}

/** Whether a text looks like a document number: digits, a slash, letters (`2993/KH-UBND`, `1520/SNV-CCHC`). */
export function looksLikeNumber(number: string): boolean {
  const cleaned = cleanNumber(number);
  return /^\p{N}/u.test(cleaned) && cleaned.includes('/') && /\p{L}/u.test(cleaned) && cleaned.length <= 60;
}

/** Abbreviations of the document types, as Vietnamese numbering writes them (Nghị định 30/2020/NĐ-CP). */
const TYPE_CODES: Record<string, DocumentType> = {
  KH: 'ke-hoach',
  QD: 'quyet-dinh',
  CT: 'chi-thi',
  BC: 'bao-cao',
  TB: 'thong-bao',
};

/**
 * The type of a document from its number. A number is `<serial>[/<year>]/<type>-<issuer>`
 * (`29/2019/QĐ-UBND`): the type's abbreviation opens the last part. An official letter has
 * no type code (`1520/SNV-CCHC`, issuer and drafting office), so anything else is a công văn.
 */
export function inferDocumentType(number: string): DocumentType {
  const last = cleanNumber(number).split('/').pop() ?? '';
  const code = foldVietnamese(last.split('-')[0]).toUpperCase();
  return TYPE_CODES[code] ?? 'cong-van';
}

/** The year written in a number (`29/2019/QĐ-UBND` → 2019): a 4-digit part after the serial. */
export function yearInNumber(number: string): number | undefined {
  const year = cleanNumber(number)
    .split('/')
    .slice(1)
    .find((part) => /^\d{4}$/.test(part));
  return year === undefined ? undefined : Number(year);
}

/**
 * The file name of a document: its type, its number, and the issue year when the number has
 * none, so that numbers restarting every year do not collide (`2993/KH-UBND` issued in 2019 →
 * `ke-hoach-2993-kh-ubnd-2019`; `29/2019/QĐ-UBND` → `quyet-dinh-29-2019-qd-ubnd`).
 */
export function documentSlug(number: string, issuedYear: number): string {
  const cleaned = cleanNumber(number);
  const parts = [inferDocumentType(cleaned), slugify(cleaned)];
  if (yearInNumber(cleaned) === undefined) parts.push(String(issuedYear));
  return cutSlug(parts.filter(Boolean).join('-'));
}

/** The file of an existing document with the same number however it is typed, if any. */
export function documentWithNumber(number: string, existing: ReadonlyArray<{ file: string; number: string }>): string | undefined {
  const key = normalizeNumber(cleanNumber(number));
  return existing.find((doc) => normalizeNumber(cleanNumber(doc.number)) === key)?.file;
}

/** The year a new document is filed under: the Vietnam year of `now` (it is issued today). */
export const issueYear = (now: Date) => vietnamYear(now);

/**
 * A new document: every frontmatter field of the schema with a Vietnamese comment, the type
 * inferred from the number, issued today (Vietnam date), a draft.
 */
export function documentTemplate({ number, title, issuer, now }: { number: string; title: string; issuer: string; now: Date }): string {
  const cleaned = cleanNumber(number);
  const type = inferDocumentType(cleaned);
  const example = ['attachments:', '- file: /files/van-ban/<ten-tep>.pdf', `  label: ${yamlString(`Toàn văn ${DOCUMENT_TYPE_LABELS[type]} số ${cleaned}`)}`];
  const head = frontmatter(
    KIND_FIELDS.documents.schema,
    { title: yamlString(cleanTitle(title)), number: yamlString(cleaned), type, issuer: yamlString(issuer), issued: toVietnamDay(now), draft: 'true' },
    { attachments: `\n${example.join('\n')}` },
  );
  return `${head}

{/*
  Phần giới thiệu văn bản (không bắt buộc): viết bên dưới ghi chú này, ví dụ văn bản quy định gì,
  áp dụng cho ai, thời hạn thực hiện. Ghi chú này không hiện trên trang; xóa khi không cần nữa.
*/}
`;
}

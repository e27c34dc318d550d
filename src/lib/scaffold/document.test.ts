import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkDocuments } from '../documents/check.ts';
import { documentFrontmatterSchema } from '../documents/schema.ts';
import { DOCUMENT_TYPES } from '../documents/document-types.ts';
import type { Problem } from '../problems/problem.ts';
import { readMarkdownFile } from '../source/markdown-file.ts';
import { cleanNumber, documentSlug, documentTemplate, documentWithNumber, inferDocumentType, looksLikeNumber, yearInNumber } from './document.ts';

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]) as Record<string, unknown>;
// 1 January 2027, 01:00 in Vietnam: still 2026 in UTC.
const now = new Date('2026-12-31T18:00:00Z');

describe('inferDocumentType', () => {
  it('reads the type code that opens the last part of the number', () => {
    expect(inferDocumentType('2993/KH-UBND')).toBe('ke-hoach');
    expect(inferDocumentType('29/2019/QĐ-UBND')).toBe('quyet-dinh');
    expect(inferDocumentType('876/QD-BNV')).toBe('quyet-dinh');
    expect(inferDocumentType('12/qđ-ubnd')).toBe('quyet-dinh');
    expect(inferDocumentType('08/CT-UBND')).toBe('chi-thi');
    expect(inferDocumentType('125/BC-SNV')).toBe('bao-cao');
    expect(inferDocumentType('85/TB-SNV')).toBe('thong-bao');
  });

  it('takes a number without a type code for an official letter (công văn)', () => {
    expect(inferDocumentType('1520/SNV-CCHC')).toBe('cong-van');
    expect(inferDocumentType('310/UBND-TH')).toBe('cong-van');
    expect(inferDocumentType('15/NQ-HĐND')).toBe('cong-van');
  });
});

describe('documentSlug', () => {
  it('is the type and the number, with the issue year when the number has none', () => {
    expect(documentSlug('2993/KH-UBND', 2026)).toBe('ke-hoach-2993-kh-ubnd-2026');
    expect(documentSlug('29/2019/QĐ-UBND', 2026)).toBe('quyet-dinh-29-2019-qd-ubnd');
    expect(documentSlug('1520/SNV-CCHC', 2026)).toBe('cong-van-1520-snv-cchc-2026');
  });

  it('does not take a 4-digit serial number for a year', () => {
    expect(yearInNumber('2019/KH-UBND')).toBeUndefined();
    expect(documentSlug('2019/KH-UBND', 2026)).toBe('ke-hoach-2019-kh-ubnd-2026');
    expect(yearInNumber('05/2014/QĐ-UBND')).toBe(2014);
  });

  it('reads the number as typed, with spaces or a copied "Số:"', () => {
    expect(cleanNumber('Số: 2993 / KH - UBND ')).toBe('2993/KH-UBND');
    expect(documentSlug('số 2993/KH-UBND', 2026)).toBe('ke-hoach-2993-kh-ubnd-2026');
  });
});

describe('looksLikeNumber and documentWithNumber', () => {
  it('tells a number from a trích yếu', () => {
    expect(looksLikeNumber('2993/KH-UBND')).toBe(true);
    expect(looksLikeNumber('29/2019/QĐ-UBND')).toBe(true);
    expect(looksLikeNumber('Kế hoạch cải cách hành chính năm 2027')).toBe(false);
    expect(looksLikeNumber('2993')).toBe(false);
  });

  it('finds an existing document with the same number however it is typed', () => {
    const existing = [{ file: 'src/content/documents/quyet-dinh-29-2019-qd-ubnd.mdx', number: '29/2019/QĐ-UBND' }];
    expect(documentWithNumber('29/2019/qđ-ubnd ', existing)).toBe(existing[0].file);
    expect(documentWithNumber('30/2019/QĐ-UBND', existing)).toBeUndefined();
  });
});

describe('documentTemplate', () => {
  const template = documentTemplate({
    number: 'Số: 2993/KH-UBND',
    title: 'Kế hoạch triển khai đánh giá, xếp loại kết quả CCHC năm 2027',
    issuer: 'UBND tỉnh Lai Châu',
    now,
  });

  it('writes every field of the schema, each under a Vietnamese comment', () => {
    const data = frontmatter(template);
    expect(Object.keys(data).sort()).toEqual(Object.keys(documentFrontmatterSchema.shape).sort());
    const lines = template.split('\n');
    for (const key of Object.keys(documentFrontmatterSchema.shape)) {
      const at = lines.findIndex((line) => line.startsWith(`${key}:`));
      expect(lines[at - 1], key).toMatch(/^# /);
    }
    for (const type of DOCUMENT_TYPES) expect(template).toContain(type);
  });

  it('fills the number, the inferred type, the issuer and today in Vietnam; a draft', () => {
    expect(frontmatter(template)).toMatchObject({
      title: 'Kế hoạch triển khai đánh giá, xếp loại kết quả CCHC năm 2027',
      number: '2993/KH-UBND',
      type: 'ke-hoach',
      issuer: 'UBND tỉnh Lai Châu',
      issued: '2027-01-01',
      effective: null,
      summary: null,
      attachments: [],
      draft: true,
    });
    expect(template).toMatch(/^number: "2993\/KH-UBND"$/m);
  });

  it('passes the check, with only the draft warning', () => {
    const problems: Problem[] = [];
    const file = readMarkdownFile('src/content/documents/ke-hoach-2993-kh-ubnd-2027.mdx', template, problems);
    const built = checkDocuments([file], () => false);
    problems.push(...built.problems);
    expect(problems.map((p) => `${p.field}: ${p.severity ?? 'error'}`)).toEqual(['draft: warning']);
    expect(built.documents[0]).toMatchObject({ type: 'ke-hoach', issued: '2027-01-01', effective: undefined });
  });

  it('has an attachment example that is valid once uncommented as its comment says', () => {
    const uncommented = template
      .replace(/^attachments: \[\]\n/m, '')
      .replace(/^# (attachments:|- file: | {2}label: )/gm, '$1')
      .replace('<ten-tep>', 'ke-hoach-2993-kh-ubnd-2027');
    const parsed = documentFrontmatterSchema.parse(frontmatter(uncommented));
    expect(parsed.attachments).toEqual([{ file: '/files/van-ban/ke-hoach-2993-kh-ubnd-2027.pdf', label: 'Toàn văn Kế hoạch số 2993/KH-UBND' }]);
    expect(template).toContain('public/files/van-ban/');
  });
});

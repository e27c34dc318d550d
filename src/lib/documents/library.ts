import { formatNumber } from '../vietnamese/numbers.ts';
import { foldVietnamese } from '../vietnamese/text.ts';
import { DOCUMENT_TYPES, type DocumentType } from './document-types.ts';
import type { DocumentFrontmatter } from './schema.ts';

/** Newest issue date first; same day by number, so the order is stable. */
export function compareDocuments(a: Pick<DocumentFrontmatter, 'issued' | 'number'>, b: Pick<DocumentFrontmatter, 'issued' | 'number'>): number {
  return b.issued.localeCompare(a.issued) || a.number.localeCompare(b.number, 'vi', { numeric: true });
}

export const issuedYear = (doc: Pick<DocumentFrontmatter, 'issued'>) => Number(doc.issued.slice(0, 4));

export interface DocumentFacets<T> {
  /** Each type that has documents, in the order of DOCUMENT_TYPES, with its documents. */
  types: Array<{ type: DocumentType; documents: T[] }>;
  /** Each year that has documents, newest first, with its documents. */
  years: Array<{ year: number; documents: T[] }>;
}

/** The library's facets: its documents by type and by year of issue, in the list's own order. */
export function facets<T extends Pick<DocumentFrontmatter, 'type' | 'issued'>>(docs: readonly T[]): DocumentFacets<T> {
  const types = DOCUMENT_TYPES.map((type) => ({ type, documents: docs.filter((d) => d.type === type) })).filter((t) => t.documents.length > 0);
  const years = [...new Set(docs.map(issuedYear))].sort((a, b) => b - a).map((year) => ({ year, documents: docs.filter((d) => issuedYear(d) === year) }));
  return { types, years };
}

/** A document number in a form that matches however it is typed: "29/2019/QĐ-UBND" ~ "29/2019/qd-ubnd ". */
export const normalizeNumber = (number: string) => foldVietnamese(number).trim().toLowerCase().replace(/\s+/g, '');

/** "PDF, 12,3 KB": a download's format and size, as a reader needs before fetching it. */
export function fileDescription(file: string, bytes: number): string {
  const format = (file.split('.').pop() ?? '').toUpperCase();
  const size = bytes < 1024 ? `${bytes} byte` : bytes < 1024 * 1024 ? `${formatNumber(bytes / 1024, 1)} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
  return `${format}, ${size}`;
}

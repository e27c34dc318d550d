import { statSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { slugOf } from '../lib/content/files.ts';
import type { CheckedDocument } from '../lib/documents/check.ts';
import { facets, fileDescription, normalizeNumber, type DocumentFacets } from '../lib/documents/library.ts';
import { urls } from '../lib/urls.ts';
import { fileHistory } from '../check/file-history.ts';
import { updatedAfter } from '../lib/build/file-history.ts';
import { getCheckedProject, PREVIEW } from './checked.ts';

export interface Attachment {
  file: string;
  label: string;
  /** "PDF, 12,3 KB" */
  description: string;
}

export interface LibraryDocument extends Omit<CheckedDocument, 'attachments'> {
  /** The document's page, under the site's sub-path. */
  url: string;
  attachments: Attachment[];
  /** The file's last change (git), when on a later day than the day of issue. */
  updated?: Date;
  entry: CollectionEntry<'documents'>;
}

export interface DocumentsModel {
  /** Published documents (drafts too in dev preview), newest first. */
  documents: LibraryDocument[];
  bySlug: Map<string, LibraryDocument>;
  /** The documents by type and by year of issue, for the narrowing pages and links. */
  facets: DocumentFacets<LibraryDocument>;
  /** The document with this number ("29/2019/QĐ-UBND"), however it is spaced or cased. */
  byNumber(number: string): LibraryDocument | undefined;
}

async function load(): Promise<DocumentsModel> {
  const project = getCheckedProject();
  // A portal without documents yet has no collection: asking Astro for it would only log a warning.
  const entries = new Map((project.documents.length > 0 ? await getCollection('documents') : []).map((entry) => [slugOf(entry.filePath ?? entry.id), entry]));
  const history = fileHistory(process.cwd()).changed;
  const documents: LibraryDocument[] = project.documents
    .filter((d) => PREVIEW || !d.draft)
    .map((d) => ({
      ...d,
      url: urls.document(d.slug),
      updated: updatedAfter(d.issued, history.get(d.file)),
      attachments: d.attachments.map((a) => ({ ...a, description: fileDescription(a.file, statSync(`public${a.file}`).size) })),
      entry: entries.get(d.slug)!,
    }));
  const numbers = new Map(documents.map((d) => [normalizeNumber(d.number), d]));
  return {
    documents,
    bySlug: new Map(documents.map((d) => [d.slug, d])),
    facets: facets(documents),
    byNumber: (number) => numbers.get(normalizeNumber(number)),
  };
}

let model: Promise<DocumentsModel> | undefined;

/** The documents library, loaded once per build and shared by every page. */
export function getDocuments(): Promise<DocumentsModel> {
  if (PREVIEW) return load();
  return (model ??= load());
}

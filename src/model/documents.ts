import { existsSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkDocuments, compareDocuments, fileDescription, normalizeNumber } from '../lib/documents/library';
import type { DocumentInfo } from '../lib/documents/types';
import { formatProblems } from '../lib/news/validate';
import { DOCUMENTS_DIR } from '../content.paths';
import { shadowedFiles } from './content-files';

export interface Attachment {
  file: string;
  label: string;
  /** "PDF, 12,3 KB" */
  description: string;
}

export interface LibraryDocument extends DocumentInfo {
  url: string;
  attachments: Attachment[];
  entry: CollectionEntry<'documents'>;
}

export interface DocumentsModel {
  /** Published documents, newest first. */
  documents: LibraryDocument[];
  bySlug: Map<string, LibraryDocument>;
  /** Slugs of every document, drafts included (an article may refer to one before it is out). */
  allSlugs: Set<string>;
  /** The document with this number ("29/2019/QĐ-UBND"), however it is spaced or cased. */
  byNumber(number: string): LibraryDocument | undefined;
}

async function load(): Promise<DocumentsModel> {
  const entries = await getCollection('documents');
  const all = entries.map((entry) => {
    const file = entry.filePath ?? `src/content/documents/${entry.id}`;
    return { ...entry.data, slug: basename(file, extname(file)), file, entry };
  });
  const problems = checkDocuments(all, (path) => existsSync(`public${path}`));
  for (const file of shadowedFiles(DOCUMENTS_DIR, entries)) {
    const twin = all.find((d) => d.slug === basename(file, extname(file)));
    problems.push({ file, field: '(file name)', message: `duplicate slug "${basename(file, extname(file))}", also used by ${twin?.file ?? 'another file'}` });
  }
  if (problems.length > 0) throw new Error(formatProblems(problems));

  const documents: LibraryDocument[] = all
    .filter((d) => !d.draft)
    .map((d) => ({
      ...d,
      url: `/van-ban/${d.slug}/`,
      attachments: d.attachments.map((a) => ({ ...a, description: fileDescription(a.file, statSync(`public${a.file}`).size) })),
    }))
    .sort(compareDocuments);
  const numbers = new Map(documents.map((d) => [normalizeNumber(d.number), d]));
  return {
    documents,
    bySlug: new Map(documents.map((d) => [d.slug, d])),
    allSlugs: new Set(all.map((d) => d.slug)),
    byNumber: (number) => numbers.get(normalizeNumber(number)),
  };
}

let model: Promise<DocumentsModel> | undefined;

/** The documents library, loaded and validated once per build. */
export function getDocuments(): Promise<DocumentsModel> {
  return (model ??= load());
}

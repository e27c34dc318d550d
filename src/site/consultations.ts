import type { CollectionEntry } from 'astro:content';
import { statSync } from 'node:fs';
import type { CheckedConsultation } from '../lib/consultations/check.ts';
import { fileDescription } from '../lib/documents/library.ts';
import { consultationState, type ConsultationState } from '../lib/consultations/state.ts';
import { urls } from '../lib/urls.ts';
import { toVietnamDay } from '../lib/vietnamese/dates.ts';
import { BUILD_TIME, getCheckedProject, PREVIEW } from './checked.ts';
import { getDocuments, type LibraryDocument } from './documents.ts';
import { oncePerBuild, publishedWithEntries } from './items.ts';

/** A draft under consultation as pages show it, with its state on the day of the build. */
export interface Consultation extends Omit<CheckedConsultation, 'files'> {
  url: string;
  /** The draft's files, each with its format and size ("PDF, 25,5 KB"): a reader on a phone plan sees what a download costs. */
  files: Array<{ file: string; label: string; description: string }>;
  state: ConsultationState;
  /** The document finally issued, once it is published in the library. */
  issued?: LibraryDocument;
  entry: CollectionEntry<'consultations'>;
}

export interface ConsultationsModel {
  /** Published consultations, newest opening first. */
  consultations: Consultation[];
  /** Those taking comments on the day of the build (Vietnam time), the nearest closing first. */
  open: Consultation[];
}

/** The consultations, loaded once per build: their state is the build day's, so the nightly build moves them on. */
export const getConsultations = oncePerBuild(async (): Promise<ConsultationsModel> => {
  const library = await getDocuments();
  const today = toVietnamDay(PREVIEW ? new Date() : BUILD_TIME);
  const consultations = (await publishedWithEntries('consultations', getCheckedProject().consultations)).map((c) => ({
    ...c,
    url: urls.consultation(c.slug),
    files: c.files.map((f) => ({ ...f, description: fileDescription(f.file, statSync(`public${f.file}`).size) })),
    state: consultationState(c, today),
    issued: c.document ? library.bySlug.get(c.document) : undefined,
  }));
  const open = consultations.filter((c) => c.state.state === 'open').sort((a, b) => (a.closes < b.closes ? -1 : a.closes > b.closes ? 1 : 0));
  return { consultations, open };
});

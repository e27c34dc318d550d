import type { CollectionEntry } from 'astro:content';
import { fieldSlug, questionsByField, type CheckedQuestion } from '../lib/questions/check.ts';
import { urls } from '../lib/urls.ts';
import { getCheckedProject } from './checked.ts';
import { getDocuments, type LibraryDocument } from './documents.ts';
import { oncePerBuild, publishedWithEntries } from './items.ts';

/** A question and its answer as pages show them. */
export interface Question extends CheckedQuestion {
  url: string;
  /** The heading: the short title, else the question itself. */
  heading: string;
  /** Its field's page, if it has a field. */
  fieldUrl?: string;
  /** The published documents it names (a draft document is left out until it is out). */
  documentsShown: LibraryDocument[];
  entry: CollectionEntry<'questions'>;
}

export interface QuestionsModel {
  /** Published questions (drafts and scheduled ones too in dev preview), newest answer first. */
  questions: Question[];
  /** The fields in use, by name, each with its questions newest first. */
  fields: Array<{ field: string; slug: string; url: string; questions: Question[] }>;
}

/** The questions, loaded once per build and shared by every page. */
export const getQuestions = oncePerBuild(async (): Promise<QuestionsModel> => {
  const library = await getDocuments();
  const questions = (await publishedWithEntries('questions', getCheckedProject().questions)).map((q) => {
    return {
      ...q,
      url: urls.question(q.slug),
      heading: q.title ?? q.question,
      fieldUrl: q.field ? urls.questionField(fieldSlug(q.field)) : undefined,
      documentsShown: q.documents.flatMap((slug) => library.bySlug.get(slug) ?? []),
    };
  });
  return { questions, fields: questionsByField(questions).map((group) => ({ ...group, url: urls.questionField(group.slug) })) };
});

import type { z } from 'astro/zod';
import { documentFrontmatterSchema } from '../documents/schema.ts';
import { newsFrontmatterSchema } from '../news/schema.ts';
import { noticeFrontmatterSchema } from '../notices/schema.ts';
import { albumFrontmatterSchema } from '../albums/schema.ts';
import { consultationFrontmatterSchema } from '../consultations/schema.ts';
import { questionFrontmatterSchema } from '../questions/schema.ts';
import type { ContentKindId } from './kinds.ts';

/** A content kind's fields, and how the web editor holds its files. */
export interface KindFields {
  /**
   * The frontmatter: what the check validates, and, through each field's description
   * (field-info.ts), the web editor's form and the comments of a file made by `npm run new`.
   */
  schema: z.ZodObject;
  /** The text under the frontmatter, in the web editor. */
  body: { label: string; required: boolean };
  /** The web editor's collection settings beyond the fields (Decap's names). */
  editor: Record<string, unknown>;
}

/** Each kind of kinds.ts with its fields: a kind added there and not here fails the type check. */
export const KIND_FIELDS = {
  news: {
    schema: newsFrontmatterSchema,
    body: { label: 'Nội dung', required: true },
    editor: {
      slug: '{{slug}}',
      identifier_field: 'title',
      // Decap's template filters take their arguments in single quotes.
      summary: "{{title}} ({{date | date('DD/MM/YYYY')}}){{draft | ternary(' – bản nháp', '')}}",
      sortable_fields: ['date', 'title'],
      // Pictures beside the article, as the editors' guide has them: ./images/<name>.
      media_folder: 'images',
      public_folder: './images',
    },
  },
  documents: {
    schema: documentFrontmatterSchema,
    body: { label: 'Nội dung', required: false },
    editor: {
      // As `npm run new -- document` names them: ke-hoach-2993-kh-ubnd-2019.
      slug: "{{type}}-{{number | lower}}-{{issued | date('YYYY')}}",
      identifier_field: 'number',
      summary: '{{number}}: {{title}}',
      media_folder: '/public/files/van-ban',
      public_folder: '/files/van-ban',
    },
  },
  notices: {
    schema: noticeFrontmatterSchema,
    body: { label: 'Nội dung', required: true },
    editor: {
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: "{{title}} ({{date | date('DD/MM/YYYY')}})",
      sortable_fields: ['date', 'title'],
    },
  },
  questions: {
    schema: questionFrontmatterSchema,
    body: { label: 'Câu trả lời', required: true },
    editor: {
      slug: '{{slug}}',
      identifier_field: 'question',
      summary: "{{question}} ({{answered | date('DD/MM/YYYY')}})",
      sortable_fields: ['answered', 'field'],
    },
  },
  consultations: {
    schema: consultationFrontmatterSchema,
    body: { label: 'Dự thảo nói về việc gì, cần góp ý những gì', required: true },
    editor: {
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: "{{title}} (đến hết {{closes | date('DD/MM/YYYY')}})",
      sortable_fields: ['opens', 'closes', 'title'],
      media_folder: '/public/files/du-thao',
      public_folder: '/files/du-thao',
    },
  },
  albums: {
    schema: albumFrontmatterSchema,
    body: { label: 'Giới thiệu (không bắt buộc)', required: false },
    editor: {
      slug: '{{slug}}',
      identifier_field: 'title',
      summary: "{{title}} ({{date | date('DD/MM/YYYY')}})",
      sortable_fields: ['date', 'title'],
      // Pictures beside the album, optimised by the build: ./images/<name>.
      media_folder: 'images',
      public_folder: './images',
    },
  },
} as const satisfies Record<ContentKindId, KindFields>;

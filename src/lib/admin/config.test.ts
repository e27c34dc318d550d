import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { documentFrontmatterSchema } from '../documents/schema.ts';
import { DOCUMENT_TYPES } from '../documents/document-types.ts';
import { categorySchema, newsFrontmatterSchema } from '../news/schema.ts';
import { KIND_FIELDS } from '../content/kind-fields.ts';
import { editorConfig, editorFields, kindFields, type EditorField } from './config.ts';

const CATEGORIES = [
  { id: 'tin-tuc-su-kien', name: 'Tin tức sự kiện' },
  { id: 'chi-dao-dieu-hanh', name: 'Chỉ đạo, điều hành' },
];

/** Each schema field with whether it may be left out (optional, or with a default). */
const schemaFields = (schema: z.ZodObject) =>
  Object.fromEntries(Object.entries(schema.shape).map(([name, field]) => [name, (field as z.ZodType).safeParse(undefined).success]));
/** The same for the editor's fields (Decap's `required` defaults to true); the body is the file's text. */
const requiredness = (fields: EditorField[]) => Object.fromEntries(fields.filter((f) => f.name !== 'body').map((f) => [f.name, f.required === false]));

const categoryOptions = CATEGORIES.map((c) => ({ label: c.name, value: c.id }));
const newsFields = kindFields(KIND_FIELDS.news, { category: categoryOptions });
const documentFields = kindFields(KIND_FIELDS.documents);

describe('the web editor config', () => {
  it('has exactly the article schema fields, required where the schema requires them', () => {
    expect(requiredness(newsFields)).toEqual(schemaFields(newsFrontmatterSchema));
  });

  it('has exactly the document schema fields, required where the schema requires them', () => {
    expect(requiredness(documentFields)).toEqual(schemaFields(documentFrontmatterSchema));
    // Each attachment: the list's item schema (inside the "empty means none" preprocessing).
    const attachment = documentFields.find((f) => f.name === 'attachments')!.fields as EditorField[];
    const item = (documentFrontmatterSchema.shape.attachments as unknown as { out: z.ZodDefault<z.ZodArray<z.ZodObject>> }).out.unwrap().element;
    expect(requiredness(attachment)).toEqual(schemaFields(item));
  });

  it('has exactly the category fields', () => {
    expect(requiredness(editorFields(categorySchema))).toEqual(schemaFields(categorySchema));
  });

  it('offers the categories and document types that exist, by name', () => {
    const category = newsFields.find((f) => f.name === 'category')!;
    expect(category.options).toEqual([
      { label: 'Tin tức sự kiện', value: 'tin-tuc-su-kien' },
      { label: 'Chỉ đạo, điều hành', value: 'chi-dao-dieu-hanh' },
    ]);
    const type = documentFields.find((f) => f.name === 'type')!;
    expect((type.options as Array<{ value: string }>).map((o) => o.value)).toEqual([...DOCUMENT_TYPES]);
  });

  it('takes labels, hints, widgets and widget options from the schema fields, the body from the kind', () => {
    expect(newsFields.map((f) => f.name)).toEqual([...Object.keys(newsFrontmatterSchema.shape), 'body']);
    expect(newsFields.find((f) => f.name === 'imageAlt')).toMatchObject({ label: 'Mô tả ảnh (cho người khiếm thị)', widget: 'string', required: false });
    expect(newsFields.find((f) => f.name === 'imageAlt')!.hint).toMatch(/Bắt buộc khi có ảnh/);
    expect(newsFields.find((f) => f.name === 'documents')).toMatchObject({ widget: 'relation', collection: 'documents', multiple: true });
    expect(newsFields.find((f) => f.name === 'title')).not.toHaveProperty('required');
    expect(newsFields.at(-1)).toEqual({ name: 'body', label: 'Nội dung', widget: 'markdown' });
    expect(documentFields.at(-1)).toEqual({ name: 'body', label: 'Nội dung', widget: 'markdown', required: false });
    // A list of objects gets its item's fields.
    expect((documentFields.find((f) => f.name === 'attachments')!.fields as EditorField[]).map((f) => [f.name, f.widget])).toEqual([
      ['file', 'file'],
      ['label', 'string'],
    ]);
  });

  it('leaves the review, not a draft box, to hold new articles and documents back; dates them in Vietnam time as the schemas read them', () => {
    // In the web editor nothing goes live before a reviewer publishes it (SPEC 13), so an
    // approved entry is live unless held back.
    expect(newsFields.find((f) => f.name === 'draft')!.default).toBe(false);
    expect(documentFields.find((f) => f.name === 'draft')!.default).toBe(false);
    const date = newsFields.find((f) => f.name === 'date')!;
    expect(date.format).toBe('YYYY-MM-DDTHH:mm:ss');
    expect(date.picker_utc).toBe(false);
    expect(newsFrontmatterSchema.shape.date.safeParse('2026-11-20T09:30:00').success).toBe(true);
    expect(documentFrontmatterSchema.shape.issued.safeParse('2026-11-20').success).toBe(true);
  });

  it('writes .mdx files where the site reads them, under ASCII file names, in Vietnamese', () => {
    const config = editorConfig({
      editor: { backend: 'github', repo: 'so-noi-vu/cong-cchc', branch: 'main' },
      site: 'https://cchc.example.vn',
      base: '/cchc/',
      categories: CATEGORIES,
    });
    expect(config.locale).toBe('vi');
    // Saving never publishes: every collection, categories included, goes through review.
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    type Collection = { folder?: string; extension?: string; media_folder?: string; public_folder?: string; files?: Array<{ file: string }> };
    const [news, documents, notices, questions, consultations, albums, settings] = config.collections as Collection[];
    expect([notices.folder, notices.extension]).toEqual(['src/content/thong-bao', 'mdx']);
    expect([questions.folder, consultations.folder, consultations.media_folder, albums.folder, albums.media_folder]).toEqual([
      'src/content/hoi-dap',
      'src/content/du-thao',
      '/public/files/du-thao',
      'src/content/thu-vien',
      'images',
    ]);
    // An album's videos go under public/ (served as they are), its pictures beside it (optimised).
    type Field = { name: string; media_folder?: string; public_folder?: string; fields?: Field[] };
    const videoFields = (albums as Collection & { fields: Field[] }).fields.find((f) => f.name === 'videos')!.fields!;
    for (const name of ['file', 'poster', 'captions'])
      expect(videoFields.find((f) => f.name === name)).toMatchObject({ media_folder: '/public/files/video', public_folder: '/files/video' });
    expect([news.folder, news.extension]).toEqual(['src/content/news', 'mdx']);
    expect([documents.folder, documents.extension, documents.media_folder, documents.public_folder]).toEqual([
      'src/content/documents',
      'mdx',
      '/public/files/van-ban',
      '/files/van-ban',
    ]);
    expect(settings.files![0].file).toBe('src/content/categories.json');
    expect(config.site_url).toBe('https://cchc.example.vn/cchc/');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'so-noi-vu/cong-cchc', branch: 'main' });
  });
});

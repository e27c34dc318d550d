import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { documentFrontmatterSchema } from '../documents/schema.ts';
import { DOCUMENT_TYPES } from '../documents/document-types.ts';
import { categorySchema, newsFrontmatterSchema } from '../news/schema.ts';
import { categoryFields, documentFields, editorConfig, newsFields, type EditorField } from './config.ts';

const CATEGORIES = [
  { id: 'tin-tuc-su-kien', name: 'Tin tức sự kiện' },
  { id: 'chi-dao-dieu-hanh', name: 'Chỉ đạo, điều hành' },
];

/** Each schema field with whether it may be left out (optional, or with a default). */
const schemaFields = (schema: z.ZodObject) =>
  Object.fromEntries(Object.entries(schema.shape).map(([name, field]) => [name, (field as z.ZodType).safeParse(undefined).success]));
/** The same for the editor's fields (Decap's `required` defaults to true); the body is the file's text. */
const editorFields = (fields: EditorField[]) => Object.fromEntries(fields.filter((f) => f.name !== 'body').map((f) => [f.name, f.required === false]));

describe('the web editor config', () => {
  it('has exactly the article schema fields, required where the schema requires them', () => {
    expect(editorFields(newsFields(CATEGORIES))).toEqual(schemaFields(newsFrontmatterSchema));
  });

  it('has exactly the document schema fields, required where the schema requires them', () => {
    expect(editorFields(documentFields())).toEqual(schemaFields(documentFrontmatterSchema));
    // Each attachment: the list's item schema (inside the "empty means none" preprocessing).
    const attachment = documentFields().find((f) => f.name === 'attachments')!.fields as EditorField[];
    const item = (documentFrontmatterSchema.shape.attachments as unknown as { out: z.ZodDefault<z.ZodArray<z.ZodObject>> }).out.unwrap().element;
    expect(editorFields(attachment)).toEqual(schemaFields(item));
  });

  it('has exactly the category fields', () => {
    expect(editorFields(categoryFields())).toEqual(schemaFields(categorySchema));
  });

  it('offers the categories and document types that exist, by name', () => {
    const category = newsFields(CATEGORIES).find((f) => f.name === 'category')!;
    expect(category.options).toEqual([
      { label: 'Tin tức sự kiện', value: 'tin-tuc-su-kien' },
      { label: 'Chỉ đạo, điều hành', value: 'chi-dao-dieu-hanh' },
    ]);
    const type = documentFields().find((f) => f.name === 'type')!;
    expect((type.options as Array<{ value: string }>).map((o) => o.value)).toEqual([...DOCUMENT_TYPES]);
  });

  it('starts new articles and documents as drafts, dated in Vietnam time as the schemas read them', () => {
    expect(newsFields(CATEGORIES).find((f) => f.name === 'draft')!.default).toBe(true);
    expect(documentFields().find((f) => f.name === 'draft')!.default).toBe(true);
    const date = newsFields(CATEGORIES).find((f) => f.name === 'date')!;
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
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    const [news, documents, settings] = config.collections;
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

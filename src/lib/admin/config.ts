import type { z } from 'astro/zod';
import type { PortalConfig } from '../config/schema.ts';
import { describedFields } from '../content/field-info.ts';
import { categorySchema, type Category } from '../news/schema.ts';
import { absoluteUrl } from '../urls.ts';
import { CATEGORY_LIST_FORMAT } from './category-list-format.ts';
import { CATEGORIES_FILE } from '../../content.paths.ts';
import { KIND_FIELDS, type KindFields } from '../content/kind-fields.ts';
import { CONTENT_KINDS } from '../content/kinds.ts';

/**
 * The web editor's configuration (Decap CMS, served at /admin/): a collection for each content
 * kind (src/lib/content/kinds.ts) and one for the categories, their fields made from the schemas.
 */

/** Where the web editor commits and how editors sign in: `editor` in portal.config.json. */
export type EditorSettings = PortalConfig['editor'];

/** One Decap field; only what the portal uses. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  [option: string]: unknown;
}

/**
 * The web editor's fields for a schema: names, order and whether each is required from the
 * schema, the rest from each field's description (src/lib/content/field-info.ts). `options`
 * gives the choices only the portal knows (its categories).
 */
export function editorFields(schema: z.ZodObject, options: Record<string, unknown[]> = {}): EditorField[] {
  return describedFields(schema).map(({ name, info, optional }) => ({
    name,
    label: info.label,
    widget: info.widget,
    ...(optional ? { required: false } : {}),
    ...(info.hint ? { hint: info.hint } : {}),
    ...info.editor,
    ...(options[name] ? { options: options[name] } : {}),
    ...(info.items ? { fields: editorFields(info.items) } : {}),
  }));
}

/** A kind's fields with its body: what the form of one article or document shows. */
export function kindFields(kind: KindFields, options: Record<string, unknown[]> = {}): EditorField[] {
  const body: EditorField = { name: 'body', label: kind.body.label, widget: 'markdown', ...(kind.body.required ? {} : { required: false }) };
  return [...editorFields(kind.schema, options), body];
}

/** Decap's config.yml, as an object. */
export function editorConfig(options: { editor: EditorSettings; site: string; base: string; categories: Category[] }) {
  const { editor, site, base, categories } = options;
  const categoryChoices = categories.map((c) => ({ label: c.name, value: c.id }));
  return {
    backend: {
      name: editor.backend,
      repo: editor.repo,
      branch: editor.branch,
      ...(editor.baseUrl ? { base_url: editor.baseUrl } : {}),
      ...(editor.appId ? { app_id: editor.appId, auth_type: 'pkce' } : {}),
      commit_messages: {
        create: 'Thêm {{collection}} “{{slug}}” (web editor)',
        update: 'Sửa {{collection}} “{{slug}}” (web editor)',
        delete: 'Xóa {{collection}} “{{slug}}” (web editor)',
        uploadMedia: 'Tải lên “{{path}}” (web editor)',
        deleteMedia: 'Xóa “{{path}}” (web editor)',
      },
    },
    // On this machine (npm run dev, or a test) the editor writes to the working copy through
    // decap-server instead of the git host; elsewhere this is ignored.
    local_backend: true,
    // Saving never publishes (SPEC 13): each entry gets a branch and a pull/merge request, and
    // goes Bản nháp → Chờ duyệt → Sẵn sàng đăng; only publishing a ready entry merges it.
    publish_mode: 'editorial_workflow',
    locale: 'vi',
    site_url: absoluteUrl(base, site),
    display_url: absoluteUrl(base, site),
    // Uploads that belong to no collection (rare): under public/files/.
    media_folder: 'public/files',
    public_folder: '/files',
    // File names like the portal's: ASCII, no tones, đ → d, words joined by "-".
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      ...CONTENT_KINDS.map((kind) => ({
        name: kind.id,
        label: kind.label,
        label_singular: kind.noun,
        folder: kind.folder,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        // The preview pane shows unstyled text; the form gets the whole width instead.
        editor: { preview: false },
        ...KIND_FIELDS[kind.id].editor,
        fields: kindFields(KIND_FIELDS[kind.id], { category: categoryChoices }),
      })),
      {
        name: 'settings',
        label: 'Chuyên mục',
        files: [
          {
            name: 'categories',
            label: 'Danh sách chuyên mục',
            file: CATEGORIES_FILE,
            format: CATEGORY_LIST_FORMAT,
            fields: [
              {
                name: 'items',
                label: 'Chuyên mục',
                label_singular: 'chuyên mục',
                widget: 'list',
                summary: '{{fields.name}} ({{fields.id}})',
                fields: editorFields(categorySchema),
              },
            ],
          },
        ],
      },
    ],
  };
}

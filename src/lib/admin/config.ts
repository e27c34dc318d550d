import { DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS } from '../documents/document-types.ts';
import type { PortalConfig } from '../config/schema.ts';
import type { Category } from '../news/schema.ts';
import { absoluteUrl } from '../urls.ts';
import { CATEGORIES_FILE } from '../../content.paths.ts';
import { DOCUMENTS, NEWS } from '../content/kinds.ts';

/**
 * The web editor's configuration (Decap CMS, served at /admin/): collections whose fields
 * mirror the article, document and category schemas. `config.test.ts` compares the two,
 * so a field added to a schema and not here (or the other way round) fails the tests.
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

const optional = (field: EditorField): EditorField => ({ ...field, required: false });

/** Decap's date formats (day.js tokens): what the article and document schemas read. */
const DATE_TIME = 'YYYY-MM-DDTHH:mm:ss';
const DAY = 'YYYY-MM-DD';

export function newsFields(categories: Category[]): EditorField[] {
  return [
    { name: 'title', label: 'Tiêu đề', widget: 'string' },
    {
      name: 'date',
      label: 'Ngày giờ đăng (giờ Việt Nam)',
      widget: 'datetime',
      format: DATE_TIME,
      date_format: 'DD/MM/YYYY',
      time_format: 'HH:mm',
      picker_utc: false,
      default: '{{now}}',
      hint: 'Giờ trong tương lai: bài tự lên trang ở lần dựng trang đầu tiên sau giờ đó (hằng đêm lúc 0 giờ 05, hoặc khi có bài mới được lưu).',
    },
    { name: 'category', label: 'Chuyên mục', widget: 'select', options: categories.map((c) => ({ label: c.name, value: c.id })) },
    optional({ name: 'tags', label: 'Từ khóa', widget: 'list', hint: 'Các từ khóa cách nhau bằng dấu phẩy.' }),
    optional({ name: 'summary', label: 'Tóm tắt', widget: 'text', hint: 'Một, hai câu hiện dưới tiêu đề và trong danh sách tin.' }),
    optional({ name: 'author', label: 'Tác giả', widget: 'string' }),
    optional({ name: 'source', label: 'Nguồn', widget: 'string' }),
    optional({ name: 'image', label: 'Ảnh đại diện', widget: 'image', choose_url: false }),
    optional({ name: 'imageAlt', label: 'Mô tả ảnh (cho người khiếm thị)', widget: 'string', hint: 'Bắt buộc khi có ảnh: tả điều ảnh cho thấy.' }),
    optional({ name: 'imageCaption', label: 'Chú thích ảnh', widget: 'string' }),
    optional({
      name: 'documents',
      label: 'Văn bản liên quan',
      widget: 'relation',
      collection: 'documents',
      value_field: '{{slug}}',
      search_fields: ['number', 'title'],
      display_fields: ['{{number}} – {{title}}'],
      multiple: true,
    }),
    optional({
      name: 'related',
      label: 'Tin liên quan',
      widget: 'relation',
      collection: 'news',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      multiple: true,
    }),
    optional({ name: 'featured', label: 'Tin nổi bật', widget: 'boolean', default: false }),
    optional({ name: 'draft', label: 'Bản nháp (chưa đăng)', widget: 'boolean', default: true, hint: 'Bỏ chọn khi bài đã được duyệt để đăng.' }),
    { name: 'body', label: 'Nội dung', widget: 'markdown' },
  ];
}

export function documentFields(): EditorField[] {
  return [
    { name: 'title', label: 'Trích yếu (tên văn bản)', widget: 'string' },
    { name: 'number', label: 'Số ký hiệu', widget: 'string', hint: 'Ví dụ 2993/KH-UBND.' },
    { name: 'type', label: 'Loại văn bản', widget: 'select', options: DOCUMENT_TYPES.map((type) => ({ label: DOCUMENT_TYPE_LABELS[type], value: type })) },
    { name: 'issuer', label: 'Cơ quan ban hành', widget: 'string' },
    { name: 'issued', label: 'Ngày ban hành', widget: 'datetime', format: DAY, date_format: 'DD/MM/YYYY', time_format: false, picker_utc: false },
    optional({ name: 'effective', label: 'Ngày hiệu lực', widget: 'datetime', format: DAY, date_format: 'DD/MM/YYYY', time_format: false, picker_utc: false }),
    optional({ name: 'summary', label: 'Tóm tắt nội dung', widget: 'text' }),
    optional({
      name: 'attachments',
      label: 'Tệp đính kèm',
      widget: 'list',
      fields: [
        { name: 'file', label: 'Tệp (PDF, DOC…)', widget: 'file', choose_url: false },
        { name: 'label', label: 'Tên hiển thị', widget: 'string' },
      ],
    }),
    optional({ name: 'draft', label: 'Bản nháp (chưa đăng)', widget: 'boolean', default: true }),
    optional({ name: 'body', label: 'Nội dung', widget: 'markdown' }),
  ];
}

export function categoryFields(): EditorField[] {
  return [
    {
      name: 'id',
      label: 'Mã (trong địa chỉ trang)',
      widget: 'string',
      pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'Chữ thường không dấu, nối bằng dấu gạch ngang, ví dụ tin-tuc-su-kien.'],
    },
    { name: 'name', label: 'Tên chuyên mục', widget: 'string' },
    optional({ name: 'description', label: 'Mô tả', widget: 'text' }),
    optional({ name: 'order', label: 'Thứ tự trong danh mục', widget: 'number', value_type: 'int' }),
  ];
}

/** The name of the custom format that reads and writes categories.json's top-level list. */
export const CATEGORY_LIST_FORMAT = 'json-list';

/** Decap's config.yml, as an object. */
export function editorConfig(options: { editor: EditorSettings; site: string; base: string; categories: Category[] }) {
  const { editor, site, base, categories } = options;
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
    locale: 'vi',
    site_url: absoluteUrl(base, site),
    display_url: absoluteUrl(base, site),
    // Uploads that belong to no collection (rare): under public/files/.
    media_folder: 'public/files',
    public_folder: '/files',
    // File names like the portal's: ASCII, no tones, đ → d, words joined by "-".
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: NEWS.id,
        label: NEWS.label,
        label_singular: NEWS.noun,
        folder: NEWS.folder,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        // Decap's template filters take their arguments in single quotes.
        summary: "{{title}} ({{date | date('DD/MM/YYYY')}}){{draft | ternary(' – bản nháp', '')}}",
        sortable_fields: ['date', 'title'],
        // The preview pane shows unstyled text; the form gets the whole width instead.
        editor: { preview: false },
        // Pictures beside the article, as the editors' guide has them: ./images/<name>.
        media_folder: 'images',
        public_folder: './images',
        fields: newsFields(categories),
      },
      {
        name: DOCUMENTS.id,
        label: DOCUMENTS.label,
        label_singular: DOCUMENTS.noun,
        folder: DOCUMENTS.folder,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        // As `npm run new -- document` names them: ke-hoach-2993-kh-ubnd-2019.
        slug: "{{type}}-{{number | lower}}-{{issued | date('YYYY')}}",
        identifier_field: 'number',
        summary: '{{number}}: {{title}}',
        editor: { preview: false },
        media_folder: '/public/files/van-ban',
        public_folder: '/files/van-ban',
        fields: documentFields(),
      },
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
                fields: categoryFields(),
              },
            ],
          },
        ],
      },
    ],
  };
}

/**
 * The kinds of content editors write, one entry each: where their files are, the address of
 * their pages, what an item is called in messages and in the web editor, and what besides the
 * items lives under their address. The check, the link rules, the addresses (src/lib/urls.ts),
 * the web editor's collections and `npm run new` read these, so that a new kind ("Hỏi đáp",
 * "Thông báo") is added here first, and its fields in kind-fields.ts (apart, because the search
 * page's script reads this file and must not carry the schemas).
 */
export interface ContentKind {
  /** The Astro collection and the web editor's collection. */
  id: string;
  /** The editors' files, from the project root. */
  folder: string;
  /** The first segment of the kind's addresses (SPEC 5): `/tin-tuc/<slug>/`. */
  route: string;
  /** The list's name, for menus and the web editor ("Tin tức"). */
  label: string;
  /** One item, in messages ("bài viết"). */
  noun: string;
  /** Pages under the route that are lists, not items (`/van-ban/loai/ke-hoach/`). */
  lists: readonly string[];
  /** A file name as the kind's files are named, for messages about names. */
  exampleFile: string;
}

export const NEWS = {
  id: 'news',
  folder: 'src/content/news',
  route: 'tin-tuc',
  label: 'Tin tức',
  noun: 'bài viết',
  lists: ['nam'],
  exampleFile: 'cong-bo-chi-so-cchc-nam-2019.mdx',
} as const satisfies ContentKind;

export const DOCUMENTS = {
  id: 'documents',
  folder: 'src/content/documents',
  route: 'van-ban',
  label: 'Văn bản',
  noun: 'văn bản',
  lists: ['loai', 'nam'],
  exampleFile: 'ke-hoach-2993-kh-ubnd-2019.mdx',
} as const satisfies ContentKind;

export const NOTICES = {
  id: 'notices',
  folder: 'src/content/thong-bao',
  route: 'thong-bao',
  label: 'Thông báo',
  noun: 'thông báo',
  lists: [],
  exampleFile: 'han-gui-bao-cao-tu-danh-gia-cchc-2026.mdx',
} as const satisfies ContentKind;

export const QUESTIONS = {
  id: 'questions',
  folder: 'src/content/hoi-dap',
  route: 'hoi-dap',
  label: 'Hỏi đáp',
  noun: 'câu hỏi',
  lists: ['linh-vuc'],
  exampleFile: 'cach-nop-ho-so-truc-tuyen.mdx',
} as const satisfies ContentKind;

export const CONSULTATIONS = {
  id: 'consultations',
  folder: 'src/content/du-thao',
  route: 'du-thao',
  label: 'Lấy ý kiến dự thảo',
  noun: 'dự thảo',
  lists: [],
  exampleFile: 'du-thao-ke-hoach-cchc-2027.mdx',
} as const satisfies ContentKind;

export const ALBUMS = {
  id: 'albums',
  folder: 'src/content/thu-vien',
  route: 'thu-vien',
  label: 'Thư viện ảnh, video',
  noun: 'album',
  lists: [],
  exampleFile: 'hoi-nghi-cong-bo-chi-so-cchc-2025.mdx',
} as const satisfies ContentKind;

/** Every kind whose items are Markdown files with pages of their own. */
export const CONTENT_KINDS = [NEWS, DOCUMENTS, NOTICES, QUESTIONS, CONSULTATIONS, ALBUMS] as const satisfies readonly ContentKind[];

export type ContentKindId = (typeof CONTENT_KINDS)[number]['id'];

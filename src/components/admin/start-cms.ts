// Starts the web editor on /admin/: loads Decap CMS from the site itself, teaches it to read
// and write categories.json (a top-level list, which Decap's JSON format cannot hold), then
// starts it with /admin/config.yml. The article components (SPEC 12) get buttons of their own,
// whose selects offer the years, groups, units and documents the page lists in #embed-choices.
import { CATEGORY_LIST_FORMAT } from '../../lib/admin/category-list-format.ts';
import { editorComponents, type EditorComponent } from '../../lib/embeds/editor-components.ts';
import { urls } from '../../lib/urls.ts';

type Phrases = { editor: { editorWidgets: { markdown: Record<string, unknown> } & Record<string, unknown> } & Record<string, unknown> } & Record<
  string,
  unknown
>;

// Decap's Vietnamese has no words for the text editor's toolbar, which would show in English.
const TOOLBAR = {
  bold: 'Chữ đậm',
  italic: 'Chữ nghiêng',
  strikethrough: 'Gạch ngang',
  code: 'Mã',
  link: 'Liên kết',
  linkPrompt: 'Nhập địa chỉ của liên kết',
  headings: 'Tiêu đề mục',
  quote: 'Trích dẫn',
  bulletedList: 'Danh sách gạch đầu dòng',
  numberedList: 'Danh sách đánh số',
  addComponent: 'Chèn thành phần',
};

interface Decap {
  registerCustomFormat(name: string, extension: string, format: { fromFile(text: string): unknown; toFile(data: unknown): string }): void;
  registerEditorComponent(component: EditorComponent): void;
  getLocale(name: string): Phrases;
  registerLocale(name: string, phrases: Phrases): void;
  init(options?: unknown): void;
}

const w = window as unknown as { CMS_MANUAL_INIT: boolean; CMS: Decap };
w.CMS_MANUAL_INIT = true;
const script = document.createElement('script');
script.src = `${urls.admin}decap-cms.js`;
script.onload = () => {
  w.CMS.registerCustomFormat(CATEGORY_LIST_FORMAT, 'json', {
    fromFile: (text) => ({ items: JSON.parse(text) }),
    toFile: (data) => `${JSON.stringify((data as { items: unknown[] }).items, null, 2)}\n`,
  });
  const vi = w.CMS.getLocale('vi');
  const widgets = vi.editor.editorWidgets;
  w.CMS.registerLocale('vi', { ...vi, editor: { ...vi.editor, editorWidgets: { ...widgets, markdown: { ...widgets.markdown, ...TOOLBAR } } } });
  const choices = document.getElementById('embed-choices')?.textContent;
  if (choices) for (const component of editorComponents(JSON.parse(choices))) w.CMS.registerEditorComponent(component);
  w.CMS.init();
};
document.head.append(script);

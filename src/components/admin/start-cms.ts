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

// The review's states and buttons as SPEC 13 names them (Decap's Vietnamese says "Đang xét
// duyệt", "Sẵn sàng", "Công bố", and "Trạng:" for the status).
const STATUS = { draft: 'Bản nháp', inReview: 'Chờ duyệt', ready: 'Sẵn sàng đăng' };
const TOOLBAR_REVIEW = {
  ...STATUS,
  status: 'Trạng thái: %{status}',
  publish: 'Đăng',
  published: 'Đã đăng',
  publishing: 'Đang đăng…',
  publishNow: 'Đăng ngay',
  publishAndCreateNew: 'Đăng và viết bài mới',
  publishAndDuplicate: 'Đăng và sao chép',
  unpublish: 'Gỡ khỏi trang',
  unpublishing: 'Đang gỡ…',
  save: 'Lưu',
  deleteUnpublishedChanges: 'Hủy các thay đổi chưa đăng',
  deleteUnpublishedEntry: 'Xóa bài chưa đăng này',
};
// The questions Decap asks before a step, in the same words.
const CONFIRM = {
  onPublishingNotReady: `Người duyệt chuyển trạng thái sang "${STATUS.ready}" trước khi đăng.`,
  onPublishingWithUnsavedChanges: 'Có thay đổi chưa lưu: bấm Lưu trước khi đăng.',
  onPublishing: 'Đăng bài này lên trang?',
  onUnpublishing: 'Gỡ bài này khỏi trang?',
  onUpdatingWithUnsavedChanges: 'Có thay đổi chưa lưu: bấm Lưu trước khi đổi trạng thái.',
};
const WORKFLOW_LIST = {
  draftHeader: STATUS.draft,
  inReviewHeader: STATUS.inReview,
  readyHeader: STATUS.ready,
  onPublishingNotReadyEntry: `Chỉ bài ở cột "${STATUS.ready}" mới đăng được: người duyệt kéo thẻ sang cột "${STATUS.ready}" trước.`,
  onPublishEntry: 'Đăng bài này lên trang?',
};
const WORKFLOW_CARD = { publishChanges: 'Đăng thay đổi', publishNewEntry: 'Đăng bài mới', deleteChanges: 'Hủy thay đổi', deleteNewEntry: 'Xóa bài mới' };
const WORKFLOW = {
  workflowHeading: 'Duyệt bài',
  // Decap's 'D MMMM' prints English month names.
  dateFormat: 'DD/MM/YYYY',
  description: `%{smart_count} bài chờ duyệt, %{readyCount} bài sẵn sàng đăng. |||| %{smart_count} bài chờ duyệt, %{readyCount} bài sẵn sàng đăng.`,
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
  const toolbar = vi.editor.editorToolbar as Record<string, unknown>;
  const section = (name: string) => vi[name] as Record<string, Record<string, unknown>>;
  const app = section('app');
  w.CMS.registerLocale('vi', {
    ...vi,
    // The tab of the review board.
    app: { ...app, header: { ...app.header, workflow: WORKFLOW.workflowHeading } },
    editor: {
      ...vi.editor,
      editor: { ...(vi.editor.editor as Record<string, unknown>), ...CONFIRM },
      editorToolbar: { ...toolbar, ...TOOLBAR_REVIEW },
      editorWidgets: { ...widgets, markdown: { ...widgets.markdown, ...TOOLBAR } },
    },
    workflow: {
      ...section('workflow'),
      workflow: { ...section('workflow').workflow, ...WORKFLOW },
      workflowCard: { ...section('workflow').workflowCard, ...WORKFLOW_CARD },
      workflowList: { ...section('workflow').workflowList, ...WORKFLOW_LIST },
    },
  });
  const choices = document.getElementById('embed-choices')?.textContent;
  if (choices) for (const component of editorComponents(JSON.parse(choices))) w.CMS.registerEditorComponent(component);
  w.CMS.init();
};
document.head.append(script);

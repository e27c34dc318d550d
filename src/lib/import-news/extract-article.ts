import gfmPlugin from '@joplin/turndown-plugin-gfm';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { findPortalDate, type PortalDate } from './portal-date.ts';

/**
 * An article read from a page saved from an old portal (SPEC 11, `npm run import -- news`),
 * without a template per site: the portal's chrome (menus, breadcrumbs, lists of other news,
 * share and print links, counters, footer) is taken out by what it says and how it is marked,
 * the main text is found by Readability, and turned into Markdown by Turndown.
 */

export interface ExtractedPicture {
  /** As the page wrote it (relative to the saved page, or a web address). */
  src: string;
  /** The caption the page gave it, when it gave one. */
  caption?: string;
}

export interface ExtractedArticle {
  title?: string;
  date?: PortalDate;
  author?: string;
  /** The office named under the byline ("Phòng Nội vụ huyện …"). */
  source?: string;
  /** The body; pictures as `![caption](src)` with the page's `src`, for the caller to relocate. */
  markdown: string;
  pictures: ExtractedPicture[];
  /** Tables the body holds (worth an editor's look: old pages often lay them out by hand). */
  tables: number;
}

// Headings of the lists a portal puts around an article: removed with what follows them.
const LIST_HEADING =
  /^(?:tin liên quan|tin mới nhất|tin mới|các tin mới|các tin khác|các tin đã đưa|tin cùng chuyên mục|tin khác|bài viết liên quan|bài viết khác|xem thêm|tin đọc nhiều|tin xem nhiều|đọc nhiều nhất|thống kê truy cập|liên kết website|liên kết|video|thư viện ảnh|tên video|thông báo|ý kiến bạn đọc|bình luận)\s*:?$/iu;
// A page's own labels above an article: removed alone.
const PAGE_LABEL = /^(?:chi tiết tin|tin chi tiết|chi tiết|nội dung tin|nội dung|tin tức|tin tức sự kiện|tin tức - sự kiện|trang chủ)\s*:?$/iu;
// Links and labels of a page's tools.
const TOOL_TEXT =
  /^(?:\[?\s*(?:in bài|in trang|in|print|send mail|gửi email|gửi e-mail|gửi bài|gửi cho bạn bè|chia sẻ|share|tweet|like|trở về|quay lại|về đầu trang|lên đầu trang|về trang trước|xem tiếp|đầu trang)\s*\]?\s*)+$/iu;
const COUNTER_TEXT = /^(?:tổng số lượt truy cập|số lượt truy cập|lượt truy cập|lượt xem|đang truy cập|đang online|trực tuyến|hôm nay|tổng truy cập)\b/iu;
const CHROME_MARK =
  /(?:^|[-_\s])(?:menu|mainmenu|topmenu|nav|navbar|navigation|breadcrumbs?|path|footer|bottom|banner|sidebar|side|left|right|share|sharing|social|print|tools?|counter|visitors?|thongke|thong-ke|related|other|others|lienquan|tin-?lien-?quan|tinkhac|tin-?khac|othernews|comments?|search|login|weather|marquee|advert|ads|quangcao|slider|video|copyright)(?:[-_\s]|\d|$)/i;
const CAPTION_MARK = /caption|chuthich|chu-thich|note|desc|image-?text|img-?text/i;
const TITLE_MARK = /title|tieude|tieu-de|headline|lbltitle/i;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();

export function extractArticle(html: string): ExtractedArticle {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll('script, style, noscript, iframe, object, embed, select, button, input, textarea, link, meta[http-equiv]')])
    el.remove();

  removeLists(document);
  const title = findTitle(document);
  // Dates in the lists of other news are gone; the first date left is the article's.
  const date = findPortalDate(document.body?.textContent ?? '');
  removeChrome(document);
  const pictures = markPictures(document);
  if (title) removeTitle(document, title.text);
  if (date) removeText(document, date.text);

  const parsed = new Readability(document as unknown as Document, { charThreshold: 100, keepClasses: false }).parse();
  const content = parsed?.content ?? document.body?.innerHTML ?? '';
  const { document: body } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  // Tables of data (two rows of two cells or more), not the layout tables old pages set pictures in.
  const tables = [...body.querySelectorAll('table')].filter(
    (t) => [...t.querySelectorAll('tr')].filter((tr) => tr.querySelectorAll('td, th').length >= 2).length >= 2,
  ).length;

  let markdown = tidyMarkdown(turndown().turndown(body.body.innerHTML));
  if (title) markdown = dropLeading(markdown, title.text);
  const byline = takeByline(markdown);
  markdown = byline.markdown;
  return {
    title: title?.text ?? (parsed?.title?.trim() || undefined),
    date,
    author: byline.author,
    source: byline.source,
    markdown,
    pictures: pictures.filter((p) => markdown.includes(`](${p.src})`)),
    tables,
  };
}

/** A list heading ("Các tin khác:") and what follows it in its block; its block too when nothing else is left. */
function removeLists(document: Document) {
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, span, strong, b, td, th, li, a, legend, caption')].filter(
    (el) => el.children.length <= 1 && LIST_HEADING.test(text(el)),
  );
  for (const heading of headings) {
    if (!heading.isConnected) continue;
    let block: Element = heading;
    // Up to the element that has siblings after it: the heading's own wrapper (<div><b>Các tin khác</b></div>).
    while (block.parentElement && !block.nextElementSibling && block.parentElement !== document.body) block = block.parentElement;
    let next = block.nextElementSibling;
    while (next) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    const parent = block.parentElement;
    block.remove();
    if (parent && parent !== document.body && text(parent) === '' && !parent.querySelector('img')) parent.remove();
  }
}

function findTitle(document: Document): { text: string } | undefined {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const marked = [...document.querySelectorAll('[id], [class]')].find((el) => {
    const mark = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    const t = text(el);
    return (
      TITLE_MARK.test(mark) &&
      !CHROME_MARK.test(mark) &&
      t.length >= 15 &&
      t.length <= 300 &&
      el.querySelectorAll('a').length <= 1 &&
      !el.querySelector('p, li')
    );
  });
  const heading = [...document.querySelectorAll('h1, h2')].find((el) => text(el).length >= 15 && !LIST_HEADING.test(text(el)));
  const found = (marked && text(marked)) || og || (heading && text(heading)) || '';
  return found ? { text: found.replace(/\s+/g, ' ').trim() } : undefined;
}

function removeChrome(document: Document) {
  for (const el of [...document.querySelectorAll('nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"]')]) el.remove();
  for (const el of [...document.querySelectorAll('[id], [class]')]) {
    if (!el.isConnected) continue;
    const mark = `${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`;
    // A block marked as chrome, unless it holds the article (a wrapper named "main-left").
    if (CHROME_MARK.test(mark) && text(el).length < 400) el.remove();
  }
  for (const el of [...document.querySelectorAll('a, span, p, div, td, li, b, strong')]) {
    if (!el.isConnected || el.querySelector('img')) continue;
    const t = text(el);
    if ((TOOL_TEXT.test(t) && t.length < 60) || (COUNTER_TEXT.test(t) && t.length < 120) || PAGE_LABEL.test(t)) el.remove();
  }
  // Links that only work on the old portal (pages, scripts): their words stay, the link goes.
  for (const a of [...document.querySelectorAll('a')]) {
    const href = a.getAttribute('href') ?? '';
    if (!/^(?:https?:|mailto:)/i.test(href)) a.replaceWith(...a.childNodes);
  }
}

/**
 * Each picture of the page in a <figure> with its caption: the figcaption it had, else the short
 * line right after it (in the next block or table row), else its title or a meaningful alt.
 */
function markPictures(document: Document): ExtractedPicture[] {
  const pictures: ExtractedPicture[] = [];
  for (const img of [...document.querySelectorAll('img')]) {
    const src = img.getAttribute('src')?.trim();
    if (!src || /^data:/.test(src) || /(?:icon|logo|spacer|blank|pixel|print|email|facebook|zalo|twitter)/i.test(src)) {
      img.remove();
      continue;
    }
    const caption = captionOf(img);
    const figure = document.createElement('figure');
    const copy = document.createElement('img');
    copy.setAttribute('src', src);
    copy.setAttribute('alt', caption?.text ?? '');
    figure.appendChild(copy);
    if (caption) {
      const figcaption = document.createElement('figcaption');
      figcaption.textContent = caption.text;
      figure.appendChild(figcaption);
      caption.element?.remove();
    }
    // The figure takes the place of the picture's own block (a <p> or cell holding only it).
    const holder = img.closest('figure') ?? (img.parentElement && text(img.parentElement) === (caption?.inside ? caption.text : '') ? img.parentElement : img);
    holder.replaceWith(figure);
    pictures.push(caption ? { src, caption: caption.text } : { src });
  }
  return pictures;
}

function captionOf(img: Element): { text: string; element?: Element; inside?: boolean } | undefined {
  const figcaption = img.closest('figure')?.querySelector('figcaption');
  if (figcaption && text(figcaption)) return { text: text(figcaption), element: figcaption };
  const shortLine = (el: Element | null | undefined) => {
    const t = text(el);
    return el && !el.querySelector('img') && t.length >= 3 && t.length <= 250 ? t : undefined;
  };
  // In a table: the next row, or the rest of the same cell.
  const cell = img.closest('td');
  if (cell) {
    const rest = text(cell);
    if (rest.length >= 3 && rest.length <= 250) return { text: rest, inside: true };
    const row = cell.closest('tr')?.nextElementSibling;
    const t = shortLine(row);
    if (row && t) return { text: t, element: row };
  }
  // A block after the picture's block: a marked caption, or a short line in italics or centred.
  const block = img.parentElement && text(img.parentElement) === '' ? img.parentElement : undefined;
  const next = (block ?? img).nextElementSibling;
  const t = shortLine(next);
  if (next && t) {
    const mark = `${next.getAttribute('class') ?? ''} ${next.getAttribute('style') ?? ''} ${next.getAttribute('align') ?? ''}`;
    const styled = CAPTION_MARK.test(mark) || /center|italic/i.test(mark) || ['EM', 'I'].includes(next.tagName) || next.querySelector('em, i') !== null;
    if (styled || !/[.!?:;]$/.test(t)) return { text: t, element: next };
  }
  const alt = img.getAttribute('title')?.trim() || img.getAttribute('alt')?.trim();
  if (alt && !/\.(?:jpe?g|png|gif|webp|bmp)$/i.test(alt) && !/^(?:image|img|ảnh|hình|photo)\s*\d*$/iu.test(alt) && alt.length >= 3) return { text: alt };
  return undefined;
}

function removeTitle(document: Document, title: string) {
  for (const el of [...document.querySelectorAll('h1, h2, h3, [id], [class], p, span, div')]) if (el.isConnected && text(el) === title) el.remove();
}

function removeText(document: Document, line: string) {
  const key = line.replace(/\s+/g, ' ');
  for (const el of [...document.querySelectorAll('span, p, div, td, em, i, b, strong, small, time')]) {
    if (!el.isConnected || el.querySelector('img')) continue;
    const t = text(el).replace(/^\(|\)$/g, '');
    if (t === key || t === key.replace(/^\(|\)$/g, '')) el.remove();
  }
}

function turndown(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '*', strongDelimiter: '**', codeBlockStyle: 'fenced' });
  service.use(gfmPlugin.tables);
  service.addRule('figure', {
    filter: 'figure',
    replacement: (_content, node) => {
      const el = node as unknown as Element;
      const img = el.querySelector('img');
      if (!img) return '';
      const caption = text(el.querySelector('figcaption'));
      const alt = caption.replace(/[[\]]/g, '');
      return `\n\n![${alt}](${img.getAttribute('src')})${caption ? `\n\n*${caption.replace(/\*/g, '')}*` : ''}\n\n`;
    },
  });
  return service;
}

function tidyMarkdown(markdown: string): string {
  return (
    markdown
      .replace(/\u00a0/g, ' ')
      .split('\n')
      // Leading spaces of a paragraph (pages indent with &nbsp;) would make it a code block.
      .map((line) => (/^\s*(?:[-*+]|\d+\.)\s/.test(line) ? line.trimEnd() : line.trim()))
      .join('\n')
      .replace(/^(?:\*\*\s*\*\*|\*\s*\*|_{2,})$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function dropLeading(markdown: string, title: string): string {
  const blocks = markdown.split('\n\n');
  const plain = (block: string) =>
    block
      .replace(/^#+\s*/, '')
      .replace(/[*_]/g, '')
      .trim();
  while (blocks.length > 0 && plain(blocks[0]!) === title) blocks.shift();
  return blocks.join('\n\n');
}

// Words that open the name of an office rather than of a person.
const OFFICE = /^(?:phòng|sở|văn phòng|ubnd|ủy ban|uỷ ban|ban|trung tâm|cổng|báo|đài|tạp chí|trang|bộ|cục|chi cục|hội|huyện|thành phố|tỉnh|theo)\b/iu;

/** The byline at the end of the body: a name (and the office under it), taken out of the text. */
function takeByline(markdown: string): { markdown: string; author?: string; source?: string } {
  const blocks = markdown.split('\n\n');
  const isName = (block: string | undefined) => {
    const t = block?.replace(/[*_]/g, '').trim() ?? '';
    return (
      t.length >= 3 &&
      t.length <= 40 &&
      t.split(/\s+/).length <= 5 &&
      !/[\d.:;!?,]$/.test(t) &&
      !/\d/.test(t) &&
      !t.startsWith('!') &&
      !t.startsWith('#') &&
      /^\p{Lu}/u.test(t)
    );
  };
  const isOffice = (block: string | undefined) => {
    const t = block?.replace(/[*_]/g, '').trim() ?? '';
    return t.length <= 90 && !/[.!?]$/.test(t) && OFFICE.test(t);
  };
  let source: string | undefined;
  let last = blocks.at(-1);
  if (isOffice(last) && isName(blocks.at(-2))) {
    source = plain(blocks.pop()!);
    last = blocks.at(-1);
  }
  if (!isName(last) || OFFICE.test(plain(last!))) return source ? { markdown: blocks.join('\n\n'), source } : { markdown };
  blocks.pop();
  const author = plain(last!);
  return { markdown: blocks.join('\n\n'), author: author === author.toLocaleUpperCase('vi') ? titleCase(author) : author, ...(source ? { source } : {}) };
}

const plain = (block: string) => block.replace(/[*_]/g, '').trim();
const titleCase = (name: string) =>
  name
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((word) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1))
    .join(' ');

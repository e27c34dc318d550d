import { mdxToJs } from 'satteri';
import type { Problem } from '../problems/problem.ts';
import { NEWS } from '../content/kinds.ts';
import { EMBED_NAMES } from '../embeds/catalog.ts';
import { findEmbeds } from '../embeds/uses.ts';
import { lineColumn } from './lines.ts';

/** The field named by problems in an article's or document's text. */
export const BODY = '(nội dung)';

const EXPRESSION_HINT = 'dấu { mở một biểu thức MDX: để viết dấu ngoặc nhọn, gõ \\{ và \\} (hoặc đổi tệp thành .md).';

function mdxHint(message: string, line: string): string {
  const tag = /closing tag for `<([^>`]+)>`/.exec(message)?.[1];
  if (tag) return `thẻ <${tag}> chưa đóng: viết <${tag} /> hoặc thêm </${tag}>.`;
  if (line.includes('<!--')) return 'ghi chú <!-- … --> không dùng được trong tệp .mdx: viết {/* … */}, hoặc đổi tệp thành .md.';
  if (/after `<`/.test(message)) return 'dấu < mở một thẻ MDX: để viết dấu "nhỏ hơn", gõ \\< (hoặc đổi tệp thành .md).';
  if (/`\{`|brace|expression/i.test(message)) return EXPRESSION_HINT;
  return 'nội dung MDX viết sai trên dòng này: các dấu <, { và } là lệnh MDX; muốn viết chúng thành chữ, gõ \\<, \\{, \\} (hoặc đổi tệp thành .md).';
}

/** The same number of characters, spaces but for line breaks: positions and lines stay. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Blanks out what is not shown as text (MDX comments, HTML comments, code), keeping every line break. */
export const blankHidden = (body: string) => body.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->|^(```|~~~)[\s\S]*?^\1|`[^`\n]+`/gm, blank);

/**
 * Checks an MDX body with the same parser the build uses (satteri), then for what parses but
 * cannot render in an article: an expression (`{điểm}` names something the page does not have),
 * a component (`<Bang />`), an import or export. Editors write Markdown; each of these is a slip.
 */
export function checkMdxSyntax(file: string, body: string, problems: Problem[], { embeds = false }: { embeds?: boolean } = {}): void {
  const lines = body.split('\n');
  try {
    mdxToJs(body);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(text);
    const line = at ? Number(at[1]) : 1;
    const message = text.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([\w:-]+\)\s*$/, '');
    problems.push({ file, line, field: BODY, message: mdxHint(message, lines[line - 1] ?? '') });
    return;
  }
  // The portal's own components (src/lib/embeds/) are checked on their own where allowed.
  const visible = blankHidden(body);
  const shown = embeds
    ? findEmbeds(visible).reduce((text, use) => text.slice(0, use.start) + blank(text.slice(use.start, use.end)) + text.slice(use.end), visible)
    : visible;
  shown.split('\n').forEach((text, i) => {
    const add = (message: string) => problems.push({ file, line: i + 1, field: BODY, message });
    const component = /<([A-Z][\w.]*)/.exec(text)?.[1];
    if (/^(import|export)\s/.test(text)) add('dòng import/export là lệnh MDX, không dùng trong bài viết: xóa dòng này.');
    else if (component && EMBED_NAMES.has(component)) add(`<${component}> chỉ dùng được trong bài viết (${NEWS.folder}/), không dùng trong văn bản.`);
    else if (/(^|[^\\])\{/.test(text)) add(EXPRESSION_HINT);
    else if (component) add(`<${component}> không phải thẻ mà trang biết: để viết dấu "nhỏ hơn" thành chữ, gõ \\<${component}.`);
  });
}

/**
 * Images the text shows (`![mô tả](./images/x.jpg)`, `<img src="…">`), with their lines; remote
 * ones, and examples inside comments or code, left out.
 */
export function bodyImages(text: string): Array<{ src: string; line: number }> {
  const body = blankHidden(text);
  const found: Array<{ src: string; line: number }> = [];
  const patterns = [/!\[[^\]]*\]\(\s*<?([^)\s>]+)/g, /<img\b[^>]*\bsrc=["']([^"']+)["']/gi];
  for (const pattern of patterns) {
    for (const match of body.matchAll(pattern)) {
      const src = match[1];
      if (/^(?:[a-z]+:)?\/\//i.test(src) || src.startsWith('data:')) continue;
      found.push({ src, line: lineColumn(body, match.index).line });
    }
  }
  return found;
}

import { mdxToJs } from 'satteri';
import type { Problem } from '../problems/problem.ts';
import { lineColumn } from './lines.ts';

/** The field named by problems in an article's or document's text. */
export const BODY = '(nội dung)';

function mdxHint(message: string): string {
  const tag = /closing tag for `<([^>`]+)>`/.exec(message)?.[1];
  if (tag) return `thẻ <${tag}> chưa đóng: viết <${tag} /> hoặc thêm </${tag}>.`;
  if (/after `<`/.test(message)) return 'dấu < mở một thẻ MDX: để viết dấu "nhỏ hơn", gõ \\< (hoặc đổi tệp thành .md).';
  if (/`\{`|brace|expression/i.test(message)) return 'dấu { mở một biểu thức MDX: để viết dấu ngoặc nhọn, gõ \\{ và \\} (hoặc đổi tệp thành .md).';
  return `nội dung MDX viết sai (${message}).`;
}

/**
 * Finds an MDX syntax error with the same parser the build uses (satteri), so that the check
 * reports it with its line instead of the build stopping on it.
 */
export function checkMdxSyntax(file: string, body: string, problems: Problem[]): void {
  try {
    mdxToJs(body);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(text);
    const message = text.replace(/^(\d+):(\d+):\s*/, '').replace(/\s*\([\w:-]+\)\s*$/, '');
    problems.push({ file, line: at ? Number(at[1]) : 1, field: BODY, message: mdxHint(message) });
  }
}

/** Blanks out what is not shown as text (MDX comments, HTML comments, code), keeping every line break. */
const blankHidden = (body: string) =>
  body.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->|^(```|~~~)[\s\S]*?^\1|`[^`\n]+`/gm, (hidden) => hidden.replace(/[^\n]/g, ' '));

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

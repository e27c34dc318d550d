import { DOCUMENTS } from '../content/kinds.ts';
import { checkSlugs, missingFileAdvice, resolveAsset, slugOf } from '../content/files.ts';
import type { Problem } from '../problems/problem.ts';
import { parseWithProblems } from '../problems/zod.ts';
import { checkMdxSyntax } from '../source/body.ts';
import type { MarkdownFile } from '../source/markdown-file.ts';
import { formatDay } from '../vietnamese/dates.ts';
import { compareDocuments, normalizeNumber } from './library.ts';
import { documentFrontmatterSchema, type DocumentFrontmatter } from './schema.ts';

/** A document whose frontmatter is valid: its fields, its slug (the file name) and its file. */
export type CheckedDocument = DocumentFrontmatter & { slug: string; file: string };

/**
 * Validates every document and the rules between them (slugs, numbers, attachment files).
 * Returns the valid documents newest first, drafts included, and the slug of every file, valid
 * or not, so that an article citing a document with a mistake is not reported as well.
 */
export function checkDocuments(
  files: readonly MarkdownFile[],
  fileExists: (path: string) => boolean,
  sameNameOtherCase?: (path: string) => string | undefined,
): { problems: Problem[]; documents: CheckedDocument[]; slugs: Set<string> } {
  const problems: Problem[] = [];
  const named = files.map((f) => ({ ...f, slug: slugOf(f.file) }));
  problems.push(...checkSlugs(named, DOCUMENTS.exampleFile));
  const documents: CheckedDocument[] = [];
  const numbers = new Map<string, string>();

  for (const source of named) {
    const { file, slug } = source;
    if (file.endsWith('.mdx')) checkMdxSyntax(file, source.body, problems);
    const raw = source.data;
    if (!raw) continue;
    const add = (path: Array<string | number>, field: string, message: string) => problems.push({ file, line: source.lineOf(path), field, message });

    if (typeof raw.number === 'string' && raw.number.trim()) {
      const key = normalizeNumber(raw.number);
      const other = numbers.get(key);
      if (other)
        add(['number'], 'number', `"${raw.number.trim()}" đã là số ký hiệu của ${other}: mỗi văn bản một số ký hiệu; kiểm tra lại số, hoặc xóa tệp bị trùng.`);
      else numbers.set(key, file);
    }
    if (Array.isArray(raw.attachments)) {
      raw.attachments.forEach((attachment: unknown, i) => {
        const path = (attachment as { file?: unknown } | null)?.file;
        if (typeof path === 'string' && path.trim().startsWith('/') && !fileExists(resolveAsset(file, path.trim()))) {
          const missing = resolveAsset(file, path.trim());
          add(
            ['attachments', i, 'file'],
            `attachments (mục thứ ${i + 1}).file`,
            `không tìm thấy tệp ${missing}: ${missingFileAdvice(missing, sameNameOtherCase?.(missing), 'tệp văn bản đặt trong thư mục public/files/van-ban/ và viết /files/van-ban/ten-tep.pdf')}`,
          );
        }
      });
    }

    const data = parseWithProblems(documentFrontmatterSchema, raw, { file, data: raw, lineOf: source.lineOf }, problems);
    if (!data) continue;
    if (data.effective && data.effective < data.issued) {
      add(['effective'], 'effective', `ngày hiệu lực ${formatDay(data.effective)} trước ngày ban hành ${formatDay(data.issued)}: kiểm tra lại hai ngày.`);
    }
    if (data.draft) {
      problems.push({
        file,
        line: source.lineOf(['draft']),
        field: 'draft',
        message: 'bản nháp, chưa đăng. Đổi thành draft: false khi muốn đăng.',
        severity: 'warning',
      });
    }
    documents.push({ ...data, slug, file });
  }
  return { problems, documents: documents.sort(compareDocuments), slugs: new Set(named.map((f) => f.slug)) };
}

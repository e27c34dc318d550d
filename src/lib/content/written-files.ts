import type { AddProblem } from './check-items.ts';
import { missingFileAdvice, resolveAsset } from './files.ts';

/** A path as the schemas take one: beside the file (`./`, `../`) or under public/ (`/`). */
const ASSET_PATH = /^(\.{1,2}\/|\/(?!\/))/;

/**
 * Each file named in a list of the frontmatter as written (`files[i].file`, `videos[i].poster`)
 * that is not where it says, reported at its line. Values that are not paths are left to the
 * schema, which says how to write them.
 */
export function checkWrittenFiles(
  written: Record<string, unknown>,
  { list, keys, item, where }: { list: string; keys: readonly string[]; item: string; where: string },
  context: { file: string; add: AddProblem; fileExists: (path: string) => boolean; sameNameOtherCase?: (path: string) => string | undefined },
): void {
  const entries = written[list];
  if (!Array.isArray(entries)) return;
  entries.forEach((entry, i) => {
    for (const key of keys) {
      const value = (entry as Record<string, unknown> | null)?.[key];
      if (typeof value !== 'string' || !ASSET_PATH.test(value.trim())) continue;
      const path = resolveAsset(context.file, value.trim());
      if (!context.fileExists(path))
        context.add(
          [list, i, key],
          `${list} (${item} thứ ${i + 1}).${key}`,
          `không tìm thấy tệp ${path}: ${missingFileAdvice(path, context.sameNameOtherCase?.(path), where)}`,
        );
    }
  });
}

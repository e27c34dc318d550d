/**
 * The raw text of a top-level scalar field in a Markdown file's YAML frontmatter.
 *
 * Needed for `date`: the YAML parser turns `2019-12-23T08:00:00` (no offset) into 08:00 UTC and
 * the schema can no longer tell that no offset was written, while our rule says it means
 * Vietnam time. Reading the written text keeps that rule exact.
 */
export function rawFrontmatterField(fileText: string, field: string): string | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(fileText);
  if (!match) return undefined;
  const line = new RegExp(`^${field}:[ \\t]*(.*?)[ \\t]*(?:#.*)?$`, 'm').exec(match[1]);
  if (!line) return undefined;
  return line[1].replace(/^(['"])(.*)\1$/, '$2');
}

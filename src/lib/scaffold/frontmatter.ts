import type { z } from 'astro/zod';
import { describedFields } from '../content/field-info.ts';

/** A YAML double-quoted string (JSON's escapes are YAML's too). */
export const yamlString = (text: string) => JSON.stringify(text);

/** A field left as the schema fills it: a list empty, a flag at its default, anything else blank. */
function emptyValue(field: z.ZodType): string {
  const filled = field.safeParse(undefined);
  if (!filled.success || filled.data === undefined) return '';
  return Array.isArray(filled.data) ? JSON.stringify(filled.data) : String(filled.data);
}

/**
 * A new file's frontmatter: every field of the schema, in the schema's order, under a comment
 * with the field's guide (src/lib/content/field-info.ts). `values` are YAML texts for the
 * fields the new file fills; `notes` continue a field's comment with what only the call knows
 * (the portal's categories, an example made from the document's number).
 */
export function frontmatter(schema: z.ZodObject, values: Record<string, string>, notes: Record<string, string> = {}): string {
  const lines = ['---'];
  for (const { name, schema: field, info } of describedFields(schema)) {
    const note = notes[name];
    const comment = [info.guide, note].filter(Boolean).join(note?.startsWith('\n') ? '' : ' ');
    for (const line of comment.split('\n')) if (line) lines.push(`# ${line}`);
    const value = values[name] ?? emptyValue(field);
    lines.push(value ? `${name}: ${value}` : `${name}:`);
  }
  lines.push('---');
  return lines.join('\n');
}

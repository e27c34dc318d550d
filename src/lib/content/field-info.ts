import { z } from 'astro/zod';

/**
 * What an editor is told about a frontmatter field, kept on the field's own schema so that a
 * field is written once: the schema says what is valid, this says what it is called in the
 * web editor (`label`, `hint`, `widget`), and what the comment above it says in a file made
 * by `npm run new` (`guide`). The web editor's fields (src/lib/admin/config.ts) and the
 * scaffolds (src/lib/scaffold/) are derived from the schema and these.
 */
export interface FieldInfo {
  /** The field's name in the web editor's form. */
  label: string;
  /** Decap's widget for it (string, text, datetime, select, list, relation, boolean, …). */
  widget: string;
  /** A line under the field in the web editor. */
  hint?: string;
  /** The comment above the field in a new file: how to write it by hand. */
  guide?: string;
  /** Further Decap options of the widget (formats, choices, the related collection…). */
  editor?: Record<string, unknown>;
  /** For a list of objects: the schema of one item, whose fields are described in turn. */
  items?: z.ZodObject;
}

// A plain map: zod's typed registries rewrite a metadata type that holds a schema (`items`).
const fieldInfo = new WeakMap<z.ZodType, FieldInfo>();

/** The schema, with what an editor is told about it (a copy: shared schemas such as a date stay undescribed). */
export function described<T extends z.ZodType>(schema: T, info: FieldInfo): T {
  const copy = schema.clone();
  fieldInfo.set(copy, info);
  return copy;
}

export interface DescribedField {
  name: string;
  schema: z.ZodType;
  info: FieldInfo;
  /** May be left out (optional, or filled by a default). */
  optional: boolean;
}

/** An object schema's fields in order, each with its description; a field without one is a mistake in the schema. */
export function describedFields(schema: z.ZodObject): DescribedField[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const info = fieldInfo.get(field as z.ZodType);
    if (!info) throw new Error(`The schema field "${name}" has no description (described() in src/lib/content/field-info.ts).`);
    return { name, schema: field as z.ZodType, info, optional: (field as z.ZodType).safeParse(undefined).success };
  });
}

import { EMBED_PROPS, EMBEDS, type EmbedDefinition } from './catalog.ts';

/** A choice in one of the web editor's selects. */
export interface Choice {
  value: string;
  label: string;
}

/** What the portal's data offers for each kind of prop: the years, groups, units, documents and national indices. */
export type EmbedChoices = Record<'year' | 'group' | 'unit' | 'document' | 'nationalIndex', Choice[]>;

/** A Decap editor component (CMS.registerEditorComponent). */
export interface EditorComponent {
  id: string;
  label: string;
  fields: Array<{ name: string; label: string; widget: string; required: boolean; options?: Choice[] }>;
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, string>;
  toBlock(data: Record<string, unknown>): string;
  toPreview(data: Record<string, unknown>): string;
}

const quoteAttr = (value: string) => value.replace(/"/g, '&quot;');

/** The tag as the check and the pages read it; props left empty are not written. */
function tag(definition: EmbedDefinition, props: readonly string[], data: Record<string, unknown>): string {
  const written = props.filter((p) => data[p] !== undefined && data[p] !== null && String(data[p]).trim() !== '');
  return `<${definition.name}${written.map((p) => ` ${p}="${quoteAttr(String(data[p]).trim())}"`).join('')} />`;
}

/**
 * The web editor's buttons for the article components (SPEC 12): each with a select per prop,
 * offering what exists in the portal's data, so that editors pick instead of typing ids. The
 * text it writes is the tag the check validates; a tag written by hand is read back into the form.
 */
export function editorComponents(choices: EmbedChoices): EditorComponent[] {
  return EMBEDS.map((definition) => {
    const props = [...new Set(definition.forms.flatMap((f) => [...f.required, ...(f.optional ?? [])]))];
    // A prop every form needs is required; BieuDo's props depend on the chart chosen.
    const required = (p: string) => definition.forms.every((f) => f.required.includes(p));
    return {
      id: definition.name,
      label: definition.label,
      fields: props.map((p) => {
        const prop = EMBED_PROPS[p];
        const options = prop.kind === 'count' ? undefined : choices[prop.kind];
        return { name: p, label: prop.label, widget: options ? 'select' : 'string', required: required(p), ...(options ? { options } : {}) };
      }),
      pattern: new RegExp(`^<${definition.name}((?:\\s+\\w+=(?:"[^"]*"|\\{[^}]*\\}))*)\\s*/>$`, 'm'),
      fromBlock: (match) => Object.fromEntries([...match[1].matchAll(/(\w+)=(?:"([^"]*)"|\{\s*"?([^}"]*)"?\s*\})/g)].map((m) => [m[1], m[2] ?? m[3]])),
      toBlock: (data) => tag(definition, props, data),
      toPreview: (data) => `<p>${tag(definition, props, data).replace(/</g, '&lt;')}</p>`,
    };
  });
}

import { lineColumn } from '../source/lines.ts';
import { EMBED_NAMES } from './catalog.ts';

/** One component written in an article: `<ChiSo donVi="so-noi-vu" nam="2023" />`. */
export interface EmbedUse {
  name: string;
  /** Props as written: `nam="2023"`, `nam='2023'` and `nam={2023}` all give "2023". */
  props: Record<string, string>;
  /** Props written in a way the check cannot read (`nam={year}`), by name. */
  unreadable: string[];
  line: number;
  start: number;
  end: number;
}

const TAG = /<([A-Z][A-Za-z]*)\b((?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*?)\/?>/g;
const PROP = /([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*(?:(-?\d+(?:\.\d+)?)|"([^"]*)"|'([^']*)'|([^}]*?))\s*\})/g;

/**
 * The portal's components in a body, in order, with the line each starts on. `body` should have
 * comments and code blanked out (the examples an editor keeps in a comment are not uses).
 */
export function findEmbeds(body: string): EmbedUse[] {
  const uses: EmbedUse[] = [];
  for (const match of body.matchAll(TAG)) {
    if (!EMBED_NAMES.has(match[1])) continue;
    const props: Record<string, string> = {};
    const unreadable: string[] = [];
    for (const prop of match[2].matchAll(PROP)) {
      const [, name, double, single, number, braceDouble, braceSingle] = prop;
      const value = double ?? single ?? number ?? braceDouble ?? braceSingle;
      if (value === undefined) unreadable.push(name);
      else props[name] = value.trim();
    }
    uses.push({ name: match[1], props, unreadable, line: lineColumn(body, match.index).line, start: match.index, end: match.index + match[0].length });
  }
  return uses;
}

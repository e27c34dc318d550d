import type { CheckedDocument } from '../lib/documents/check.ts';
import { normalizeNumber } from '../lib/documents/library.ts';
import type { EmbedContext } from '../lib/embeds/check.ts';
import type { ResultsModel } from './results.ts';

/** What an article's components may name, from the checked results and documents. */
export function embedContext(results: ResultsModel, documents: readonly CheckedDocument[]): EmbedContext {
  return {
    years: new Map(results.years.map((y) => [y.year, new Map(y.groups.map((g) => [g.group.id, new Set(g.results.map((r) => r.unit))]))])),
    units: new Set(results.units.map((u) => u.id)),
    documentNumbers: documents.map((d) => d.number),
    sameNumber: (a, b) => normalizeNumber(a) === normalizeNumber(b),
    nationalIndices: new Set(results.national.map((n) => n.id)),
  };
}

import { distance } from 'fastest-levenshtein';
import type { Unit } from '../results/types.ts';
import { foldVietnamese } from '../vietnamese/text.ts';

/**
 * A unit's name as an office's own spreadsheet writes it, reduced to what identifies it: letters
 * in one case and one Unicode form, runs of spaces and punctuation as one space, and the
 * "UBND" / "Ủy ban nhân dân" that some sheets put before a district's or commune's name and
 * others leave out. `UBND  xã Tam Đường.` and `xã tam đường` read the same.
 */
export function unitNameKey(name: string): string {
  return (
    name
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      // "Ủy" and "Uỷ" (the tone mark on either letter), or without marks.
      .replace(/^(?:ubnd|(?:ủy|uỷ|uy) ban nh[âa]n d[âa]n)\s+/u, '')
  );
}

/** A district's or commune's name without its kind, as a sheet listing "Cấp xã" writes it: "xã đông sơn" → "đông sơn". */
const withoutKind = (key: string) => key.replace(/^(?:xã|phường|thị trấn|huyện|thị xã|thành phố)\s+/u, '');

/** What a name in a sheet was matched to: the unit, or the units it may have meant. */
export interface NameMatch {
  unit?: Unit;
  /** When there is no unit: the nearest names in units.json (at most three), to suggest. */
  nearest: string[];
}

/**
 * Matches the names an office writes to the units of `data/units.json`, current names and
 * former ones. A name written without its tone marks matches too, when only one unit reads so.
 * A name two units share (after the reduction above) matches neither: both are suggested.
 */
export function unitNameMatcher(units: readonly Unit[]): (name: string) => NameMatch {
  const exact = new Map<string, Set<Unit>>();
  const folded = new Map<string, Set<Unit>>();
  const bare = new Map<string, Set<Unit>>();
  const add = (index: Map<string, Set<Unit>>, key: string, unit: Unit) => index.set(key, (index.get(key) ?? new Set()).add(unit));
  for (const unit of units) {
    for (const name of [unit.name, ...(unit.formerNames ?? []).map((f) => f.name)]) {
      add(exact, unitNameKey(name), unit);
      add(folded, foldVietnamese(unitNameKey(name)), unit);
      if (unit.level !== 'so') {
        add(bare, withoutKind(unitNameKey(name)), unit);
        add(bare, foldVietnamese(withoutKind(unitNameKey(name))), unit);
      }
    }
  }
  const nearest = (key: string) =>
    units
      .map((unit) => ({ name: unit.name, d: distance(foldVietnamese(key), foldVietnamese(unitNameKey(unit.name))) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map((u) => u.name);

  return (name) => {
    const key = unitNameKey(name);
    // Only a name with no marks at all can be a key of `folded`.
    // A commune's bare name ("Đông Sơn") last: it matches when one unit alone has it (a district
    // and a commune of the same name are both suggested instead).
    const found = exact.get(key) ?? folded.get(key) ?? bare.get(key);
    if (found?.size === 1) return { unit: [...found][0], nearest: [] };
    if (found) return { nearest: [...found].map((u) => u.name) };
    return { nearest: nearest(key) };
  };
}

import type { Group, Level, Unit } from '../results/types.ts';

/** What a new year file takes from the latest year's file (already checked by its schema). */
export interface LatestYear {
  year: number;
  regulation?: unknown;
  tiers: unknown[];
  groups: Group[];
  criteria?: unknown[];
  results: ReadonlyArray<{ unit: string; group: string; max: number; components?: Record<string, { score: number; max: number }> }>;
}

/** A result to fill in: the score is null until the editor types it. */
export interface BlankResult {
  unit: string;
  group: string;
  score: null;
  max: number;
}

export interface NewYearFile {
  year: number;
  regulation?: unknown;
  tiers: unknown[];
  groups: Group[];
  criteria?: unknown[];
  results: BlankResult[];
}

/** The year written on the command line: exactly four digits, within the schema's range. */
export function parseYear(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{4}$/.test(text.trim())) return undefined;
  const year = Number(text.trim());
  return year >= 1990 && year <= 2100 ? year : undefined;
}

/** The latest year among the year files' names (`data/par-index/2025.json` → 2025). */
export function latestYearFile(files: readonly string[]): number | undefined {
  const years = files.flatMap((f) => {
    const m = /(?:^|\/)(\d{4})\.json$/.exec(f);
    return m ? [Number(m[1])] : [];
  });
  return years.length > 0 ? Math.max(...years) : undefined;
}

/** Units assessed in a year: not merged into another, not yet abolished, already founded. */
export function activeUnits(units: readonly Unit[], year: number): Unit[] {
  return units.filter(
    (u) => u.mergedInto === undefined && (u.activeUntil === undefined || u.activeUntil >= year) && (u.activeFrom === undefined || u.activeFrom <= year),
  );
}

/** Tiers and groups for a portal with no year yet: the ones SPEC 4.2 shows, one group per level. */
export const DEFAULT_TIERS = [
  { id: 'tot', label: 'Tốt', min: 80 },
  { id: 'kha', label: 'Khá', min: 65 },
  { id: 'trung-binh', label: 'Trung bình', min: 50 },
  { id: 'yeu', label: 'Yếu', min: 0 },
];
export const DEFAULT_GROUPS: Record<Level, Group> = {
  so: { id: 'so', label: 'Sở, ban, ngành tỉnh', level: 'so' },
  huyen: { id: 'huyen', label: 'UBND các huyện, thành phố', level: 'huyen' },
  xa: { id: 'xa', label: 'UBND các xã, phường', level: 'xa' },
};

/**
 * A new year's file: tiers, groups, criteria and regulation copied from the latest year; one
 * result per active unit, in the group it had that year (else the first group of its level;
 * units whose level has no group are left out), with that year's maximum (else 100) and a
 * null score to fill in. Results are listed group by group, units in `units.json` order.
 */
export function newYearFile(year: number, units: readonly Unit[], latest: LatestYear | undefined): NewYearFile {
  const active = activeUnits(units, year);
  const groups =
    latest?.groups ?? (['so', 'huyen', 'xa'] as const).filter((level) => active.some((u) => u.level === level)).map((level) => DEFAULT_GROUPS[level]);
  const previous = new Map((latest?.results ?? []).map((r) => [r.unit, r]));
  const byId = new Map(groups.map((g) => [g.id, g]));

  const results: BlankResult[] = [];
  for (const unit of active) {
    const before = previous.get(unit.id);
    const kept = before && byId.get(before.group);
    const group = kept && kept.level === unit.level ? kept : groups.find((g) => g.level === unit.level);
    if (!group) continue;
    const max = before && typeof before.max === 'number' && before.max > 0 ? before.max : 100;
    results.push({ unit: unit.id, group: group.id, score: null, max });
  }
  const order = new Map(groups.map((g, i) => [g.id, i]));
  // Array.prototype.sort is stable: units keep their units.json order within a group.
  results.sort((a, b) => order.get(a.group)! - order.get(b.group)!);

  return {
    year,
    ...(latest?.regulation !== undefined ? { regulation: latest.regulation } : {}),
    tiers: latest?.tiers ?? DEFAULT_TIERS,
    groups,
    ...(latest?.criteria !== undefined ? { criteria: latest.criteria } : {}),
    results,
  };
}

/** The file's text, laid out as the other year files (two-space JSON, final newline). */
export const formatYearFile = (file: NewYearFile) => `${JSON.stringify(file, null, 2)}\n`;

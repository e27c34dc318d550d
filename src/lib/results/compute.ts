import { average, difference, indexOf, shares } from './decimal.ts';
import { analyseCriteria, type CriterionAnalysis } from './criteria.ts';
import { rankByIndex, tierFor } from './ranking.ts';
import type { Criterion, Group, Level, Points, Tier, Unit, YearFile } from './types.ts';

export interface RankedResult {
  unit: string;
  /** The unit's name in that year (its former name where it has since been renamed). */
  name: string;
  score: number;
  max: number;
  index: number;
  rank: number;
  tier: Tier;
  components?: Record<string, Points & { index: number }>;
  /** Places moved up (positive) or down since the unit's latest earlier ranking at this level. */
  rankChange: number | null;
  /** This index minus that earlier one. */
  indexChange: number | null;
  /** The year compared with, where there is one. */
  comparedWith: number | null;
  /** The rank and group size in that year ("11/15"): a change of rank alone hides a group that grew. */
  comparedRank: { rank: number; of: number } | null;
}

export interface TierCount {
  tier: Tier;
  count: number;
  share: number;
}

export interface GroupResults {
  group: Group;
  count: number;
  average: number | null;
  /** The highest index in the group ("Cao nhất nhóm"). */
  best: number | null;
  tiers: TierCount[];
  /** In rank order. */
  results: RankedResult[];
  /** Each criterion the group's results carry, costliest first; empty without components. */
  criteria: CriterionAnalysis[];
}

export interface YearResults {
  year: number;
  /** Units ranked that year, in all groups. */
  count: number;
  /** The scores are not the official ones: every page showing them says so. */
  illustrative: boolean;
  note?: string;
  regulation?: YearFile['regulation'];
  /** The day the results were announced (YYYY-MM-DD). */
  announced?: string;
  survey?: YearFile['survey'];
  tiers: Tier[];
  criteria: Criterion[];
  groups: GroupResults[];
}

/** The name a unit went by in a year: the earliest former name still in use then, else its name. */
export function nameInYear(unit: Unit, year: number): string {
  const former = [...(unit.formerNames ?? [])].sort((a, b) => a.until - b.until).find((f) => year <= f.until);
  return former?.name ?? unit.name;
}

/** Per-group tier counts, shares (adding up to 100) and average index. */
export function summarize(indices: readonly number[], tiers: readonly Tier[]) {
  const counts = tiers.map((tier) => indices.filter((index) => tierFor(index, tiers).id === tier.id).length);
  const percentages = shares(counts);
  return {
    count: indices.length,
    average: average(indices) ?? null,
    tiers: tiers.map((tier, i) => ({ tier, count: counts[i], share: percentages[i] })),
  };
}

/** One year's rankings, tiers and summaries, from a validated year file. */
export function computeYear(file: YearFile, units: ReadonlyMap<string, Unit>): YearResults {
  const groups = file.groups.map((group) => {
    const rows = file.results
      .filter((r) => r.group === group.id)
      .map((r) => ({
        unit: r.unit,
        name: nameInYear(units.get(r.unit)!, file.year),
        score: r.score,
        max: r.max,
        index: indexOf(r.score, r.max),
        components: r.components
          ? Object.fromEntries(Object.entries(r.components).map(([id, c]) => [id, { ...c, index: indexOf(c.score, c.max) }]))
          : undefined,
      }));
    const ranked = rankByIndex(rows).map((row) => ({
      ...row,
      tier: tierFor(row.index, file.tiers),
      rankChange: null,
      indexChange: null,
      comparedWith: null,
      comparedRank: null,
    }));
    return {
      group,
      ...summarize(
        ranked.map((r) => r.index),
        file.tiers,
      ),
      best: ranked[0]?.index ?? null,
      results: ranked,
      criteria: analyseCriteria(ranked, file.criteria ?? []),
    };
  });
  return {
    year: file.year,
    count: groups.reduce((n, g) => n + g.count, 0),
    illustrative: file.illustrative === true,
    note: file.note,
    regulation: file.regulation,
    announced: file.announced,
    survey: file.survey,
    tiers: file.tiers,
    criteria: file.criteria ?? [],
    groups,
  };
}

/**
 * Fills each result's change against the latest earlier year in which the same unit was
 * ranked in a group of the same level (SPEC 4.5). Years may come in any order.
 */
export function applyChanges(years: readonly YearResults[]): void {
  type Entry = { year: number; level: Level; rank: number; of: number; index: number };
  const history = new Map<string, Entry[]>();
  for (const year of [...years].sort((a, b) => a.year - b.year)) {
    const seenThisYear: Array<[string, Entry]> = [];
    for (const { group, results, count } of year.groups) {
      for (const result of results) {
        const earlier = (history.get(result.unit) ?? []).filter((h) => h.level === group.level).at(-1);
        if (earlier) {
          result.rankChange = earlier.rank - result.rank;
          result.indexChange = difference(result.index, earlier.index);
          result.comparedWith = earlier.year;
          result.comparedRank = { rank: earlier.rank, of: earlier.of };
        }
        seenThisYear.push([result.unit, { year: year.year, level: group.level, rank: result.rank, of: count, index: result.index }]);
      }
    }
    for (const [unit, entry] of seenThisYear) {
      if (!history.has(unit)) history.set(unit, []);
      history.get(unit)!.push(entry);
    }
  }
}

import { formatFixed, formatNumber, formatPercent } from '../vietnamese/numbers.ts';

/** A year's tier scale as one line: "Xuất sắc từ 90%; Tốt từ 80%; …". */
export function tierScaleText(tiers: ReadonlyArray<{ label: string; min: number }>): string {
  return tiers.map((t) => `${t.label} từ ${formatNumber(t.min)}%`).join('; ');
}

/** "tăng 7 bậc", "giảm 3 bậc", "giữ nguyên thứ hạng" (positive = moved up). */
export function rankChangeText(change: number): string {
  if (change > 0) return `tăng ${change} bậc`;
  if (change < 0) return `giảm ${-change} bậc`;
  return 'giữ nguyên thứ hạng';
}

/** "+1,25", "−0,50", "0,00": a signed index change with a real minus sign. */
export function signedFixed(value: number, digits = 2): string {
  if (value > 0) return `+${formatFixed(value, digits)}`;
  if (value < 0) return `−${formatFixed(-value, digits)}`;
  return formatFixed(0, digits);
}

/**
 * The value axis of a percentage chart: from the tens below the lowest value, less ten, to
 * 100, so that a rise is neither flattened against 0 nor blown up.
 */
export function percentDomain(values: readonly number[]): [number, number] {
  return [Math.max(0, Math.floor(Math.min(...values) / 10) * 10 - 10), 100];
}

/** A group's tier counts in words, tiers without units left out: "Tốt 3 (20%), Khá 12 (80%)". */
export function tierBreakdown(
  group: { count: number; tiers: ReadonlyArray<{ tier: { label: string }; count: number; share: number }> },
  style: 'short' | 'long',
): string {
  return group.tiers
    .filter((t) => t.count > 0)
    .map((t) =>
      style === 'short'
        ? `${t.tier.label} ${t.count} (${formatPercent(t.share)})`
        : `${t.count}/${group.count} đơn vị xếp loại ${t.tier.label} (${formatPercent(t.share)})`,
    )
    .join(', ');
}

/**
 * A national score: "79,51 điểm" (short) or "79,51" (full) out of 100; out of another maximum,
 * its percentage (short) or "67,41/97,5 (69,14%)" (full). Undefined for a year known by rank alone.
 */
export function nationalScoreText(row: { score?: number; max?: number; percent?: number }, style: 'short' | 'full'): string | undefined {
  if (row.score === undefined) return undefined;
  if (row.max === undefined) return style === 'short' ? `${formatNumber(row.score)} điểm` : formatNumber(row.score);
  return style === 'short' ? `${formatFixed(row.percent!)}%` : `${formatNumber(row.score)}/${formatNumber(row.max)} (${formatFixed(row.percent!)}%)`;
}

/**
 * A change of rank in words. Where the group had another size in the year compared with, both
 * positions are written ("11/15 → 12/20"), since the places moved alone would mislead.
 */
export function rankMoveText(
  result: { rank: number; rankChange: number | null; comparedRank: { rank: number; of: number } | null },
  of: number,
): string | undefined {
  if (result.rankChange === null || !result.comparedRank) return undefined;
  return `${rankChangeText(result.rankChange)}${rankPositions(result, of)}`;
}

/** The positions `rankMoveText` adds for a group of another size (": 11/15 → 12/20"), else nothing. */
export function rankPositions(result: { rank: number; comparedRank: { rank: number; of: number } | null }, of: number): string {
  if (!result.comparedRank || result.comparedRank.of === of) return '';
  return `: ${result.comparedRank.rank}/${result.comparedRank.of} → ${result.rank}/${of}`;
}

/**
 * A trend chart's takeaway in one sentence: where the series went from its first year to its
 * last, and its best year. Ranks count down as they improve (`ranks: true`).
 */
export function trendTakeaway(points: ReadonlyArray<{ year: number; value: number }>, { ranks = false } = {}): string {
  if (points.length === 0) return '';
  const first = points[0];
  const last = points.at(-1)!;
  const text = (v: number) => (ranks ? `hạng ${v}` : formatFixed(v));
  if (points.length === 1) return `Năm ${first.year}: ${text(first.value)}.`;
  const best = points.reduce((a, b) => ((ranks ? b.value < a.value : b.value > a.value) ? b : a));
  const what = ranks ? 'thứ hạng' : 'chỉ số';
  const improved = ranks ? last.value < first.value : last.value > first.value;
  const move =
    last.value === first.value
      ? `giữ ở ${text(first.value)}`
      : `${improved ? 'tăng' : 'giảm'} từ ${text(first.value)} ${improved ? 'lên' : 'xuống'} ${text(last.value)}`;
  return `Từ ${first.year} đến ${last.year}, ${what} ${move}; ${ranks ? 'tốt nhất' : 'cao nhất'} ${text(best.value)} năm ${best.year}.`;
}

/**
 * A unit against its group over the years, in words: the latest year beside the group's average
 * and best, then in how many years it was above the average.
 */
export function benchmarkTakeaway(entries: ReadonlyArray<{ year: number; index: number; average: number; best: number }>): string {
  const latest = entries.at(-1);
  if (!latest) return '';
  const versus = latest.index > latest.average ? 'cao hơn' : latest.index < latest.average ? 'thấp hơn' : 'bằng';
  const best = latest.index === latest.best ? ', và là cao nhất nhóm' : `; cao nhất nhóm ${formatFixed(latest.best)}`;
  const sentence = `Năm ${latest.year}, chỉ số ${formatFixed(latest.index)} ${versus} trung bình nhóm ${formatFixed(latest.average)}${best}.`;
  if (entries.length === 1) return sentence;
  const above = entries.filter((e) => e.index > e.average).length;
  return `${sentence} Trên trung bình nhóm ${above}/${entries.length} năm có kết quả.`;
}

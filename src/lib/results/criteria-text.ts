import { formatFixed, formatNumber } from '../vietnamese/numbers.ts';
import type { CriterionAnalysis, UnitCriterion } from './criteria.ts';

/**
 * Names in a sentence, the first few and then how many more, so that a criterion on which ten
 * units scored full marks does not turn into a paragraph: "Sở A, Sở B và 8 đơn vị khác".
 */
export function namesText(names: readonly string[], shown = 3): string {
  if (names.length <= shown + 1) {
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
  }
  return `${names.slice(0, shown).join(', ')} và ${names.length - shown} đơn vị khác`;
}

const lostText = (c: { criterion: { label: string }; lost: number; share: number }, whose: string) =>
  `${c.criterion.label} (mất ${formatNumber(c.lost, 3)} điểm, ${whose} ${formatFixed(c.share)}% số điểm tối đa)`;

/**
 * The group's takeaway: the two criteria that cost it the most points (`analyses` sorted as
 * `analyseCriteria` sorts them). Empty when the group has no components.
 */
export function groupCriteriaTakeaway(analyses: readonly CriterionAnalysis[]): string {
  const losing = analyses.filter((c) => c.lost > 0);
  if (analyses.length === 0) return '';
  if (losing.length === 0) return 'Mọi đơn vị trong nhóm đạt điểm tối đa ở mọi tiêu chí.';
  const [first, second] = losing.map((c) => lostText(c, 'cả nhóm đạt'));
  return second ? `Nhóm mất nhiều điểm nhất ở hai tiêu chí ${first} và ${second}.` : `Nhóm chỉ mất điểm ở tiêu chí ${first}.`;
}

/**
 * A unit's takeaway for a year: where it lost the most points ("Năm 2023, đơn vị mất nhiều
 * điểm nhất ở …"), `criteria` sorted as `unitAgainstGroup` sorts them. Empty without components.
 */
export function unitCriteriaTakeaway(year: number, criteria: readonly UnitCriterion[]): string {
  const losing = criteria.filter((c) => c.lost > 0);
  if (criteria.length === 0) return '';
  if (losing.length === 0) return `Năm ${year}, đơn vị đạt điểm tối đa ở mọi tiêu chí.`;
  const [first, second] = losing.map((c) => lostText(c, 'đạt'));
  return `Năm ${year}, đơn vị mất nhiều điểm nhất ở ${first}${second ? `, tiếp theo là ${second}` : ''}.`;
}

import type { Problem } from '../problems/problem.ts';
import { BODY } from '../source/body.ts';
import { lineColumn } from '../source/lines.ts';
import { formatNumber } from '../vietnamese/numbers.ts';

// A share written as a fraction, then in the same clause a percentage: "2/20 chiếm 15%",
// "3/20 đơn vị (15%)", "1/8 đạt 12,5%". Not a date (23/12/2019) or a document number (2993/KH),
// not a fraction in brackets (that one explains the percentage before it), and no comma, other
// fraction or sentence end in between.
const FRACTION_THEN_PERCENT =
  /(?<![\d/(])(\d+)\s*\/\s*(\d+)(?![\d/]|[,.]\d)((?:(?!\d+\s*\/\s*\d)[^.,;:!?\n%()]){0,60}?(?:\(\s*)?)(?<![\d,.])(\d+(?:[.,]\d+)?)\s*%/g;
// A percentage explained by a fraction in brackets after it: "75% số đơn vị (15/20)", "10% (2/20)".
const PERCENT_THEN_FRACTION = /(?<![\d,.])(\d+(?:[.,]\d+)?)\s*%[^.,;:!?\n%()\d]{0,40}?\(\s*(\d+)\s*\/\s*(\d+)\s*\)/g;

/**
 * Warnings where a sentence states a fraction and a percentage that disagree (the announcement
 * behind SPEC 12: "2/20 chiếm 15%", where 2/20 is 10%). A percentage agrees when it is the
 * fraction rounded, or cut, to the decimals it is written with. `text` has comments and code
 * blanked out.
 */
export function checkFractionShares(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const pairs = [
    ...[...text.matchAll(FRACTION_THEN_PERCENT)].map((m) => ({ at: m.index, whole: m[0], a: m[1], b: m[2], percentText: m[4] })),
    ...[...text.matchAll(PERCENT_THEN_FRACTION)].map((m) => ({ at: m.index, whole: m[0], a: m[2], b: m[3], percentText: m[1] })),
  ].sort((x, y) => x.at - y.at);
  for (const { at, whole, a, b, percentText } of pairs) {
    const part = Number(a);
    const total = Number(b);
    if (total === 0 || part > total) continue;
    const written = Number(percentText.replace(',', '.'));
    const decimals = percentText.split(/[.,]/)[1]?.length ?? 0;
    const exact = (part * 100) / total;
    // Rounded or cut to the written decimals: 1/3 may be 33%, 33,3% or 33,33%.
    if (Math.abs(exact - written) < 10 ** -decimals - 1e-9) continue;
    problems.push({
      file,
      line: lineColumn(text, at).line,
      field: BODY,
      severity: 'warning',
      message:
        `"${whole.trim()}": ${a}/${b} là ${formatNumber(exact)}%, không phải ${percentText}%. Sửa lại con số, hoặc để trang tự tính: ` +
        `<XepLoai nam="…" nhom="…" /> viết số đơn vị và tỷ lệ từng loại của một nhóm từ kết quả trong data/.`,
    });
  }
  return problems;
}

import { formatFixed } from '../vietnamese/numbers.ts';

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

const cache = new Map<string, Intl.NumberFormat>();

function formatter(minimumFractionDigits: number, maximumFractionDigits: number) {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = cache.get(key);
  // Stryker disable ConditionalExpression,BlockStatement,CallExpression: a cache; without it every call makes the same formatter anew.
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { minimumFractionDigits, maximumFractionDigits });
    cache.set(key, format);
  }
  // Stryker restore all
  return format;
}

/** Vietnamese grouping and decimal comma: `1.189`, `76,75`, `12,5`. */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
  return formatter(0, maximumFractionDigits).format(value);
}

/** Always `digits` decimals, for figures shown in columns: `76,75`, `65,00`. */
export function formatFixed(value: number, digits = 2): string {
  return formatter(digits, digits).format(value);
}

/** `15%`, `12,5%`: Vietnamese writes the sign right after the number. */
export function formatPercent(value: number, maximumFractionDigits = 2): string {
  return `${formatNumber(value, maximumFractionDigits)}%`;
}

/** Decimals written in a number (88.5 → 1, 79.995 → 3), at most `cap`. */
export function decimalsOf(value: number, cap = 3): number {
  const decimals = String(value).split('.')[1] ?? '';
  return Math.min(cap, decimals.length);
}

/**
 * Points as entered, with as many decimals as the most precise of `column` (so that a column
 * reads alike: 88,60 beside 79,99 — never 80 for 79,995).
 */
export function formatPoints(value: number, column: readonly number[] = [value]): string {
  return formatFixed(value, Math.max(0, ...column.map((v) => decimalsOf(v))));
}

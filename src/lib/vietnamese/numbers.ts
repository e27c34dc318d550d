const cache = new Map<string, Intl.NumberFormat>();

function formatter(minimumFractionDigits: number, maximumFractionDigits: number) {
  const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat('vi-VN', { minimumFractionDigits, maximumFractionDigits });
    cache.set(key, format);
  }
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

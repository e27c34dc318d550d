/** Vietnam has used UTC+7 all year round since 1975: no daylight saving to handle. */
export const VIETNAM_OFFSET = '+07:00';
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
// Hours 00–23, minutes and seconds 00–59: "24:00" would silently move to the next day.
const TIME = '([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?';
const LOCAL_DATE_TIME = new RegExp(`^\\d{4}-\\d{2}-\\d{2}[T ]${TIME}$`);
const WITH_OFFSET = new RegExp(`^\\d{4}-\\d{2}-\\d{2}[T ]${TIME}\\s*(Z|[+-]\\d{2}:?\\d{2})$`, 'i');

/**
 * Parses a frontmatter date as written by an editor. A date or date-time without an offset
 * means Vietnam time; an explicit offset (or Z) is honoured. Returns undefined when the text
 * is not one of these forms or names an impossible day (2019-02-30).
 */
export function parseVietnamDate(text: string): Date | undefined {
  const value = text.trim().replace(/^['"]|['"]$/g, '');
  let iso: string;
  if (DATE_ONLY.test(value)) iso = `${value}T00:00:00${VIETNAM_OFFSET}`;
  else if (LOCAL_DATE_TIME.test(value)) iso = `${value.replace(' ', 'T')}${VIETNAM_OFFSET}`;
  // The separator after the day, whichever was written; spaces before the offset dropped.
  else if (WITH_OFFSET.test(value)) iso = `${value.slice(0, 10)}T${value.slice(11).replace(/\s+/g, '')}`;
  else return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // Date() rolls 2019-02-30 over to 2 March: reject a day that did not survive the round trip
  // (a day rolled over is always 1–3, never the 29–31 written, so the day alone tells).
  const day = Number(value.slice(8, 10));
  if (vietnamParts(new Date(`${value.slice(0, 10)}T12:00:00${VIETNAM_OFFSET}`)).day !== day) return undefined;
  return date;
}

interface VietnamParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

// From this instant Vietnam's clock is UTC+7 without change (the tz database's
// Asia/Ho_Chi_Minh); earlier dates go through Intl, which knows the older offsets.
const FIXED_OFFSET_SINCE = Date.UTC(1975, 5, 12, 17);
const OFFSET_MS = 7 * 3600_000;

/** The wall-clock parts of an instant in Vietnam, whatever the machine's time zone. */
export function vietnamParts(date: Date): VietnamParts {
  // Arithmetic rather than Intl: every page shows dates, and formatToParts was seconds of a
  // build at 10,000 articles (docs/performance.md).
  if (date.getTime() >= FIXED_OFFSET_SINCE) {
    const shifted = new Date(date.getTime() + OFFSET_MS);
    return {
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
      hour: shifted.getUTCHours(),
      minute: shifted.getUTCMinutes(),
      second: shifted.getUTCSeconds(),
    };
  }
  const parts = Object.fromEntries(partsFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `23/12/2019` */
export function formatDate(date: Date): string {
  const { day, month, year } = vietnamParts(date);
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** `23/12/2019 1:05 CH`: the portals' 12-hour clock, SA before noon and CH after. */
export function formatDateTime(date: Date): string {
  const { hour, minute } = vietnamParts(date);
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${formatDate(date)} ${hour12}:${pad(minute)} ${hour < 12 ? 'SA' : 'CH'}`;
}

/** ISO 8601 in Vietnam time with its offset, for `<time datetime>`: `2019-12-23T13:05:00+07:00`. */
export function toVietnamISO(date: Date): string {
  const p = vietnamParts(date);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${VIETNAM_OFFSET}`;
}

/** `23/12/2019` for a calendar day written `2019-12-23` (documents, announcement dates). */
export function formatDay(isoDay: string): string {
  return formatDate(new Date(`${isoDay}T12:00:00${VIETNAM_OFFSET}`));
}

/** The calendar day in Vietnam of an instant, written `2019-12-23`. */
export function toVietnamDay(date: Date): string {
  return toVietnamISO(date).slice(0, 10);
}

/** The calendar year in Vietnam. */
export function vietnamYear(date: Date): number {
  return vietnamParts(date).year;
}

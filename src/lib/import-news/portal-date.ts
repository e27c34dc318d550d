/**
 * The posting time an old portal printed on an article page (SPEC 11), read as Vietnam wall-clock
 * time: "Ngày đăng :28/05/2020 10:13:07 SA", "(23/12/2019 12:00:00 SA)", "Thứ bảy 22/1/2022",
 * "Thứ năm, 14/05/2015, 10:06:10". SA (sáng) and CH (chiều) are the 12-hour clock's AM and PM.
 */
export interface PortalDate {
  /** `2020-05-28T10:13:07`, as an article's `date` field holds it. */
  date: string;
  /** The text it was read from, to show the editor. */
  text: string;
  /** The page gave a day but no time (the article is dated 00:00). */
  dayOnly: boolean;
}

const DAY = String.raw`(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(SA|CH|AM|PM)(?!\p{L}))?`;
const WEEKDAY = String.raw`(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)`;

// In the order they are trusted: a labelled date is the article's own; a weekday date heads the
// article on some portals (and the page's "today" on others, which the review list mentions);
// a bracketed date follows the title on ASP.NET portals, and also each item of their news lists,
// which the importer removes before it looks.
const FORMS: Array<{ pattern: RegExp }> = [
  {
    pattern: new RegExp(
      String.raw`(?:ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|ngày\s+xuất\s+bản)\s*:?\s*${DAY}(?:[\s,]+(?:lúc\s+)?${TIME})?`,
      'giu',
    ),
  },
  { pattern: new RegExp(String.raw`${WEEKDAY}\s*,?\s*(?:ngày\s+)?${DAY}(?:[\s,]+${TIME})?`, 'giu') },
  { pattern: new RegExp(String.raw`\(\s*${DAY}(?:\s+${TIME})?\s*\)`, 'giu') },
  { pattern: new RegExp(String.raw`(?<![\d/])${DAY}(?:[\s,]+(?:lúc\s+)?${TIME})?`, 'giu') },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date of the most trusted form found in a page's text. */
export function findPortalDate(text: string): PortalDate | undefined {
  for (const { pattern } of FORMS) {
    for (const m of text.matchAll(pattern)) {
      const date = dateFrom(m);
      if (date) return { ...date, text: m[0].replace(/\s+/g, ' ').trim() };
    }
  }
  return undefined;
}

function dateFrom(m: RegExpMatchArray): Omit<PortalDate, 'text'> | undefined {
  const [, d, mo, y, h, mi, s, half] = m;
  const day = Number(d);
  const month = Number(mo);
  const year = Number(y);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate() || year < 1990 || year > 2100) return undefined;
  if (h === undefined) return { date: `${year}-${pad(month)}-${pad(day)}T00:00:00`, dayOnly: true };
  let hour = Number(h);
  const marker = half?.toUpperCase();
  if (marker && (hour < 1 || hour > 12)) return undefined;
  if (marker === 'SA' || marker === 'AM') hour = hour === 12 ? 0 : hour;
  else if (marker === 'CH' || marker === 'PM') hour = hour === 12 ? 12 : hour + 12;
  const minute = Number(mi);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { date: `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`, dayOnly: false };
}

import { z } from 'astro/zod';
import { parseVietnamDate, toVietnamDay } from '../vietnamese/dates.ts';

/**
 * Field schemas shared by articles and documents. Frontmatter is read as YAML 1.2, so a date
 * is the text the editor wrote: one rule (lib/vietnamese/dates) decides what it means, for
 * articles and documents alike, whatever the machine's time zone.
 */

/** A field written with nothing after the colon (`summary:`) counts as not given. */
const empty = (value: unknown) => (value === null ? undefined : value);

export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(empty, schema.optional());
export const list = <T extends z.ZodType>(item: T) => z.preprocess(empty, z.array(item).default([]));
export const flag = (fallback: boolean) => z.preprocess(empty, z.boolean().default(fallback));
export const text = () => z.string().trim().min(1);

/**
 * The form to write instead of a date typed another way: the Vietnamese order ("23/12/2019",
 * "23/12/2019 14:30"), or year first without padding or with slashes ("2026-3-5", "2026/03/12",
 * "2019-12-23T8:30").
 */
function isoSuggestion(written: string): string | undefined {
  const text = written.trim();
  const time = '(?:[ T]+(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?)?';
  const dayFirst = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${time}$`).exec(text);
  const yearFirst = new RegExp(`^(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})${time}$`).exec(text);
  const m = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1], ...dayFirst.slice(4)] : yearFirst ? yearFirst.slice(1) : undefined;
  if (!m) return undefined;
  const pad = (n: string) => n.padStart(2, '0');
  const day = `${m[0]}-${pad(m[1])}-${pad(m[2])}`;
  return m[3] ? `${day}T${pad(m[3])}:${m[4]}:${m[5] ?? '00'}` : day;
}

function dateProblem(written: string, example: string): string {
  const suggestion = isoSuggestion(written);
  return suggestion && parseVietnamDate(suggestion)
    ? `"${written}" phải viết theo dạng năm-tháng-ngày: ${suggestion}.`
    : `"${written}" không phải ngày hợp lệ: viết năm-tháng-ngày, ${example}.`;
}

/** Text in a date field: a YAML number (`date: 2019`) is not a date either. */
const dateText = z.union([z.string(), z.number()]).transform(String);

/** An article's posting time: a date or date-time, Vietnam time unless an offset is written. */
export const vietnamDateTime = dateText.transform((written, ctx) => {
  const date = parseVietnamDate(written);
  if (!date) {
    ctx.issues.push({ code: 'custom', input: written, message: dateProblem(written, 'ví dụ 2019-12-23 hoặc 2019-12-23T14:30:00 (giờ Việt Nam)') });
    return z.NEVER;
  }
  return date;
});

/** A calendar day (`2019-12-23`); a date-time is read in Vietnam time and keeps its Vietnam day. */
export const vietnamDay = dateText.transform((written, ctx) => {
  const date = parseVietnamDate(written);
  if (!date) {
    ctx.issues.push({ code: 'custom', input: written, message: dateProblem(written, 'ví dụ 2019-12-23') });
    return z.NEVER;
  }
  return toVietnamDay(date);
});

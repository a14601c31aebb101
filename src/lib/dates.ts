/** Dates as precise as a source allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * A calendar day from frontmatter: the Date YAML makes of an unquoted 2026-11-27, or the
 * string "2026-11-27" when quoted, at midnight UTC. Anything else (10/12/2026, December 10,
 * "2026-02-31") is undefined: JavaScript's own parsing would read those as some other day.
 * An unquoted 2026-02-31 arrives as the Date YAML rolled it over to (3 March), which nothing
 * here can tell apart: impossibleDates (src/lib/content-files.ts) stops it before the build.
 */
export function parseIsoDay(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : undefined;
}

export type DatePrecision = 'year' | 'month' | 'day';

import { t } from '../i18n/ui';

/** How precise a partial date string is. Throws on a string that is not one. */
export function datePrecision(value: string): DatePrecision {
  if (!PARTIAL_DATE_PATTERN.test(value)) throw new Error(`"${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
}

/** Formats a partial date for readers: "2025", "June 2025", "8 June 2025" ("8 de junio de 2025" in Spanish). */
export function formatPartialDate(value: string, locale?: string): string {
  const precision = datePrecision(value);
  const [year, month, day] = value.split('-');
  if (precision === 'year') return year;
  const { dates } = t(locale);
  const monthName = dates.months[Number(month) - 1];
  if (precision === 'month') return dates.month(monthName, year);
  return dates.day(Number(day), monthName, year);
}

/**
 * Orders partial dates, a date known only to its month (or year) after the days within it:
 * "2025-06-13" < "2025-06" < "2025-07-01", and "2025-12-31" < "2025". By string alone, "2025-06"
 * came first, and the timeline put "June 2025: 12 officers under investigation after the La
 * Mesilla shooting" before the 8 June shooting. Where a note gives the day such an entry was
 * reported, the timeline lists it there instead (compareListed).
 */
export function compareChronologically(a: string, b: string): number {
  const [x, y] = [periodEnd(a), periodEnd(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A partial date as a key that sorts after every day within it: "2025-06" as "2025-06-~" ("~" sorts after every digit). */
function periodEnd(date: string): string {
  return date.length < 10 ? `${date}-~` : date;
}

/** A timeline entry's date, and for one known only to its month or year, the day it is listed at. */
export interface ListedDate {
  date: string;
  listedAt?: string;
}

/**
 * The timeline's order: by the day an entry is listed at (`listedAt`) or else its date
 * (compareChronologically), an entry listed at a day after that day's own events. "June 2025:
 * 12 officers under investigation", reported on 10 June, comes after the 10 June events, not
 * after the 13 June dismissals of those same officers.
 */
export function compareListed(a: ListedDate, b: ListedDate): number {
  return compareChronologically(a.listedAt ?? a.date, b.listedAt ?? b.date) || Number(a.listedAt !== undefined) - Number(b.listedAt !== undefined);
}

/**
 * Whether a `<Timeline from to>` range holds an entry, by where the timeline lists it (compareListed),
 * so a range is always an unbroken run of the timeline. `from` and `to` are partial dates, from the
 * start of `from` to the end of `to`. "June 2025", listed after June's days, is within
 * from="2025-06-05" and not within to="2025-06-05"; listed at 10 June, it is within to="2025-06-10".
 */
export function listedWithin(entry: ListedDate, from?: string, to?: string): boolean {
  const at = periodEnd(entry.listedAt ?? entry.date);
  return (from === undefined || at >= from) && (to === undefined || at <= periodEnd(to));
}

/**
 * Where `listedAt` does not fit its date: a day given for an entry already dated to the day, or
 * one outside the entry's month or year. The problem in words, or undefined when it fits.
 */
export function listedAtProblem({ date, listedAt }: ListedDate): string | undefined {
  if (listedAt === undefined) return undefined;
  if (!parseIsoDay(listedAt)) return `listedAt ${listedAt} is a day no calendar has`;
  if (date.length === 10) return `listedAt ${listedAt} on an entry dated to the day (${date})`;
  if (!listedAt.startsWith(`${date}-`)) return `listedAt ${listedAt} is outside the entry's date (${date})`;
  return undefined;
}

/**
 * The latest of some partial dates, or undefined when none is one ("not shown"): "2026-03-03"
 * comes after "2026-03", which comes after "2026-02-28". For "newest source" lines.
 */
export function latestPartialDate(dates: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const date of dates) if (PARTIAL_DATE_PATTERN.test(date) && (latest === undefined || date > latest)) latest = date;
  return latest;
}

/** Formats a Date (taken as UTC) as "27 November 2026", or in the given locale. */
export function formatDate(date: Date, locale?: string): string {
  return formatPartialDate(toIsoDate(date), locale);
}

/** A Date as `YYYY-MM-DD` in UTC, for `<time datetime>` and sorting. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

import { z } from 'astro/zod';
import { PARTIAL_DATE_PATTERN, parseIsoDay, toIsoDate } from '../lib/dates';

/**
 * A calendar date an editor writes as YYYY-MM-DD. Only that: zod's date coercion would take
 * "10/12/2026" as 12 October and "December 10" as 10 December 2001, a silent wrong date.
 */
export const isoDate = z.preprocess((value) => parseIsoDay(value) ?? value, z.date({ message: 'use a date written as YYYY-MM-DD, e.g. 2026-11-27' }));

/** A date as the editor wrote it: YAML's Date of an unquoted day, or number of a year, back to its text. */
function asWritten(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return toIsoDate(value);
  return typeof value === 'number' ? String(value) : value;
}

/**
 * A date as precise as a source allows: YYYY, YYYY-MM or YYYY-MM-DD. Quoted in the YAML lists, it
 * is a string; unquoted, YAML makes a Date of a full date and a number of a year, which are the same
 * dates written the natural way and are taken as such (an impossible day such as 2026-02-31 is
 * stopped before the build, with its line: impossibleDates in src/lib/content-files.ts).
 */
export const partialDate = z.preprocess(
  asWritten,
  z.string({ message: 'use YYYY-MM-DD, YYYY-MM or YYYY (as precise as the source allows)' }).regex(PARTIAL_DATE_PATTERN, {
    message: 'use YYYY-MM-DD, YYYY-MM or YYYY (as precise as the source allows)',
  }),
);

/** A calendar day written YYYY-MM-DD (quoted or not), kept as its text: where a timeline entry is listed. */
export const listedDay = z.preprocess(
  asWritten,
  z.string({ message: 'use the day as YYYY-MM-DD, e.g. 2025-06-10' }).regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'use the day as YYYY-MM-DD, e.g. 2025-06-10' }),
);

/**
 * A source's publication date: a partial date as above, or "not shown" where the page shows none.
 * One check with one message naming both, where a union would report only the date's.
 */
const SOURCE_DATE_MESSAGE = 'use YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source shows it, or "not shown"';
export const sourceDate = z.preprocess(
  asWritten,
  z.string({ message: SOURCE_DATE_MESSAGE }).refine((value) => value === 'not shown' || PARTIAL_DATE_PATTERN.test(value), { message: SOURCE_DATE_MESSAGE }),
);

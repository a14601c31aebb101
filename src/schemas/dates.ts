import { z } from 'astro/zod';
import { parseIsoDay } from '../lib/dates';

/**
 * A calendar date an editor writes as YYYY-MM-DD. Only that: zod's date coercion would take
 * "10/12/2026" as 12 October and "December 10" as 10 December 2001, a silent wrong date.
 */
export const isoDate = z.preprocess((value) => parseIsoDay(value) ?? value, z.date({ message: 'use a date written as YYYY-MM-DD, e.g. 2026-11-27' }));

import { describe, expect, it } from 'vitest';
import { datePrecision, formatDate, formatPartialDate, toIsoDate } from '../../src/lib/dates';

describe('partial dates', () => {
  it.each([
    ['2025', 'year', '2025'],
    ['2025-06', 'month', 'June 2025'],
    ['2025-06-08', 'day', '8 June 2025'],
  ])('%s has %s precision and reads "%s"', (value, precision, text) => {
    expect(datePrecision(value)).toBe(precision);
    expect(formatPartialDate(value)).toBe(text);
  });

  it('rejects impossible months and free text', () => {
    expect(() => datePrecision('2025-13')).toThrow(/not YYYY/);
    expect(() => datePrecision('June 2025')).toThrow();
  });

  it('formats Date objects in UTC', () => {
    const date = new Date('2026-11-27T00:00:00Z');
    expect(formatDate(date)).toBe('27 November 2026');
    expect(toIsoDate(date)).toBe('2026-11-27');
  });
});

import { describe, expect, it } from 'vitest';
import { compareChronologically, compareListed, datePrecision, listedAtProblem, formatDate, formatPartialDate, latestPartialDate, parseIsoDay, toIsoDate } from '../../src/lib/dates';
import { isoDate, partialDate, sourceDate } from '../../src/schemas/dates';

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

describe('calendar days an editor writes', () => {
  it('takes YAML\'s Date and a quoted YYYY-MM-DD, both at midnight UTC', () => {
    expect(parseIsoDay(new Date('2026-11-27T00:00:00Z'))?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(parseIsoDay('2026-11-27')?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it.each(['10/12/2026', 'December 10', '2026-02-31', '2026-13-01', '27-11-2026', '2026-11-27T10:00', ''])('refuses "%s", which JavaScript would read as some other day', (value) => {
    expect(parseIsoDay(value)).toBeUndefined();
    const result = isoDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('use a date written as YYYY-MM-DD, e.g. 2026-11-27');
  });

  it('passes a good day through the schema as a Date', () => {
    expect(isoDate.parse('2026-12-06')).toEqual(new Date('2026-12-06T00:00:00Z'));
  });
});

describe('dates as precise as a source allows, in the YAML lists', () => {
  it('take a date written the natural way, unquoted: YAML makes a Date of a day and a number of a year', () => {
    expect(partialDate.parse(new Date('2025-06-09T00:00:00Z'))).toBe('2025-06-09');
    expect(partialDate.parse(2025)).toBe('2025');
    expect(partialDate.parse('2025-06')).toBe('2025-06');
  });

  it.each(['June 2025', '2025-6', '09-06-2025', true])('refuse %s, saying how to write one', (value) => {
    const result = partialDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('use YYYY-MM-DD, YYYY-MM or YYYY (as precise as the source allows)');
  });
});

describe("a source's publication date", () => {
  it('takes a partial date, written either way, or "not shown"', () => {
    expect(sourceDate.parse(new Date('2025-06-09T00:00:00Z'))).toBe('2025-06-09');
    expect(sourceDate.parse(2025)).toBe('2025');
    expect(sourceDate.parse('not shown')).toBe('not shown');
  });

  it.each(['June 2025', 'unknown', 'Not shown', true])('refuses %s, naming both ways to write it', (value) => {
    expect(sourceDate.safeParse(value).error?.issues[0]?.message).toBe('use YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source shows it, or "not shown"');
  });
});

describe('the order of a chronology', () => {
  it('puts a date known only to its month or year after the days within it, and before the next', () => {
    const dates = ['2025-07-01', '2025', '2025-06', '2025-06-13', '2024-12-31', '2025-06-02', '2026', '2025-12-31'];
    expect(dates.sort(compareChronologically)).toEqual(['2024-12-31', '2025-06-02', '2025-06-13', '2025-06', '2025-07-01', '2025-12-31', '2025', '2026']);
  });

  it('lists an entry known only to its month at the day its note gives, after that day\'s events', () => {
    const entries = [
      { date: '2025-06', listedAt: '2025-06-10', id: 'investigated' },
      { date: '2025-06-13', id: 'dismissed' },
      { date: '2025-06-10', id: 'apology' },
      { date: '2025-06-08', id: 'shootout' },
      { date: '2025-06', id: 'undated' },
    ];
    expect(entries.sort(compareListed).map((entry) => entry.id)).toEqual(['shootout', 'apology', 'investigated', 'dismissed', 'undated']);
  });

  it('says where listedAt does not fit its date', () => {
    expect(listedAtProblem({ date: '2025-06', listedAt: '2025-06-10' })).toBeUndefined();
    expect(listedAtProblem({ date: '2013', listedAt: '2013-06-03' })).toBeUndefined();
    expect(listedAtProblem({ date: '2025-06' })).toBeUndefined();
    expect(listedAtProblem({ date: '2025-06', listedAt: '2025-07-01' })).toBe("listedAt 2025-07-01 is outside the entry's date (2025-06)");
    expect(listedAtProblem({ date: '2025-06-08', listedAt: '2025-06-08' })).toBe('listedAt 2025-06-08 on an entry dated to the day (2025-06-08)');
    expect(listedAtProblem({ date: '2025-02', listedAt: '2025-02-31' })).toBe('listedAt 2025-02-31 is a day no calendar has');
  });

  it('is 0 for the same date', () => {
    expect(compareChronologically('2025-06', '2025-06')).toBe(0);
    expect(compareChronologically('2025-06-08', '2025-06-08')).toBe(0);
  });
});

describe('the newest of some source dates', () => {
  it('takes the latest, however precise each is, and skips dates not shown', () => {
    expect(latestPartialDate(['2025-06', 'not shown', '2026-03-03', '2026-03', '2019'])).toBe('2026-03-03');
    expect(latestPartialDate(['2026-02-28', '2026-03'])).toBe('2026-03');
    expect(latestPartialDate(['2024', '2023-12-31'])).toBe('2024');
  });

  it('is nothing when no source is dated', () => {
    expect(latestPartialDate(['not shown'])).toBeUndefined();
    expect(latestPartialDate([])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { citationSchema, citedTextSchema, watchItemSchema } from '../../src/schemas/citation';

const messages = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('citations in frontmatter', () => {
  it('take one id, "a, b" or a list, all as a list of ids', () => {
    expect(citationSchema.parse('ap-2025-06-09')).toEqual(['ap-2025-06-09']);
    expect(citationSchema.parse('ap-2025-06-09, noroeste-2025-06')).toEqual(['ap-2025-06-09', 'noroeste-2025-06']);
    expect(citationSchema.parse(['ap-2025-06-09'])).toEqual(['ap-2025-06-09']);
  });

  it('say in words that a statement has no cite, instead of zod\'s "Did not match union"', () => {
    expect(messages(citedTextSchema.safeParse({ text: 'A full sentence here.' }))).toEqual(['missing: every sourced statement needs cite: with its source id(s), e.g. cite: ap-2025-06-09']);
    expect(messages(citationSchema.safeParse(7))).toEqual(['write one source id, several as "a, b", or a YAML list of ids']);
  });

  it('say in words that an empty cite names no source, however it is written', () => {
    for (const empty of [[], '', ' , ']) expect(messages(citationSchema.safeParse(empty)), JSON.stringify(empty)).toEqual(['cite at least one source id']);
  });

  it('let a watch item go without cite only as analysis, and say so', () => {
    expect(watchItemSchema.safeParse({ text: 'A full sentence here.', analysis: true }).success).toBe(true);
    expect(messages(watchItemSchema.safeParse({ text: 'A full sentence here.' }))).toEqual(["give it cite: with its source id(s), or analysis: true if it is this site's own reading"]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/collections';
import { described, fieldLabel, schemaProblems, type SchemaFile } from '../../src/lib/schema-problems';
import { frontmatterYaml } from '../../src/lib/mdx-body';

const SCHEMAS = collectionSchemas({ sources: z.string(), glossary: z.string(), explainers: z.string() });
const valid = frontmatterYaml(readFileSync(join(import.meta.dirname, '../fixtures/content-errors/valid-explainer.mdx'), 'utf8'))!;
const page = (yaml: string, fieldsNamed = true): SchemaFile => ({ file: 'content/explainers/x.mdx', yaml, firstLine: 2, list: false, guide: 'CONTRIBUTING.md ("Writing an explainer") shows every field with an example', fieldsNamed });
const list = (yaml: string): SchemaFile => ({ file: 'content/sources/sources.yaml', yaml, firstLine: 1, list: true, guide: 'CONTRIBUTING.md ("Data collections") shows every field with an example', fieldsNamed: true });
const lines = (problems: { field: string; found: string; fix: string }[]) => problems.map((problem) => `${problem.field} | ${problem.found} | ${problem.fix}`);
/** The line of the page file (frontmatter starts on line 2) on which `text` is written. */
const lineOf = (yaml: string, text: string) => yaml.split('\n').findIndex((line) => line.includes(text)) + 2;

describe('a page\'s frontmatter against its schema, before the build', () => {
  it('finds nothing wrong with a valid page', () => {
    expect(schemaProblems(page(valid), SCHEMAS.explainers)).toEqual([]);
  });

  it('names a misspelt field inside a list item once, at its line, with the name to write, counting items from 1', () => {
    const yaml = valid.replace('  - text: Mexico\'s foreign ministry', '  - txt: Mexico\'s foreign ministry');
    expect(lines(schemaProblems(page(yaml), SCHEMAS.explainers))).toEqual([
      `takeaways, item 2 (line ${lineOf(yaml, 'txt:')}) | "txt" is not a field here | write text: (the field's name), not txt:`,
    ]);
  });

  it('names a misspelt analysis mark on a watch item as such, not as a missing cite', () => {
    const yaml = valid.replace('      analysis: true', '      analyis: true');
    expect(lines(schemaProblems(page(yaml), SCHEMAS.explainers))).toEqual([
      `brief.watch, item 1 (line ${lineOf(yaml, 'analyis')}) | "analyis" is not a field here | write analysis: (the field's name), not analyis:`,
    ]);
  });

  it('names every problem of every kind in one pass: a field missing below the top, a list too long, a value not allowed, an unknown field with the fields allowed', () => {
    const yaml = valid
      .replace(/  watch:\n    - text: [^\n]*\n      analysis: true\n/, '')
      .replace('topics: [reference]', 'topics: [refrence]')
      .replace('takeaways:\n', `takeaways:\n${'  - text: One more statement for the list.\n    cite: ap-2025-06-09\n'.repeat(3)}`)
      .replace('    note: First published.', '    note: First published.\n    by: an editor');
    expect(lines(schemaProblems(page(yaml), SCHEMAS.explainers))).toEqual([
      `topics, item 1 (line ${lineOf(yaml, 'topics:')}) | "refrence" (did you mean "reference"?) | use one of: security-cooperation, diplomacy, cross-border-incident, border, organized-crime, migration, leaders, reference`,
      `takeaways (line ${lineOf(yaml, 'takeaways:')}) | a list of 6 items | give at most 5 items`,
      `brief.watch (line ${lineOf(yaml, 'brief:')}) | missing | add watch: to it; CONTRIBUTING.md ("Writing an explainer") shows every field with an example`,
      `changelog, item 1 (line ${lineOf(yaml, 'by:')}) | "by" is not a field here | remove it, or use one of: date, note`,
    ]);
  });

  it('names the line a Markdown mark is on inside text written over several lines', () => {
    const yaml = valid.replace("  - text: Mexico's foreign ministry sent Guatemala a note of apology.", "  - text: >-\n      Mexico's foreign ministry sent Guatemala\n      a **note** of apology.");
    expect(lines(schemaProblems(page(yaml), SCHEMAS.explainers))).toEqual([
      `takeaways, item 2: text (line ${lineOf(yaml, 'a **note**')}) | text of 63 characters ("Mexico's foreign ministry sent Guatemala…") | Markdown emphasis around "note" would show as typed: YAML text is plain, with no Markdown or tags; write the words alone`,
    ]);
  });

  it('keeps the schema\'s own words as the fix, and gives the length where it is the problem', () => {
    const yaml = valid.replace(/^summary: .*$/m, 'summary: Too short.').replace('text: The chase ended', 'text: The **chase** ended');
    expect(lines(schemaProblems(page(yaml), SCHEMAS.explainers))).toEqual([
      'summary (line 3) | "Too short." (10 characters) | write at least 60',
      `brief.background, item 1: text (line ${lineOf(yaml, '**chase**')}) | "The **chase** ended in a shootout in La Mesilla." | Markdown emphasis around "chase" would show as typed: YAML text is plain, with no Markdown or tags; write the words alone`,
    ]);
  });

  it('leaves out a top-level field missing or unknown when an earlier check names it, and names it when none does', () => {
    const yaml = valid.replace(/^summary:/m, 'sumary:');
    expect(schemaProblems(page(yaml), SCHEMAS.explainers)).toEqual([]);
    expect(lines(schemaProblems(page(yaml, false), SCHEMAS.explainers))).toEqual([
      'frontmatter (line 3) | "sumary" is not a field here | write summary: (the field\'s name), not sumary:',
    ]);
  });

  it('names frontmatter YAML cannot read by line and column, a tab as a tab, and leaves a list file\'s syntax to its own check', () => {
    const misaligned = valid.replace('    - text: The chase ended in a shootout in La Mesilla.\n      cite:', '    - text: The chase ended in a shootout in La Mesilla.\n    cite:');
    expect(lines(schemaProblems(page(misaligned), SCHEMAS.explainers))).toEqual([
      `frontmatter (line ${lineOf(misaligned, 'The chase ended') + 1}, column 5) | YAML cannot read it: bad indentation of a mapping entry | line it up with the fields of its group: a field starts where the one above it does, and the fields of a list item start under its first, after "- "`,
    ]);
    const tabbed = valid.replace('\nsummary:', '\n\tsummary:');
    expect(lines(schemaProblems(page(tabbed), SCHEMAS.explainers))).toEqual([
      'line 3 | indented with a tab, which YAML does not allow | indent with spaces only, as the lines around it are (set your editor to insert spaces for the Tab key)',
    ]);
    expect(schemaProblems(list('- id: a\n\tpublisher: x'), SCHEMAS.sources)).toEqual([]);
  });

  it('names a value no form of an item takes as that field\'s value, a misspelt cite once, and a group written as a list', () => {
    const yaml = valid.replace('      analysis: true', '      analysis: yes\n      cite: ap-2025-06-09').replace('      cite: ap-2025-06-09\n  watch:', '      cit: ap-2025-06-09\n  watch:').replace('  bottomLine:\n    text:', '  bottomLine:\n    - text:').replace('    cite: noroeste-2025-06\n  background:', '      cite: noroeste-2025-06\n  background:');
    expect(lines(schemaProblems(page(yaml), SCHEMAS.explainers))).toEqual([
      `brief.bottomLine (line ${lineOf(yaml, 'bottomLine:')}) | a list of 1 item | remove the "- " before its first field: bottomLine is one group of fields, indented under it, not a list`,
      `brief.background, item 1 (line ${lineOf(yaml, 'cit:')}) | "cit" is not a field here | write cite: (the field's name), not cit:`,
      `brief.watch, item 1: analysis (line ${lineOf(yaml, 'analysis: yes')}) | "yes" | write true or false`,
    ]);
    // Not "write true" for an unsourced item marked analysis: false: it needs a source, or to be marked analysis.
    const unsourced = valid.replace('      analysis: true', '      analysis: false');
    expect(lines(schemaProblems(page(unsourced), SCHEMAS.explainers))).toEqual([
      `brief.watch, item 1 (line ${lineOf(unsourced, '- text: Whether the two')}) | a group of fields (text, analysis) | give it cite: with its source id(s), or analysis: true if it is this site's own reading`,
    ]);
  });

  it('names an unknown field the page check does not see (not written as name:), a bad number and a list for the whole frontmatter', () => {
    expect(lines(schemaProblems(page(valid.replace('order: 99', 'order: 0\nshort title: X')), SCHEMAS.explainers))).toEqual([
      'order (line 4) | 0 | write a number greater than 0',
      'frontmatter (line 5) | "short title" is not a field here | write shortTitle: (the field\'s name), not short title:',
    ]);
    expect(lines(schemaProblems(page('- title: A\n- summary: B'), SCHEMAS.explainers))).toEqual(['frontmatter (line 2) | a list of 2 items | write the fields as name: value lines, with no "- " before them']);
  });

  it('says what a missing citation needs in the schema\'s words, once', () => {
    const yaml = valid.replace("    cite: noroeste-2025-06\n  - text: The incident", "  - text: The incident");
    expect(lines(schemaProblems(page(yaml), SCHEMAS.explainers))).toEqual([
      `takeaways, item 2: cite (line ${lineOf(yaml, "Mexico's foreign ministry")}) | missing | every sourced statement needs cite: with its source id(s), e.g. cite: ap-2025-06-09`,
    ]);
  });
});

describe('a list file\'s entries against their schema', () => {
  const entry = (id: string, extra = '') => `- id: ${id}\n  publisher: Someone\n  title: A page\n  date: 2025-06-10\n  language: en\n  url: https://example.org/${id}\n  group: background\n  reliability: standard\n${extra}`;

  it('names the entry by its number and id, and the line of the field', () => {
    const yaml = entry('first') + entry('second').replace('language: en', 'language: fr') + entry('third', '  reliability2: x\n');
    expect(lines(schemaProblems(list(yaml), SCHEMAS.sources))).toEqual(['entry 2: language (line 13) | "fr" (in "second") | use one of: en, es, pt']);
  });

  it('leaves out an entry without an id (named before, with its line), and a field missing at the top of an entry', () => {
    expect(schemaProblems(list(`- publisher: Someone\n${entry('b').replace('  publisher: Someone\n', '')}`), SCHEMAS.sources)).toEqual([]);
  });

  it('checks a refinement across fields, at the field it names', () => {
    const yaml = entry('a').replace('  reliability: standard', '  reliability: caution');
    expect(lines(schemaProblems(list(yaml), SCHEMAS.sources))).toEqual(['entry 1: note (line 1) | missing (in "a") | a `caution` or `questionable` source needs a `note` saying why']);
  });
});

describe('naming a field and a value', () => {
  it('counts items from 1 and joins the names an editor reads', () => {
    expect(fieldLabel(['takeaways', 1, 'text'], false)).toBe('takeaways, item 2: text');
    expect(fieldLabel(['brief', 'background', 0, 'cite'], false)).toBe('brief.background, item 1: cite');
    expect(fieldLabel(['brief', 'bottomLine', 'text'], false)).toBe('brief.bottomLine.text');
    expect(fieldLabel([3, 'language'], true)).toBe('entry 4: language');
    expect(fieldLabel([], false)).toBe('frontmatter');
  });

  it('shows a value short, as written', () => {
    expect(described('fr')).toBe('"fr"');
    expect(described('x'.repeat(70))).toBe(`text of 70 characters ("${'x'.repeat(40)}…")`);
    expect(described(`${'word '.repeat(8)}and the rest of a long sentence`)).toBe('text of 71 characters ("word word word word word word word word…")');
    expect(described([1, 2])).toBe('a list of 2 items');
    expect(described(null)).toBe('empty (no value after the colon)');
    expect(described(new Date(Date.UTC(2026, 1, 3)))).toBe('2026-02-03');
    expect(described({ text: 'a', cite: 'b' })).toBe('a group of fields (text, cite)');
  });
});

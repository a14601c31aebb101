import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolderProblems, filesUnder, outdatedListTranslations, staleArticleTranslation, translationWarnings } from '../../src/lib/content-check';
import { CONTENT_FILES, CONTENT_LOCATIONS, ENTRY_FIELDS, EXPLAINER_FIELDS, entryIds, entryListProblems, frontmatterProblems, globOfFile, orderLine, sharedNames, sharedPlaces, translationFieldProblems, translationPairs, translationsWithoutOriginal, globOfFolder, isPageFile, unreadContentFiles } from '../../src/lib/content-files';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Runs `test` on a content folder in a new temp directory, removed afterwards: empty, or with `copy` a
 * copy of the site's. `write` puts a file in it, with its folders.
 */
function inContentFolder(test: (dir: string, write: (file: string, text: string) => void) => void, { copy = false } = {}): void {
  const dir = mkdtempSync(join(tmpdir(), 'mg-content-'));
  const write = (file: string, text: string) => {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  try {
    if (copy) cpSync(join(ROOT, 'content'), dir, { recursive: true });
    test(dir, write);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('files in content/ that no collection reads', () => {
  it('are none of the files the collections read, at any depth of a page folder', () => {
    expect(unreadContentFiles(['explainers/migration.mdx', 'explainers/2027/new.mdx', 'es/explainers/migration.mdx', 'timeline/events.yaml', 'article/article.md', 'home/home.yaml'])).toEqual([]);
  });

  it('leave out names starting with _ (kept out on purpose) and the system\'s own files', () => {
    expect(unreadContentFiles(['explainers/_draft.md', 'timeline/_old.yaml', '.DS_Store', 'explainers/.x.mdx.swp', 'explainers/x.mdx~'])).toEqual([]);
  });

  it('name the file, and say where its kind of content goes', () => {
    const problems = unreadContentFiles(['timeline/2027.yaml', 'explainers/new-page.md', 'es/explainers/x.txt', 'notes.txt']);
    expect(problems.map((problem) => problem.file)).toEqual(['content/es/explainers/x.txt', 'content/explainers/new-page.md', 'content/notes.txt', 'content/timeline/2027.yaml']);
    const fix = (file: string) => problems.find((problem) => problem.file === file)!.fix;
    expect(fix('content/explainers/new-page.md')).toMatch(/rename it to new-page\.mdx, or start its name with _/);
    expect(fix('content/es/explainers/x.txt')).toMatch(/Spanish explainer pages.*rename it to x\.mdx/);
    expect(fix('content/timeline/2027.yaml')).toMatch(/content\/timeline\/events\.yaml holds every dated event, and is the only file read in content\/timeline\/: move its entries there/);
    expect(fix('content/notes.txt')).toContain('content/glossary/terms.yaml');
    expect(problems[0]).toMatchObject({ field: '(the file itself)', found: expect.stringContaining('no content collection reads') });
  });

  it('are none in this project', () => {
    const files = filesUnder(join(ROOT, 'content'));
    expect(files.length).toBeGreaterThan(20);
    expect(unreadContentFiles(files)).toEqual([]);
  });
});

describe('the collections\' loaders', () => {
  it('take every path from CONTENT_LOCATIONS, so the check and the loaders cannot disagree', () => {
    const config = readFileSync(join(ROOT, 'src/content.config.ts'), 'utf8');
    expect(config).not.toMatch(/['"`]\.\/content\//);
    for (const name of Object.keys(CONTENT_LOCATIONS)) expect(config, name).toContain(`CONTENT_LOCATIONS.${name}`);
  });

  it('are the only place a content path is written: messages name files through CONTENT_FILES, so they move with it', () => {
    // "content/…" as a path of its own, not inside another ("../content/CiteMark.astro" is a component).
    const literal = /(?<![\w./-])content\/[a-z]/;
    const offenders = filesUnder(join(ROOT, 'src'))
      .filter((file) => /\.(ts|astro|mjs)$/.test(file) && file !== 'lib/content-files.ts')
      .flatMap((file) =>
        readFileSync(join(ROOT, 'src', file), 'utf8')
          .split('\n')
          .flatMap((line, index) => (literal.test(line) && !/^\s*(\*|\/\/|\/\*)/.test(line) ? [`src/${file}:${index + 1}`] : [])),
      );
    expect(offenders).toEqual([]);
    expect(CONTENT_FILES).toMatchObject({ sources: 'content/sources/sources.yaml', explainersEs: 'content/es/explainers', articleEs: 'content/es/article/article.md' });
  });

  it('read a page folder at any depth without _ names, and a single Markdown file by its folder and name', () => {
    expect(globOfFolder(CONTENT_LOCATIONS.explainers)).toEqual({ base: './content/explainers', pattern: '**/[^_]*.mdx' });
    expect(globOfFile(CONTENT_LOCATIONS.articleEs.file)).toEqual({ base: './content/es/article', pattern: 'article.md' });
  });

  it('count as pages the files the folder glob reads, and no others', () => {
    const pages = ['x.mdx', '2027/new.mdx', '_draft/x.mdx', '_x.mdx', '2027/_y.mdx', 'x.md', 'x.mdx.bak'].filter((path) => isPageFile(CONTENT_LOCATIONS.explainers, path));
    expect(pages).toEqual(['x.mdx', '2027/new.mdx', '_draft/x.mdx']);
  });
});

describe('a YAML file of entries', () => {
  const problemsOf = (text: string) => entryListProblems('content/sources/sources.yaml', text).map((problem) => `${problem.field} | ${problem.found}`);

  it('passes as a list of entries, each with its own id', () => {
    expect(problemsOf('# Sources\n- id: a\n  title: A\n- id: b\n  title: B\n')).toEqual([]);
  });

  it('fails on an id used twice, naming both lines (Astro would keep one entry and show it for both)', () => {
    expect(problemsOf('# Sources\n- id: a\n  title: A\n- id: b\n  title: B\n- id: a\n  title: Another page\n')).toEqual([
      'entry 3 (line 6): id | "a", which the entry at line 2 already uses: only one of them would be kept, and every use of the id would show that one',
    ]);
  });

  it('fails on an entry without an id (Astro would leave it out)', () => {
    expect(problemsOf('- id: a\n- title: No id\n- id: ""\n')).toEqual([
      'entry 2 (line 2): id | an entry without an id, which would be left out of the site',
      'entry 3 (line 3): id | an entry without an id, which would be left out of the site',
    ]);
  });

  it("fails on a field missing or misspelt in an entry, with its line (Astro would print \"publisher**: **publisher: Required\", with none)", () => {
    const text = '- id: a\n  publisher: A\n  title: T\n  date: 2025\n  language: en\n  group: background\n  reliability: standard\n- id: b\n  pubisher: B\n  title: T\n  date: 2025\n  language: en\n  group: background\n  reliability: standard\n';
    const problems = entryListProblems('content/sources/sources.yaml', text, ENTRY_FIELDS.sources);
    // Misspelt: named once, at its own line, with the name to write.
    expect(problems.map((problem) => `${problem.field} | ${problem.found} | ${problem.fix}`)).toEqual([
      'entry 2 (line 9): pubisher | "pubisher" is not a field this file\'s entries have, and "b" has no publisher | write publisher: (the field\'s name), not pubisher:',
    ]);
    // Missing, and an unknown field no name is near: each named.
    const missing = entryListProblems('content/sources/sources.yaml', text.replace('  pubisher: B\n', '  comment: B\n'), ENTRY_FIELDS.sources);
    expect(missing.map((problem) => `${problem.field} | ${problem.found}`)).toEqual([
      'entry 2 (line 8): publisher | "b" has no publisher',
      'entry 2 (line 9): comment | "comment" is not a field this file\'s entries have',
    ]);
    expect(missing[0].fix).toBe('add publisher: to the entry; CONTRIBUTING.md ("Data collections") says what each field holds');
  });

  it('names a line indented with a tab as such, where the parser would say "Unexpected scalar at node end"', () => {
    expect(entryListProblems('list.yaml', '- id: a\n  term: A\n- id: b\n\tterm: B\n').map((problem) => `${problem.field} | ${problem.found}`)).toEqual(['line 4 | indented with a tab, which YAML does not allow']);
  });

  it('keeps two mistakes on one line, one named by the list\'s check and one by the schema\'s', () => {
    inContentFolder((dir, write) => {
      write('sources/sources.yaml', '- id: MDP_2026\n  publisher: Someone\n  title: A page\n  date: 2025\n  language: en\n  url: https://example.org/\n  group: background\n');
      expect(contentFolderProblems(dir).map((problem) => problem.field)).toEqual(['entry 1 (line 1): reliability', 'entry 1: id (line 1)']);
    });
  });

  it('leaves listedAt unchecked on an entry whose date is no date, which the schema names', () => {
    expect(entryListProblems('content/timeline/events.yaml', '- id: a\n  date: June 2025\n  listedAt: "2025-06-26"\n  event: Something happened.\n  cite: x\n', ENTRY_FIELDS.timeline)).toEqual([]);
  });

  it('fails on a day no calendar has, with its line (YAML would roll 2025-06-31 over to 1 July)', () => {
    expect(entryListProblems('list.yaml', '- id: a\n  date: 2025-06-31\n- id: b\n  date: "2025-06"\n')).toEqual([
      expect.objectContaining({ file: 'list.yaml', field: 'date (line 2)', found: expect.stringContaining('read it as 2025-07-01') }),
    ]);
  });

  it("fails on a timeline event's listedAt outside its month or year, or on an event dated to the day, with its line", () => {
    const event = (id: string, date: string, listedAt: string) => `- id: ${id}\n  date: ${date}\n  listedAt: ${listedAt}\n  event: E\n  cite: [ap]\n`;
    const text = event('fits', '2025-06', '2025-06-10') + event('fits-year', '2025', '"2025-12-11"') + event('outside', '"2025-06"', '2025-07-10') + event('to-the-day', '2025-06-08', '2025-06-08');
    const problems = entryListProblems('content/timeline/events.yaml', text, ENTRY_FIELDS.timeline);
    expect(problems.map((problem) => `${problem.field} | ${problem.found} | ${problem.fix}`)).toEqual([
      'entry 3 (line 11): listedAt | "outside": listedAt 2025-07-10 is outside the entry\'s date (2025-06) | give a day within 2025-06 (YYYY-MM-DD), the day its note dates it by, or remove listedAt',
      'entry 4 (line 16): listedAt | "to-the-day": listedAt 2025-06-08 on an entry dated to the day (2025-06-08) | remove listedAt: an event dated to the day is listed at its day',
    ]);
    // A day no calendar has is named once, as for any date.
    expect(entryListProblems('content/timeline/events.yaml', event('no-such-day', '2025-02', '2025-02-31'), ENTRY_FIELDS.timeline).map((problem) => problem.field)).toEqual(['listedAt (line 3)']);
  });

  it('fails on a syntax error, with its line and column (Astro would read nothing from the file)', () => {
    const [problem] = entryListProblems('content/glossary/terms.yaml', '- id: a\n  term: [brecha\n- id: b\n');
    expect(problem.file).toBe('content/glossary/terms.yaml');
    expect(problem.field).toMatch(/^line \d+, column \d+$/);
    expect(problem.found).toMatch(/^a YAML syntax error: /);
  });

  it('fails when it is not a list of entries, or is empty (Astro would read no entry, with a warning)', () => {
    expect(problemsOf('id: a\ntitle: A\n')).toEqual(['(the file itself) | not a list of entries']);
    expect(problemsOf('# Sources\n')).toEqual(['(the file itself) | no entries']);
    expect(problemsOf('[]\n')).toEqual(['(the file itself) | no entries']);
  });
});

describe('explainer frontmatter, read before Astro reads it', () => {
  const fields = { required: ['title', 'summary'], optional: ['draft'] };
  const page = (frontmatter: string) => `---\n${frontmatter}\n---\n\n## Text\n`;

  it('passes a page with every required field and known optional ones', () => {
    expect(frontmatterProblems('p.mdx', page('title: T\nsummary: S\ndraft: true'), fields)).toEqual([]);
  });

  it('names a missing field and where the example is', () => {
    const [problem, ...rest] = frontmatterProblems('p.mdx', page('title: T'), fields);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'p.mdx', field: 'summary', found: 'missing' });
    expect(problem.fix).toMatch(/^add summary: to the frontmatter; CONTRIBUTING\.md/);
  });

  it('leaves fields alone in frontmatter with a tab in its indentation, which YAML cannot read (the schema check names the tab\'s line)', () => {
    expect(frontmatterProblems('p.mdx', page('title: T\nsummary: S\nbrief:\n\tbottomLine: B'), fields)).toEqual([]);
    expect(frontmatterProblems('p.mdx', page('title: T\n\tsummary: S'), fields)).toEqual([]);
  });

  it('names a field the page cannot have, with the nearest real one, and not also the field it meant as missing', () => {
    expect(frontmatterProblems('p.mdx', page('title: T\nsumary: S'), fields).map((problem) => problem.field)).toEqual(['sumary']);
    const [problem] = frontmatterProblems('p.mdx', page('title: T\nsummary: S\nsumary: S'), fields);
    expect(problem).toMatchObject({ field: 'sumary', found: '"sumary" is not a field an explainer has (did you mean "summary"?)' });
    expect(frontmatterProblems('p.mdx', page('title: T\nsummary: S\nauthor: X'), fields)[0].found).toBe('"author" is not a field an explainer has');
  });

  it('says the dashes are missing instead of listing every field as missing', () => {
    expect(frontmatterProblems('p.mdx', 'title: T\nsummary: S\n', fields)).toEqual([expect.objectContaining({ field: 'frontmatter', found: 'the file does not start with a line of three dashes (---)' })]);
    expect(frontmatterProblems('p.mdx', '---\ntitle: T\nsummary: S\n\n## Text\n', fields)).toEqual([expect.objectContaining({ field: 'frontmatter', found: 'no line of three dashes (---) after the fields' })]);
  });

  it('names a day no calendar has, quoted or not, in a field or a list, with its line and what YAML would make of it', () => {
    const text = page("title: T\nsummary: S\nupdated: 2026-02-31\nchangelog:\n  - date: '2025-13-01' # a note\n  - date: 2025-06-30");
    const dated = { required: ['title', 'summary'], optional: ['updated', 'changelog'] };
    expect(frontmatterProblems('p.mdx', text, dated)).toEqual([
      { file: 'p.mdx', field: 'updated (line 4)', found: '2026-02-31, which is not a day of the calendar (YAML would quietly read it as 2026-03-03)', fix: expect.stringContaining('YYYY-MM-DD') },
      expect.objectContaining({ field: 'date (line 6)', found: expect.stringContaining('2025-13-01, which is not a day of the calendar (YAML would quietly read it as 2026-01-01)') }),
    ]);
    // A real day, a leap day and a date in running text pass.
    expect(frontmatterProblems('p.mdx', page('title: T\nsummary: S on 2026-02-31\nupdated: 2024-02-29'), dated)).toEqual([]);
  });

  it('names unquoted text YAML would misread, with its line: ": " in it (a syntax error Astro names without a word of quotes), or " #" (the rest dropped as a comment)', () => {
    const dated = { required: ['title', 'summary'], optional: ['changelog'] };
    const text = page('title: T\nsummary: >-\n  Free text: a block may hold colons and # signs.\nchangelog:\n  - date: 2026-12-01\n    note: Corrected: the date.\n  - date: 2026-11-27\n    note: First published, see issue #3.');
    expect(frontmatterProblems('p.mdx', text, dated).map((problem) => `${problem.field} | ${problem.found}`)).toEqual([
      'note (line 7) | unquoted text with ": " in it, which YAML cannot read: Corrected: the date.',
      'note (line 9) | unquoted text with " #" in it: YAML would drop "#3." as a comment',
    ]);
    expect(frontmatterProblems('p.mdx', text, dated)[0].fix).toBe('put the whole value in double quotes (note: "…", a " inside it written as \\"), or write >- after note: and the text on the lines below it, indented');
    // Quoted text, an address with a fragment or a time, a list and a comment after a value pass; so do every page and YAML file of the site.
    expect(frontmatterProblems('p.mdx', page('title: "T: quoted"\nsummary: \'S: #1\' # a comment\nchangelog: [a, b]\nurl: https://example.org/a#b at 10:30'), { required: ['title', 'summary'], optional: ['changelog', 'url'] })).toEqual([]);
    expect(entryListProblems('list.yaml', '- id: a\n  note: See issue #4\n')).toEqual([expect.objectContaining({ field: 'note (line 2)', found: 'unquoted text with " #" in it: YAML would drop "#4" as a comment' })]);
    // After a block of text in a list item, the item's next field is checked again.
    expect(entryListProblems('list.yaml', '- id: a\n  text: >-\n    Free: text # here\n  note: See issue #5\n').map((problem) => problem.field)).toEqual(['note (line 4)']);
    // In a YAML list, the parser's own words for it ("Nested mappings are not allowed…") give way to these.
    expect(entryListProblems('list.yaml', '- id: a\n  note: Corrected: the date.\n').map((problem) => `${problem.field} | ${problem.found}`)).toEqual(['note (line 2) | unquoted text with ": " in it, which YAML cannot read: Corrected: the date.']);
  });

  it('leaves a YAML syntax error to Astro, which names its line and column', () => {
    expect(frontmatterProblems('p.mdx', page('title: [unclosed\nsummary: S'), fields)).toEqual([]);
  });

  it('lists the fields of the real schema (content.config.ts checks the same list when it loads)', () => {
    expect(EXPLAINER_FIELDS.required).toContain('summary');
    expect(frontmatterProblems('p.mdx', page('title: T'))).toHaveLength(EXPLAINER_FIELDS.required.length - 1);
  });
});

describe('Spanish explainers without an English page', () => {
  it('names each, with the English file it needs, and passes translations that have one', () => {
    const files = ['explainers/a.mdx', 'es/explainers/a.mdx', 'es/explainers/estado-de-sitio.mdx', 'explainers/b/index.mdx', 'es/explainers/b/index.mdx', 'es/explainers/_draft.mdx'];
    expect(translationsWithoutOriginal(files)).toEqual([
      {
        file: 'content/es/explainers/estado-de-sitio.mdx',
        field: 'file name',
        found: 'no English page content/explainers/estado-de-sitio.mdx',
        fix: "a translation takes its English page's file name: rename it to match one in content/explainers/, or add the English page first",
      },
    ]);
  });
});

describe('a Spanish explainer\'s kept fields, read before Astro reads it', () => {
  const page = (file: string, frontmatter: string) => ({ file, text: `---\n${frontmatter}\n---\n\n## Body\n` });
  const english = page('content/explainers/a.mdx', 'title: A\norder: 3\ntopics: [diplomacy, migration]\nsources:\n  - ap-2025-06-09\n  - noroeste-2025-06\nterms: [ganseg]');

  it('pairs each Spanish page with its English page, and leaves out one without', () => {
    expect(translationPairs(['explainers/a.mdx', 'es/explainers/a.mdx', 'es/explainers/solo.mdx', 'explainers/b/index.mdx', 'es/explainers/b/index.mdx', 'es/explainers/_draft.mdx'])).toEqual([
      ['es/explainers/a.mdx', 'explainers/a.mdx'],
      ['es/explainers/b/index.mdx', 'explainers/b/index.mdx'],
    ]);
  });

  it('suggests the English file a misspelt name was meant to be', () => {
    const [problem] = translationsWithoutOriginal(['explainers/december-2025-operations.mdx', 'es/explainers/december-2025-operation.mdx']);
    expect(problem.found).toBe('no English page content/explainers/december-2025-operation.mdx (did you mean "december-2025-operations.mdx"?)');
  });

  it('passes the same values written another way: lists in another order, or as a block', () => {
    const spanish = page('content/es/explainers/a.mdx', 'title: Un\norder: 3\ntopics: [migration, diplomacy]\nsources: [noroeste-2025-06, ap-2025-06-09]\nterms:\n  - ganseg');
    expect(translationFieldProblems(spanish, english)).toEqual([]);
  });

  it('names each field that differs, with both values and the fix', () => {
    const spanish = page('content/es/explainers/a.mdx', 'title: Un\norder: 4\ntopics: [diplomacy, migration]\nsources: [ap-2025-06-09, noroeste-2025-06]');
    expect(translationFieldProblems(spanish, english)).toEqual([
      {
        file: 'content/es/explainers/a.mdx',
        field: 'order',
        found: '4, where content/explainers/a.mdx has 3',
        fix: 'a translation keeps order as in English: if the English page is right, write order: 3 here; if not, correct it first, then this page to match',
      },
      {
        file: 'content/es/explainers/a.mdx',
        field: 'terms',
        found: '(none), where content/explainers/a.mdx has [ganseg]',
        fix: 'a translation keeps terms as in English: if the English page is right, write terms: [ganseg] here; if not, correct it first, then this page to match',
      },
    ]);
  });

  it("blames the English page for a topic no page may have, rather than asking the Spanish one to copy it", () => {
    const mistaken = page('content/explainers/a.mdx', 'title: A\norder: 3\ntopics: [diplomacy, borders]');
    expect(translationFieldProblems(page('content/es/explainers/a.mdx', 'title: Un\norder: 3\ntopics: [diplomacy, border]'), mistaken)).toEqual([
      {
        file: 'content/explainers/a.mdx',
        field: 'topics',
        found: '"borders" is not a topic (did you mean "border"?)',
        fix: 'use one of security-cooperation, diplomacy, cross-border-incident, border, organized-crime, migration, leaders, reference (src/schemas/topics.ts); its Spanish page keeps the same',
      },
    ]);
  });

  it('names the ids two lists differ by, not both lists', () => {
    const [problem] = translationFieldProblems(page('content/es/explainers/a.mdx', 'title: Un\norder: 3\ntopics: [migration, diplomacy]\nsources: [ap-2025-06-09, xinhua-2026-01-19]\nterms: [ganseg]'), english);
    expect([problem.field, problem.found]).toEqual(['sources', 'no noroeste-2025-06, which content/explainers/a.mdx lists; xinhua-2026-01-19, which content/explainers/a.mdx does not list']);
    expect(problem.fix).toBe('a translation keeps sources as in English: if the English page is right, add noroeste-2025-06 and remove xinhua-2026-01-19 here; if not, correct it first, then this page to match');
  });

  it('asks to remove a field the English page does not have', () => {
    const bare = page('content/explainers/b.mdx', 'title: B\norder: 5');
    expect(translationFieldProblems(page('content/es/explainers/b.mdx', 'title: B\norder: 5\nterms: [ganseg]'), bare)[0].fix).toBe(
      'a translation keeps terms as in English: if the English page is right, remove terms: here; if not, correct it first, then this page to match',
    );
  });

  it('leaves frontmatter that does not parse to the checks that report it', () => {
    expect(translationFieldProblems(page('content/es/explainers/a.mdx', 'order: [4'), english)).toEqual([]);
    expect(translationFieldProblems({ file: 'content/es/explainers/a.mdx', text: 'order: 4' }, english)).toEqual([]);
  });
});

describe('entryIds', () => {
  it("gives a YAML list's ids in the file's order, leaving out an entry without one", () => {
    expect(entryIds('- id: b\n  x: 1\n- x: 2\n- id: a\n- id: 3\n')).toEqual(['b', 'a']);
    expect(entryIds('id: a\n')).toEqual([]);
    expect(() => entryIds('- id: [a\n')).toThrow();
  });
});

describe('what the Spanish edition still lacks, said again as the build ends', () => {
  it('names an English page with no Spanish page, and a Spanish page older than its English one, leaving drafts out', () => {
    inContentFolder((dir, writeFile) => {
      const write = (file: string, updated: string, extra = '') => writeFile(file, `---\ntitle: T\nupdated: ${updated}\n${extra}---\n\nBody, updated: 2020-01-01.\n`);
      write('explainers/a.mdx', '2026-12-07');
      write('es/explainers/a.mdx', '2026-12-01');
      write('explainers/b.mdx', '"2026-12-02"');
      write('explainers/draft.mdx', '2026-12-02', 'draft: true\n');
      write('explainers/c.mdx', '2026-12-02');
      write('es/explainers/c.mdx', '2026-12-02');
      expect(translationWarnings(dir).sort()).toEqual([
        'content/es/explainers/a.mdx is stale: the English page was updated later. Update the translation and its `updated` date.',
        'content/explainers/b.mdx has no Spanish translation (content/es/explainers/b.mdx); its Spanish link shows a notice, and npm test (so CI) fails until it has one.',
      ]);
    });
  });
});

describe('two page files at one address', () => {
  it('are named before the build, alone: not also as two pages by one title in one place of the reading path', () => {
    inContentFolder((dir) => {
      mkdirSync(join(dir, 'explainers/migration'));
      cpSync(join(dir, 'explainers/migration.mdx'), join(dir, 'explainers/migration/index.mdx'));
      expect(contentFolderProblems(dir).map((problem) => `${problem.file} | ${problem.field} | ${problem.found}`)).toEqual([
        'content/explainers/migration.mdx and content/explainers/migration/index.mdx | file name (slug) | these files would all be published at /explainers/migration/',
      ]);
      // In Spanish, not also as the translation of an English page that is not there.
      rmSync(join(dir, 'explainers/migration'), { recursive: true });
      mkdirSync(join(dir, 'es/explainers/migration'));
      cpSync(join(dir, 'es/explainers/migration.mdx'), join(dir, 'es/explainers/migration/index.mdx'));
      expect(contentFolderProblems(dir).map((problem) => `${problem.file} | ${problem.field} | ${problem.found}`)).toEqual([
        'content/es/explainers/migration.mdx and content/es/explainers/migration/index.mdx | file name (slug) | these files would all be published at /es/explainers/migration/',
      ]);
    }, { copy: true });
  }, 30_000); // the whole content folder's checks, on a copy: some seconds on a loaded machine
});

describe('a Spanish article page older than the English one', () => {
  it('is not in the content: npm test (so CI) fails until the translation is brought up to date', () => {
    expect(staleArticleTranslation(join(ROOT, 'content'))).toEqual([]);
  });

  it("has an editor's note citing what the English one cites, item by item, checked before the build", () => {
    inContentFolder((dir, write) => {
      const text = readFileSync(join(dir, 'es/article/article.md'), 'utf8');
      const [first] = /^    cite: [^\n]+$/m.exec(text)!;
      write('es/article/article.md', text.replace(first, `${first}, ap-2025-06-09`));
      const line = text.split('\n').indexOf(first) + 1;
      expect(contentFolderProblems(dir).map((problem) => `${problem.file} | ${problem.field}`)).toEqual([`content/es/article/article.md | editorsNote, item 1: cite (line ${line})`]);
    }, { copy: true });
  }, 30_000); // the whole content folder's checks, on a copy: some seconds on a loaded machine

  it('is named as the build ends, when the English article page was updated later', () => {
    inContentFolder((dir, writeFile) => {
      const write = (file: string, updated: string) => writeFile(file, `---\ntitle: T\nupdated: ${updated}\n---\n\nText.\n`);
      write('article/article.md', '2026-12-07');
      write('es/article/article.md', '2026-12-07');
      expect(translationWarnings(dir)).toEqual([]);
      write('article/article.md', '2026-12-08');
      expect(translationWarnings(dir)).toEqual([
        "content/es/article/article.md is stale: the English article page (content/article/article.md) was updated later, its editor's note most likely. Update the translation and its `updated` date; npm test (so CI) fails until then.",
      ]);
    });
  });
});

describe('Spanish events, terms and source texts that translate an older English text', () => {
  it('are none in the content: npm test (so CI) fails until each is brought up to date', () => {
    expect(outdatedListTranslations(join(ROOT, 'content'))).toEqual([]);
  });

  it('are named as the build ends, each with its line, the English line and the letters to write', () => {
    inContentFolder((dir, write) => {
      const english = '- id: a\n  date: 2025-06-08\n  event: Police crossed the border.\n  cite: x\n- id: b\n  date: 2025-06-09\n  event: A note was sent.\n  cite: x\n';
      write('timeline/events.yaml', english);
      write('es/timeline/events.yaml', '- id: a\n  event: La policía cruzó la frontera.\n- id: b\n  event: Se envió una nota.\n');
      const [first, second] = outdatedListTranslations(dir);
      const letters = (line: string) => /translates: ([a-p]{8})\.$/.exec(line)![1];
      expect(first).toMatch(/^content\/es\/timeline\/events\.yaml, entry "a" \(line 1\) has no translates: line, which says which English text it translates \(event\): check it against the English entry \(content\/timeline\/events\.yaml, line 1\), then write translates: [a-p]{8} in it\.$/);
      expect(second).toContain('entry "b" (line 3)');
      // Written as the build says, the entries are up to date.
      write('es/timeline/events.yaml', `- id: a\n  translates: ${letters(first.replace(' in it.', '.'))}\n  event: La policía cruzó la frontera.\n- id: b\n  translates: ${letters(second.replace(' in it.', '.'))}\n  event: Se envió una nota.\n`);
      expect(outdatedListTranslations(dir)).toEqual([]);
      // A corrected English event makes its Spanish text out of date; a change to a field the Spanish does not translate (the date) does not.
      write('timeline/events.yaml', english.replace('A note was sent.', 'A protest note was sent.').replace('2025-06-08', '2025-06-07'));
      expect(outdatedListTranslations(dir)).toEqual([
        expect.stringMatching(/^content\/es\/timeline\/events\.yaml, entry "b" \(line 4\) translates an older English text: the English text \(event\) changed since \(content\/timeline\/events\.yaml, line 5\)\. Bring the Spanish up to date, then change translates: [a-p]{8} to translates: [a-p]{8}\.$/),
      ]);
      // And it is among what the build says is still to do.
      expect(translationWarnings(dir)).toEqual(outdatedListTranslations(dir));
      // Mistyped, it does not stop the build before the build could give the letters to write.
      const spanish = readFileSync(join(dir, 'es/timeline/events.yaml'), 'utf8');
      write('es/timeline/events.yaml', spanish.replace(/translates: [a-p]{8}/, 'translates: 12345678'));
      expect(contentFolderProblems(dir)).toEqual([]);
      expect(outdatedListTranslations(dir)).toEqual([expect.stringContaining('entry "a" (line 1) translates an older English text'), expect.stringContaining('entry "b"')]);
    });
  });
});

describe('Spanish events and terms, matched to the English ones by id before any page renders', () => {
  it('names a Spanish entry with no English one and an English one with no Spanish entry together, as one entry renamed or mistyped', () => {
    inContentFolder((dir, write) => {
      write('timeline/events.yaml', '- id: ambush\n  date: 2025-06-02\n  event: An ambush.\n  cite: [a]\n- id: shooting\n  date: 2025-06-08\n  event: A shooting.\n  cite: [a]\n');
      write('es/timeline/events.yaml', '- id: ambush\n  event: Una emboscada.\n- id: shootin\n  event: Un tiroteo.\n');
      write('glossary/terms.yaml', '- id: pnc\n  term: PNC\n  definition: The national police.\n  cite: [a]\n');
      write('es/glossary/terms.yaml', '- id: pnc\n  definition: La policía nacional.\n');
      expect(contentFolderProblems(dir).map((problem) => `${problem.file} | ${problem.found} | ${problem.fix}`)).toEqual([
        'content/es/timeline/events.yaml | an entry for "shootin", which is not in content/timeline/events.yaml, where "shooting" has no Spanish entry | if the entry for "shootin" is that event (renamed in English, or mistyped), write id: shooting on it; if not, add an entry with id: shooting and its event text in Spanish, and remove the entry for "shootin"',
      ]);
    });
  });
});

describe('two pages in one place of the reading path', () => {
  it('pairs each page after the first in a place with that first one, with the next free place', () => {
    expect(sharedPlaces([{ file: 'a', order: 3 }, { file: 'b', order: 7 }, { file: 'c', order: 3 }, { file: 'd', order: 3 }])).toEqual([
      { order: 3, files: ['a', 'c'], free: 8 },
      { order: 3, files: ['a', 'd'], free: 8 },
    ]);
    expect(sharedPlaces([{ file: 'a', order: 1 }, { file: 'b', order: 2 }])).toEqual([]);
  });

  it('reads the place from the order: line, quoted or not, and none from a page without one', () => {
    expect([orderLine('---\ntitle: T\norder: 12\n---'), orderLine('---\norder: "4" # fourth\n---'), orderLine('---\ntitle: order: 3\n---')]).toEqual([{ order: 12, line: 3 }, { order: 4, line: 2 }, undefined]);
    // Only in the frontmatter: a body line is not a place.
    expect(orderLine('---\ntitle: T\n---\n\norder: 3\n')).toBeUndefined();
  });

  it('before the build, names the pages sharing a place with their lines, and not the translation of the one moved there as drifted', () => {
    inContentFolder((dir, write) => {
      const valid = readFileSync(join(ROOT, 'tests/fixtures/content-errors/valid-explainer.mdx'), 'utf8');
      const other = valid.replace('title: A valid fixture explainer', 'title: Another fixture explainer');
      write('explainers/a.mdx', valid);
      write('explainers/b.mdx', other.replace('order: 99', 'order: 98'));
      write('es/explainers/b.mdx', other.replace('order: 99', 'order: 97'));
      // The check works: a Spanish page out of step with its English page is named.
      expect(contentFolderProblems(dir).map((problem) => `${problem.file} | ${problem.field} | ${problem.fix}`)).toEqual([expect.stringMatching(/^content\/es\/explainers\/b\.mdx \| order \| .*write order: 98 here/)]);
      write('explainers/b.mdx', other);
      expect(contentFolderProblems(dir).map((problem) => `${problem.file} | ${problem.field} | ${problem.found} | ${problem.fix}`)).toEqual([
        'content/explainers/a.mdx and content/explainers/b.mdx | order (line 4 and line 4) | both take position 99 in the reading path | give each page its own order; 100 is the next free one',
      ]);
    });
  });
});

describe('two pages of one language by one name', () => {
  const page = (file: string, front: string) => ({ file, text: `---\n${front}\n---\n\nBody.\n` });

  it('names a title or short title used twice, once a pair, with both lines; a page without a short title goes by its title', () => {
    const problems = sharedNames([
      page('a.mdx', 'title: Migration through the border\nshortTitle: Migration'),
      page('b.mdx', 'title: "A new page"\nshortTitle: Migration'),
      page('c.mdx', 'title: Migration through the border'),
      page('d.mdx', 'title: Another page\nshortTitle: Other'),
      page('e.mdx', 'title: >-\n  Folded over lines'),
    ]);
    expect(problems.map((problem) => `${problem.file} | ${problem.field} | ${problem.found}`)).toEqual([
      'a.mdx and c.mdx | title (line 2 and line 2) | both pages go by "Migration through the border"',
      'a.mdx and b.mdx | shortTitle (line 3 and line 3) | both pages go by "Migration" in the reading path and the contents',
    ]);
    expect(problems[0].fix).toBe('give each page its own title: readers would see two pages under one name');
  });

  it('finds none where every page has its own names, whatever the case of its words', () => {
    expect(sharedNames([page('a.mdx', 'title: One page'), page('b.mdx', 'title: Two pages'), page('c.mdx', 'title: one Page 2')])).toEqual([]);
  });
});

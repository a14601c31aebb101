/**
 * Bad content must fail the build with a message naming the file, the field,
 * what was found and what is allowed. Each case builds a copy of the site
 * with one planted mistake; the builds run side by side.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/astro-build';
import { LAST_GOOD_BUILD, runFixtureSite } from '../helpers/fixture-site';

const valid = readFileSync(join(import.meta.dirname, '../fixtures/content-errors/valid-explainer.mdx'), 'utf8');
const FILE = 'content/explainers/fixture.mdx';
const SOURCES = 'content/sources/sources.yaml';

function buildWith(mdx: string, extra: Record<string, string | null> = {}, env: Record<string, string> = {}) {
  return runFixtureSite({ [FILE]: mdx, ...extra }, 'build', { env });
}

describe.concurrent('content errors fail the build', { timeout: 600_000 }, () => {
  it('accepts the valid fixture (so the cases below fail for their one mistake), with no warning in the log, and replaces the last build whole', async () => {
    // A source no page cites yet, newer than every cited one: the home page must not date the site by it.
    const uncited = '- id: fixture-uncited-2030\n  publisher: Fixture\n  title: Not cited anywhere\n  date: 2030-01-01\n  language: en\n  url: https://example.org/uncited\n  group: background\n  reliability: standard\n';
    // Built without an address (SITE_URL empty as unset), the last line says the address is a stand-in.
    const result = await buildWith(valid, { ...LAST_GOOD_BUILD, [SOURCES]: readFileSync(join(ROOT, SOURCES), 'utf8') + uncited }, { SITE_URL: '' });
    expect(result.output).toContain('Its address is the stand-in https://mexico-guatemala.example.org, in every canonical URL, QR code and citation: set SITE_URL');
    expect(result.output).not.toMatch(/content problem/);
    expect(result.status).toBe(0);
    expect(result.published).toContain('index.html');
    expect(result.published).toContain('explainers/fixture/index.html');
    expect(result.published).not.toContain('last-good-build.txt');
    // The fixture's order is 99; the home page numbers it by its place in the list.
    const $ = load(result.home ?? '');
    const numbers = $('#explainers + p + ol > li > span[aria-hidden]').map((_, span) => $(span).text()).get();
    expect(numbers.at(-1)).toBe(String(numbers.length));
    // "Newest source cited on this site" comes from the sources pages cite.
    expect($('section[aria-labelledby="situation-heading"] time').attr('datetime')).toMatch(/^20(2\d)-/);
    // A clean build prints no warning, so the first one an editor causes stands out.
    expect(result.output.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line))).toEqual([]);
    // The fixture has no Spanish page yet: the last lines say so, not only a line among the pages listed.
    expect(result.output).toMatch(/Still to do in the content:\n\s+content\/explainers\/fixture\.mdx has no Spanish translation \(content\/es\/explainers\/fixture\.mdx\)/);
  });

  it('broken frontmatter: names the file', async () => {
    const result = await buildWith(valid.replace('title: A valid fixture explainer', 'title: [unclosed'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture.mdx');
  });

  it('missing field: names the file and the field, in plain words, before the build starts', async () => {
    const result = await buildWith(valid.replace(/^summary: .*\n/m, ''));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(FILE);
    expect(result.output).toMatch(/field: summary\s+found: missing\s+fix: +add summary: to the frontmatter/);
    // Not Astro's "summary**: **summary: Required".
    expect(result.output).not.toContain('**');
    // Nor a stack trace under "An unhandled error occurred", which reads as the tool's fault.
    expect(result.output).toContain('The build stopped before it started: fix these in the files named, then build again.');
    expect(result.output).not.toMatch(/unhandled error|Stack trace/i);
  });

  it('a misspelt field, and frontmatter never closed: says so, instead of listing every field as missing', async () => {
    const misspelt = buildWith(valid.replace(/^summary:/m, 'sumary:'));
    const unclosed = buildWith(valid.replace('---\n\n## What happened', '\n## What happened'));
    const [a, b] = await Promise.all([misspelt, unclosed]);
    expect(a.status).not.toBe(0);
    expect(a.output).toContain('"sumary" is not a field an explainer has (did you mean "summary"?)');
    expect(b.status).not.toBe(0);
    expect(b.output).toContain('no line of three dashes (---) after the fields');
    expect(b.output).not.toMatch(/field: title/);
  });

  it('a Spanish page whose order differs from its English page, and one a note short of it: names the file, both values and the fix, once, before the build starts; a mistake in an English page alone is named there, not in its translation', async () => {
    const spanish = readFileSync(join(ROOT, 'content/es/explainers/the-border.mdx'), 'utf8');
    // And one sentence fewer than English, with its note: the translation has drifted (src/lib/translation-shape.ts).
    const drifted = spanish.replace(/^order: \d+$/m, 'order: 14').replace(/(\n\n[^\n<]*?)<Cite id="[^"]*" \/>/, '$1');
    // A level-1 heading in English only: compared with it, the Spanish page's headings would differ.
    const english = readFileSync(join(ROOT, 'content/explainers/la-mesilla-incident.mdx'), 'utf8');
    const result = await buildWith(valid, { 'content/es/explainers/the-border.mdx': drifted, 'content/explainers/la-mesilla-incident.mdx': english.replace(/^## /m, '# ') });
    expect(result.output).toMatch(/content\/explainers\/la-mesilla-incident\.mdx\s+field: body\s+found: a level-1 heading: # /);
    expect(result.output).not.toContain('content/es/explainers/la-mesilla-incident.mdx');
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/content\/es\/explainers\/the-border\.mdx\s+field: order\s+found: 14, where content\/explainers\/the-border\.mdx has 4/);
    expect(result.output).toMatch(/content\/es\/explainers\/the-border\.mdx\s+field: body\s+found: \d+ notes \(note \d+: "[^"]+" \(line \d+\)\), where content\/explainers\/the-border\.mdx has \d+ \(note \d+: "[^"]+" \(line \d+\)\)\s+fix: +translate the English page as it is now/);
    // Once, and under no page's address: it used to surface while some unrelated brief rendered, three times.
    expect(result.output.match(/found: 14, where/g)).toHaveLength(1);
    expect(result.output).not.toMatch(/rendering|generating static routes/i);
  });

  it('unknown topic: names the field and lists the allowed topics', async () => {
    const result = await buildWith(valid.replace('topics: [reference]', 'topics: [weather]'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture.mdx');
    expect(result.output).toMatch(/topics/);
    expect(result.output).toMatch(/security-cooperation/);
  });

  it('bad date, even one JavaScript would read as another day: names the field and the expected format', async () => {
    const result = await buildWith(valid.replace('updated: 2026-11-27', 'updated: 10/12/2026'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/updated/);
    expect(result.output).toContain('YYYY-MM-DD');
  });

  it('a day no calendar has (2026-02-31), which YAML would quietly roll over to March, and a timeline event listed outside its year: names the file, the line and the day it would have become or the fix', async () => {
    const sources = readFileSync(join(ROOT, 'content/sources/sources.yaml'), 'utf8');
    const events = readFileSync(join(ROOT, 'content/timeline/events.yaml'), 'utf8');
    expect(events).toContain('  date: "2013"\n  listedAt: "2013-06-03"');
    const result = await buildWith(valid.replace('updated: 2026-11-27', 'updated: 2026-02-31'), {
      'content/sources/sources.yaml': `${sources}\n- id: impossible-day\n  publisher: Someone\n  title: A page\n  date: 2025-06-31\n  language: en\n  url: https://example.org/\n  group: background\n  reliability: standard\n`,
      'content/timeline/events.yaml': events.replace('listedAt: "2013-06-03"', 'listedAt: "2014-06-03"'),
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('3 content problems');
    expect(result.output).toMatch(/content\/timeline\/events\.yaml\n\s+field: entry \d+ \(line \d+\): listedAt\n\s+found: "2013-cisen-assessment-of-ganseg": listedAt 2014-06-03 is outside the entry's date \(2013\)\n\s+fix: +give a day within 2013 \(YYYY-MM-DD\)/);
    expect(result.output).toMatch(/content\/explainers\/fixture\.mdx\n\s+field: updated \(line 6\)\n\s+found: 2026-02-31, which is not a day of the calendar \(YAML would quietly read it as 2026-03-03\)/);
    expect(result.output).toMatch(/content\/sources\/sources\.yaml\n\s+field: date \(line \d+\)\n\s+found: 2025-06-31, which is not a day of the calendar \(YAML would quietly read it as 2025-07-01\)/);
  });

  it('a changelog out of order, and an updated date older than its newest change: names the entry and says newest first, and the date to write', async () => {
    const result = await buildWith(valid.replace('changelog:\n', 'changelog:\n  - date: 2026-11-20\n    note: An earlier change.\n').replace('updated: 2026-11-27', 'updated: 2026-11-10'));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture');
    expect(result.output).toContain('list changes newest first: 2026-11-27 (item 2) is newer than 2026-11-20 (item 1, above it); check both dates (one may be mistyped), then put the newest first');
    expect(result.output).toContain('2026-11-10 is before the newest change in changelog (2026-11-20): write updated: 2026-11-20');
  });

  it('a date after today, Markdown in YAML text, which would show as typed, and a title too long: names each field and the fix', async () => {
    // One build for all four: each is a check of the page's frontmatter.
    const planted = valid
      .replace(/^title: .*$/m, `title: ${'A very long title '.repeat(6).trim()}`)
      .replace('updated: 2026-11-27', 'updated: 2026-11-20')
      .replace('  - date: 2026-11-27\n    note: First published.', '  - date: 2062-11-27\n    note: First published.')
      .replace('text: Chiapas state police pursued', 'text: The **Chiapas** state police pursued');
    const result = await buildWith(planted);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('fixture.mdx');
    expect(result.output).toContain('2062-11-27 is after today: write the date the change was made');
    // Not also "write updated: 2062-11-27", which would copy the typo.
    expect(result.output).not.toContain('before the newest change');
    // Every problem in one build, before it starts, by line, items counted from 1 (Astro stops at the first, as "takeaways.0.text").
    expect(result.output).toMatch(/field: takeaways, item 1: text \(line 10\)\n\s+found: text of 78 characters \("The \*\*Chiapas\*\* state police pursued…"\)\n\s+fix: +Markdown emphasis around "Chiapas" would show as typed: YAML text is plain, with no Markdown or tags/);
    // How long it is, not only the limit: an editor trimming it would otherwise build once per guess.
    expect(result.output).toMatch(/field: title \(line 2\)\n\s+found: text of 107 characters \("A very long title A very long title A…"\)\n\s+fix: +shorten it to at most 90/);
    expect(result.output).toContain('The build stopped before it started');
  });

  it('mistakes inside the fields of a page and of a data file (a misspelt name in a key point, a misspelt analysis mark, a language not allowed) and a tag left open: all named in one build, before it starts, each with its line', async () => {
    const sources = readFileSync(join(ROOT, SOURCES), 'utf8');
    // And a note left without its "/>" in the body, which MDX would report alone, with a stack trace.
    const planted = valid.replace("  - text: Mexico's foreign ministry", "  - txt: Mexico's foreign ministry").replace('      analysis: true', '      analyis: true').replace('Mexico apologised.<Cite id="noroeste-2025-06" />', 'Mexico apologised.<Cite id="noroeste-2025-06">');
    const result = await buildWith(planted, { [SOURCES]: sources.replace('  language: es\n', '  language: fr\n') });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('4 content problems');
    const citeLine = planted.split('\n').findIndex((line) => line.includes('<Cite id="noroeste-2025-06">')) + 1;
    expect(result.output).toContain(`found: <Cite id="noroeste-2025-06"> (line ${citeLine}) is not closed\n    fix:   end it with />: <Cite id="noroeste-2025-06" />`);
    expect(result.output).toMatch(/content\/explainers\/fixture\.mdx\n\s+field: takeaways, item 2 \(line 12\)\n\s+found: "txt" is not a field here\n\s+fix: +write text: \(the field's name\), not txt:/);
    // Not "give it cite: … or analysis: true", which the editor did write, misspelt.
    expect(result.output).toMatch(/field: brief\.watch, item 1 \(line 25\)\n\s+found: "analyis" is not a field here\n\s+fix: +write analysis: \(the field's name\), not analyis:/);
    expect(result.output).toMatch(/content\/sources\/sources\.yaml\n\s+field: entry \d+: language \(line \d+\)\n\s+found: "fr" \(in "[a-z0-9-]+"\)\n\s+fix: +use one of: en, es, pt/);
    // Not Astro's report of the first of them alone: "takeaways.1.text: Required", at line 0, with a stack trace.
    expect(result.output).not.toMatch(/InvalidContentEntryDataError|Stack trace|:0:0/);
  });

  it('two pages in one place of the reading path and by one title (a new page copied from another), and a topic misspelt: names the files, their lines and a free place, in one build, before it starts', async () => {
    const result = await buildWith(valid.replace('topics: [reference]', 'topics: [refrence]'), { 'content/explainers/fixture-twin.mdx': valid });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('The build stopped before it started');
    expect(result.output).toMatch(/field: topics, item 1 \(line 5\)\n\s+found: "refrence" \(did you mean "reference"\?\)/);
    expect(result.output).toMatch(/content\/explainers\/fixture(-twin)?\.mdx and \S*content\/explainers\/fixture(-twin)?\.mdx\n\s+field: order \(line 4 and line 4\)/);
    expect(result.output).toContain('both take position 99 in the reading path');
    expect(result.output).toMatch(/field: title \(line 2 and line 2\)\n\s+found: both pages go by "A valid fixture explainer"/);
    expect(result.output).toContain('100 is the next free one');
  });

  it('a source, page or glossary term that does not exist (as after a rename), and a link to a draft: names every place it is written, in both languages and the data files, with the nearest, before the build starts', async () => {
    const at = valid.split('\n').findIndex((line) => line.includes('<Cite id="noroeste-2025-06" />')) + 1;
    const article = readFileSync(join(ROOT, 'content/es/article/article.md'), 'utf8');
    expect(article).toContain('cite: mdp-2026-01-24\n');
    const home = readFileSync(join(ROOT, 'content/home/home.yaml'), 'utf8');
    expect(home).toContain(', larepublica-2025-06-10\n');
    const events = readFileSync(join(ROOT, 'content/timeline/events.yaml'), 'utf8');
    expect(events).toContain('\n  explainer: migration\n');
    const planted = valid
      .replace('<Cite id="noroeste-2025-06" />', '<Cite id="noroeste-2025-6" />')
      .replace('Mexico apologised.<Cite', 'Mexico apologised ([border](/explainers/the-bordr/), [migration](/es/explainers/migration-policy/), [draft](/explainers/draft-page/)) through the <Term id="gansg">GANSEG</Term>.<Cite');
    const draft = valid.replace('order: 99', 'order: 98').replace('---\n\n##', 'draft: true\n---\n\n##');
    const linkLine = planted.split('\n').findIndex((line) => line.includes('/explainers/the-bordr/')) + 1;
    const result = await buildWith(planted, {
      'content/explainers/draft-page.mdx': draft,
      'content/timeline/events.yaml': events.replace('\n  explainer: migration\n', '\n  explainer: migratoin\n'),
      ...LAST_GOOD_BUILD,
      'content/es/article/article.md': article.replace('cite: mdp-2026-01-24\n', 'cite: mdp-2026-01-42\n'),
      'content/home/home.yaml': home.replace(', larepublica-2025-06-10\n', ', larepublica-2025-06-1\n'),
    });
    expect(result.status).not.toBe(0);
    expect(result.published).toEqual(['last-good-build.txt']);
    expect(result.output).toContain('The build stopped before it started');
    expect(result.output).toMatch(new RegExp(`content/explainers/fixture\\.mdx\\n\\s+field: source id\\n\\s+found: "noroeste-2025-6" is not in content/sources/sources\\.yaml \\(body, line ${at}\\)\\n\\s+fix: +use an id from content/sources/sources\\.yaml \\(did you mean "noroeste-2025-06"\\?\\), or add the source there`));
    const homeLine = home.split('\n').findIndex((line) => line.endsWith(', larepublica-2025-06-10')) + 1;
    expect(result.output).toMatch(new RegExp(`content/home/home\\.yaml\\n\\s+field: source id\\n\\s+found: "larepublica-2025-06-1" is not in content/sources/sources\\.yaml \\(entry "en", line ${homeLine}\\)`));
    expect(result.output).toMatch(/content\/es\/article\/article\.md\n\s+field: source id\n\s+found: "mdp-2026-01-42" is not in content\/sources\/sources\.yaml \(editorsNote, line \d+\)\n\s+fix: +use an id from content\/sources\/sources\.yaml \(did you mean "mdp-2026-01-24"\?\)/);
    expect(result.output).toMatch(new RegExp(`content/explainers/fixture\\.mdx\\n\\s+field: link\\n\\s+found: links to /explainers/the-bordr/, which does not exist \\(body, line ${linkLine}\\)\\n\\s+fix: +did you mean /explainers/the-border/\\?`));
    // A name no spelling is near, that holds a page's name word for word, is matched to that page.
    expect(result.output).toMatch(/found: links to \/es\/explainers\/migration-policy\/, which does not exist \(body, line \d+\)\n\s+fix: +did you mean \/es\/explainers\/migration\/\?/);
    expect(result.output).toMatch(/content\/timeline\/events\.yaml\n\s+field: explainer\n\s+found: "migratoin" is not an explainer page \(entry "[\w-]+", line \d+\)\n\s+fix: +did you mean "migration"\?/);
    expect(result.output).toMatch(new RegExp(`content/explainers/fixture\\.mdx\\n\\s+field: glossary id\\n\\s+found: "gansg" is not in content/glossary/terms\\.yaml \\(body, line ${linkLine}\\)\\n\\s+fix: +use an id from content/glossary/terms\\.yaml \\(did you mean "ganseg"\\?\\)`));
    expect(result.output).toMatch(new RegExp(`found: links to the draft /explainers/draft-page/ \\(body, line ${linkLine}\\)\\n\\s+fix: +publish that page \\(draft: false\\), or remove the link until it is`));
    expect(result.output).toContain('8 content problems');
  });

  it('duplicate slug: names both files', async () => {
    const result = await buildWith(valid, { 'content/explainers/fixture/index.mdx': valid.replace('order: 99', 'order: 98').replace('title: A valid fixture explainer', 'title: A second fixture explainer') });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/explainers/fixture.mdx and content/explainers/fixture/index.mdx');
    expect(result.output).toContain('would all be published at /explainers/fixture/');
  });

  it('an http link, a relative link, a raw <a> and an account naming no source: names the linking file, each link and the tag', async () => {
    // One build for all four: the same page check finds them.
    // And an account that names no source: not a TypeError from inside the component, but the tag and what to add.
    const account = '\n\n<AccountsDiffer title="Where">\n  <Account label="In Mexico">Here.</Account>\n</AccountsDiffer>\n';
    const linking = valid.replace('Mexico apologised.<Cite', 'Mexico apologised ([report](http://example.org/report), [migration](migration/), <a href="/explainers/migration/">migration</a>).<Cite') + account;
    const result = await buildWith(linking);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(FILE);
    // Each with its line in the file.
    const line = linking.split('\n').findIndex((text) => text.includes('Mexico apologised (')) + 1;
    expect(result.output).toContain(`links to http://example.org/report (line ${line}), which is not https`);
    expect(result.output).toContain(`found: a relative link, migration/ (line ${line}), which a browser reads from this page's own address\n    fix:   write the site path, from its first /: /explainers/migration/ for an explainer`);
    expect(result.output).toContain(`found: a raw <a href="/explainers/migration/"> (line ${line}), which the build does not give the base path`);
    expect(result.output).toMatch(/<Account label="In Mexico"> \(line \d+\) names no source/);
    // Named once, not again as a prop the component lacks.
    expect(result.output).not.toContain('<Account> with no cite');
    expect(result.output).toContain('<Account label="In Mexico" cite="ap-2025-06-09">');
    expect(result.output).not.toContain('TypeError');
  });

  it('a source note without its Spanish translation: names the Spanish sources file, the source, the field and the fix, once, before the build starts', async () => {
    const spanish = readFileSync(join(ROOT, 'content/es/sources/sources.yaml'), 'utf8');
    // The whole entry of a source whose English has a dateNote goes.
    const withoutEntry = spanish.replace(/\n- id: ap-2025-06-09\n(?: {2}[^\n]*\n)+/, '\n');
    expect(withoutEntry).not.toBe(spanish);
    const result = await buildWith(valid, { 'content/es/sources/sources.yaml': withoutEntry });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/es/sources/sources.yaml');
    expect(result.output).toContain('ap-2025-06-09: dateNote');
    expect(result.output).toContain('add an entry with id: ap-2025-06-09 and its dateNote translated');
    // Before the build starts, once: it was found as the first Spanish page rendered, and printed three times.
    expect(result.output).toContain('The build stopped before it started');
    expect(result.output.split('no translation of the English dateNote').length - 1).toBe(1);
  });

  it('files Astro would skip or read in part: names each file, line and where the content goes, before the build starts', async () => {
    // One build for all five: the check before the build reports every file at once.
    const sources = readFileSync(join(ROOT, 'content/sources/sources.yaml'), 'utf8');
    const events = readFileSync(join(ROOT, 'content/timeline/events.yaml'), 'utf8');
    const result = await buildWith(valid, {
      // Events in a new YAML file, and a page saved as .md: no collection reads them.
      'content/timeline/2027.yaml': '- id: 2027-01-01-x\n  date: "2027-01-01"\n  event: Something happened.\n  cite: ap-2025-06-09\n',
      'content/explainers/new-page.md': valid,
      // A source id used twice (Astro would keep one source for both) and an event without an id (Astro would drop it).
      'content/sources/sources.yaml': `${sources}\n- id: ap-2025-06-09\n  publisher: Someone else\n  title: A different page\n  date: "2025"\n  language: en\n  url: https://example.org/\n  group: background\n  reliability: standard\n`,
      'content/timeline/events.yaml': events.replace(/^- id: [^\n]+\n  date:/m, '- date:'),
      // A translation with no English page of its name.
      'content/es/explainers/estado-de-sitio.mdx': valid,
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('5 content problems');
    expect(result.output).toContain('content/es/explainers/estado-de-sitio.mdx\n    field: file name\n    found: no English page content/explainers/estado-de-sitio.mdx');
    expect(result.output).toContain('content/timeline/2027.yaml');
    expect(result.output).toContain('content/timeline/events.yaml holds every dated event, and is the only file read in content/timeline/: move its entries there');
    expect(result.output).toContain('content/explainers/new-page.md');
    expect(result.output).toContain('rename it to new-page.mdx');
    expect(result.output).toMatch(/content\/sources\/sources\.yaml\n\s+field: entry \d+ \(line \d+\): id\n\s+found: "ap-2025-06-09", which the entry at line \d+ already uses/);
    expect(result.output).toMatch(/content\/timeline\/events\.yaml\n\s+field: entry 1 \(line \d+\): id\n\s+found: an entry without an id/);
  });

  it('an image without alt text or size, a <StackedRows> with no table in it, a misspelt component, one in lower case, a callout type it does not have and a figure with no note: names the file, the line and the fix', async () => {
    // One build for all seven: each is a check on the MDX body.
    const planted = valid.replace('## What happened', '## What happened\n\n![](/favicon.svg)\n\n<Figure src="/favicon.svg" width={10} height={10} caption="An icon." cite="ap-2025-06-09" />\n\n<Figure src="/favicon.svg" alt="An icon" caption="Unsized." cite="ap-2025-06-09" />\n\n<StackedRows>\n\nNot a table.\n\n</StackedRows>\n\n<Callot type="analysis">A reading.</Callot>\n\nA fact.<cite id="ap-2025-06-09" />\n\n<Callout type="warning">Careful.</Callout>\n\nThe fixture counted 42 crossings.');
    const warningLine = planted.split('\n').findIndex((text) => text.startsWith('<Callout type="warning"')) + 1;
    const citeLine = planted.split('\n').findIndex((text) => text.startsWith('A fact.<cite')) + 1;
    const line = planted.split('\n').indexOf('<StackedRows>') + 1;
    const calloutLine = planted.split('\n').findIndex((text) => text.startsWith('<Callot')) + 1;
    const figureLine = planted.split('\n').indexOf('The fixture counted 42 crossings.') + 1;
    const unsizedLine = planted.split('\n').findIndex((text) => text.includes('caption="Unsized."')) + 1;
    const altLines = [planted.split('\n').indexOf('![](/favicon.svg)') + 1, planted.split('\n').findIndex((text) => text.includes('caption="An icon."')) + 1];
    const result = await buildWith(planted);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`![](/favicon.svg) (line ${altLines[0]}) has no alt text`);
    expect(result.output).toContain(`<Figure src="/favicon.svg" width={10} height={10} caption="An icon." cite="ap-2025-06-09" /> (line ${altLines[1]}) has no alt attribute`);
    // Astro says where: the page's file, not a file of its own in node_modules, and no stack trace of the site's code.
    expect(result.output).toMatch(new RegExp(`Location:\\s+${FILE.replaceAll('.', '\\.')}:\\d+:\\d+`));
    expect(result.output).not.toMatch(/Stack trace|node_modules\/astro\/dist\/core\/render/);
    // Found before rendering, with its file and line: rendering stopped with the page's address only.
    expect(result.output).toContain(`field: <Figure width height>\n    found: <Figure> with no width or height (line ${unsizedLine})\n    fix:   give the image its size in pixels`);
    expect(result.output).toContain(`field: <StackedRows>\n    found: line ${line}: <StackedRows> wraps no markdown table\n    fix:   put one markdown table between`);
    expect(result.output).toContain(`field: <Callot>\n    found: <Callot> (line ${calloutLine}) is not in the authors' kit (did you mean <Callout>?)`);
    // In lower case, MDX would render an empty HTML <cite> and the note would silently go.
    expect(result.output).toContain(`field: <cite>\n    found: <cite> (line ${citeLine}) is a plain HTML tag, not the kit's <Cite>`);
    // Found before rendering, with its file and line: not "Caught error rendering /explainers/fixture/".
    expect(result.output).toContain(`field: <Callout type>\n    found: type="warning" is not a choice (line ${warningLine})\n    fix:   write type="note", type="caution", type="analysis"`);
    // A figure no note cites: the one kind of unsourced statement a machine can spot.
    expect(result.output).toContain(`field: body\n    found: a figure or date with no note (line ${figureLine}): "The fixture counted 42 crossings."\n    fix:   end the sentence with <Cite id="…" />`);
  });

  it('images under a base path: a Markdown image and <Figure src> get the base, and the link check finds their files', async () => {
    const withImages = valid.replace(
      'Mexico apologised.<Cite id="noroeste-2025-06" />',
      'Mexico apologised.<Cite id="noroeste-2025-06" />\n\n![A square](/images/square.svg)\n\n<Figure src="/images/square.svg" alt="The same square" width={10} height={10} caption="A square." cite="ap-2025-06-09" />',
    );
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const page = 'explainers/fixture/index.html';
    const result = await runFixtureSite({ [FILE]: withImages, 'public/images/square.svg': svg }, 'build', { env: { SITE_URL: 'https://explainer.example.net', BASE_PATH: '/mg/' }, read: [page] });
    expect(result.output).not.toMatch(/content problem|broken/i);
    expect(result.status).toBe(0);
    // Given an address, the build does not call it a stand-in.
    expect(result.output).not.toContain('stand-in');
    const $ = load(result.read[page] ?? '');
    expect($('main img[src$="square.svg"]').map((_, img) => [[$(img).attr('src'), $(img).attr('alt')]]).get()).toEqual([
      ['/mg/images/square.svg', 'A square'],
      ['/mg/images/square.svg', 'The same square'],
    ]);
  });

  it('links to a page the build does not have and to a missing #fragment: names the file, each link and the nearest page', async () => {
    // One build for both kinds of broken link: a fixture build that renders the whole site is the slow kind.
    const broken = valid.replace('Mexico apologised.<Cite', 'Mexico apologised (see [sources](/sourcez/) and [the glossary](/explainers/glossary/#no-such-term)).<Cite');
    const result = await buildWith(broken, LAST_GOOD_BUILD);
    expect(result.status).not.toBe(0);
    // Found once every file is written: still none of them replaces the last good site.
    expect(result.published).toEqual(['last-good-build.txt']);
    expect(result.output).toContain(`${FILE} (page /explainers/fixture/)`);
    expect(result.output).toContain('"/sourcez/" points at /sourcez/, and the build has no page or file there');
    expect(result.output).toContain('did you mean "/sources/"?');
    // Not under "An unhandled error occurred while running the astro:build:done hook", which blames the tool.
    expect(result.output).not.toMatch(/unhandled error|Stack trace/i);
    expect(result.output).toContain('points at #no-such-term, and /explainers/glossary/ has no element with that id');
  });
});

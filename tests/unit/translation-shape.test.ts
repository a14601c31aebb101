import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTranslationProblems, homeTranslationProblems, originalPageProblems, translationShapeProblems } from '../../src/lib/translation-shape';

const CONTENT = join(import.meta.dirname, '../../content');
const page = (file: string, frontmatter: string, body: string) => ({ file, text: `---\n${frontmatter}\n---\n\n${body}\n` });
const FRONT = 'title: A\ntakeaways:\n  - text: One.\n    cite: a\n  - text: Two.\n    cite: b\nbrief:\n  background:\n    - text: B.\n      cite: a\n  watch:\n    - text: W.\n      analysis: true';
const BODY = '## First\n\nOne.<Cite id="a" /> Two.<Cite id="a, b" />\n\n### Part\n\n<Account label="x" cite="b">y</Account>';
const english = page('content/explainers/a.mdx', FRONT, BODY);

describe('a translation has the shape of its English page', () => {
  it('passes every Spanish page of the site, and a faithful translation with its ids written another way', () => {
    for (const file of readdirSync(join(CONTENT, 'explainers'))) {
      const [es, en] = [join(CONTENT, 'es/explainers', file), join(CONTENT, 'explainers', file)].map((path) => ({ file: path, text: readFileSync(path, 'utf8') }));
      expect(translationShapeProblems(es, en), file).toEqual([]);
    }
    expect(translationShapeProblems(page('content/es/explainers/a.mdx', FRONT, BODY.replace('One.', 'Uno.').replace('"a, b"', '"a,b"')), english)).toEqual([]);
  });

  it('names a key point or brief item the Spanish page lacks', () => {
    const fewer = FRONT.replace('  - text: Two.\n    cite: b\n', '');
    expect(translationShapeProblems(page('content/es/explainers/a.mdx', fewer, BODY), english).map((p) => [p.field, p.found])).toEqual([['takeaways', '1 item, where content/explainers/a.mdx has 2']]);
  });

  it('names headings that differ in number or level, and the first that differs with its line in each file', () => {
    const [problem] = translationShapeProblems(page('content/es/explainers/a.mdx', FRONT, BODY.replace('### Part', '## Part')), english);
    expect([problem.field, problem.found]).toEqual(['body', 'headings ## ## (heading 2: "## Part" (line 21)), where content/explainers/a.mdx has headings ## ### (heading 2: "### Part" (line 21))']);
    const [missing] = translationShapeProblems(page('content/es/explainers/a.mdx', FRONT, BODY.replace('### Part', 'Part.')), english);
    expect(missing.found).toBe('headings ## (heading 2: none), where content/explainers/a.mdx has headings ## ### (heading 2: "### Part" (line 21))');
  });

  it('names the first note that differs, with its line in each file, so a sentence added in English is found in Spanish', () => {
    const missing = translationShapeProblems(page('content/es/explainers/a.mdx', FRONT, BODY.replace(' Two.<Cite id="a, b" />', '')), english);
    expect(missing.map((p) => p.found)).toEqual(['2 notes (note 2: "b" (line 23)), where content/explainers/a.mdx has 3 (note 2: "a, b" (line 19))']);
    expect(missing[0].fix).toBe('translate the English page as it is now: each sentence with the note its English sentence has, in the same order');
    const extra = translationShapeProblems(page('content/es/explainers/a.mdx', FRONT, `${BODY}\n\nMás.<Cite id="c" />`), english);
    expect(extra.map((p) => p.found)).toEqual(['4 notes (note 4: "c" (line 25)), where content/explainers/a.mdx has 3 (note 4: none)']);
  });

  it("names an English note citing an unknown id on the English page, not as a Spanish page to bring into line with the typo", () => {
    const typo = page('content/explainers/a.mdx', FRONT, BODY.replace('"a, b"', '"a, bb"'));
    const [problem, ...rest] = translationShapeProblems(page('content/es/explainers/a.mdx', FRONT, BODY), typo, new Set(['a', 'b']));
    expect(rest).toEqual([]);
    expect([problem.file, problem.field, problem.found]).toEqual(['content/explainers/a.mdx', 'body', 'note 2 cites "bb" (body, line 19), which no source in content/sources/sources.yaml has']);
    expect(problem.fix).toBe('use an id from content/sources/sources.yaml (did you mean "b"?), or add the source there; the Spanish page is checked against this one after that');
    // A Spanish typo is still the Spanish page's to fix, to the English ids.
    const [spanish] = translationShapeProblems(page('content/es/explainers/a.mdx', FRONT, BODY.replace('"a, b"', '"a, bb"')), english, new Set(['a', 'b']));
    expect([spanish.file, spanish.found]).toEqual(['content/es/explainers/a.mdx', '3 notes (note 2: "a, bb" (line 19)), where content/explainers/a.mdx has 3 (note 2: "a, b" (line 19))']);
  });

  it('names a key point or brief item citing other sources than its English one, with its line, whatever the order of the ids', () => {
    expect(translationShapeProblems(page('content/es/explainers/a.mdx', FRONT.replace('cite: b', 'cite: [b]'), BODY), english)).toEqual([]);
    const other = translationShapeProblems(page('content/es/explainers/a.mdx', FRONT.replace('    cite: b', '    cite: a, c'), BODY), english);
    expect(other.map((p) => [p.file, p.field, p.found, p.fix])).toEqual([
      ['content/es/explainers/a.mdx', 'takeaways, item 2: cite (line 7)', 'a, c, where content/explainers/a.mdx cites b', 'cite what the English item cites (a translation says what its English page says, from the same sources): cite: b'],
    ]);
    const uncited = translationShapeProblems(page('content/es/explainers/a.mdx', FRONT.replace('      cite: a\n', ''), BODY), english);
    expect(uncited.map((p) => [p.field, p.found])).toEqual([['brief.background, item 1: cite (line 10)', 'no source, where content/explainers/a.mdx cites a']]);
    // The English item's analysis has no source: the fix is to remove the Spanish one's, not to cite nothing.
    const cited = translationShapeProblems(page('content/es/explainers/a.mdx', FRONT.replace('      analysis: true', '      analysis: true\n      cite: a'), BODY), english);
    expect(cited.map((p) => p.fix)).toEqual(["remove cite:, as the English item cites no source (it is this site's own reading, marked analysis: true)"]);
    // An id no source has in the English item is the English page's mistake: the Spanish one is not told to copy it.
    const typo = page('content/explainers/a.mdx', FRONT.replace('    cite: b', '    cite: bb'), BODY);
    expect(translationShapeProblems(page('content/es/explainers/a.mdx', FRONT, BODY), typo, new Set(['a', 'b']))).toEqual([]);
    // A typo in the Spanish item is named where it is, with the nearest id, by the check of unknown ids: not twice.
    expect(translationShapeProblems(page('content/es/explainers/a.mdx', FRONT.replace('    cite: b', '    cite: bb'), BODY), english, new Set(['a', 'b']))).toEqual([]);
  });

  it("names the English page's own mistakes, which would make its translation look wrong: a source cited but not listed, a level-1 heading, a kit tag in lower case, a note naming no source", () => {
    const listed = `sources: [a, b]\n${FRONT}`;
    const english = (front: string, body: string) => originalPageProblems(page('content/explainers/a.mdx', front, body), new Set(['a', 'b', 'c']));
    expect(english(listed, BODY)).toEqual([]);
    expect(english(listed.replace('[a, b]', '[a]'), BODY).map((p) => [p.file, p.field, p.found])).toEqual([['content/explainers/a.mdx', 'sources', 'cited but not listed: b (takeaways, line 8; body, lines 20, 24)']]);
    // Cited only in a takeaway, or written as a YAML list: still cited. An unknown id is left to its own check.
    expect(english(listed, BODY.replace('"a, b"', '"a, zz"').replace('cite="b"', 'cite="a"')).map((p) => p.found)).toEqual([]);
    expect(english(listed.replace('cite: b', 'cite: [b, c]'), BODY).map((p) => p.found)).toEqual(['cited but not listed: c (takeaways, line 8)']);
    const wrongTags = english(listed, BODY.replace('## First', '# First').replace('<Cite id="a" />', '<cite id="a" />'));
    expect(wrongTags.map((p) => [p.field, p.found])).toEqual([
      ['<cite>', '<cite> (line 20) is a plain HTML tag, not the kit\'s <Cite>: tag names are case-sensitive, so the page would show nothing of it'],
      ['body', 'a level-1 heading: # First'],
    ]);
    expect(page('content/explainers/a.mdx', listed, BODY).text.split('\n')[19]).toContain('<Cite id="a" />');
    // A note naming no source, empty or under another attribute: the English page's, not a note the translation lacks.
    const sourceless = english(listed, BODY.replace('<Cite id="a" />', '<Cite id="" />').replace('<Cite id="a, b" />', '<Cite ids="a, b" />'));
    expect(sourceless.map((p) => [p.file, p.found, p.fix.split(': ').at(-1)])).toEqual([
      ['content/explainers/a.mdx', '<Cite id="" /> (line 20) names no source', expect.stringContaining('<Cite id="ap-2025-06-09" />')],
      ['content/explainers/a.mdx', expect.stringMatching(/^<Cite ids="a, b" \/> \(line \d+\) names no source$/), '<Cite id="a, b" />'],
    ]);
  });
});

describe("the Spanish article page's editor's note", () => {
  const article = (file: string) => ({ file, text: readFileSync(join(CONTENT, file.replace(/^content\//, '')), 'utf8') });
  const [english, spanish] = [article('content/article/article.md'), article('content/es/article/article.md')];

  it('has as many items as the English one, each citing the same sources, on the site', () => {
    expect(articleTranslationProblems(spanish, english)).toEqual([]);
  });

  it('names an item more or fewer, and an item citing other sources, with its line', () => {
    const note = (items: string[]) => `---\ntitle: T\neditorsNote:\n${items.map((cite, i) => `  - text: Item ${i + 1}.\n    cite: ${cite}\n`).join('')}---\n\nText.\n`;
    const en = { file: 'content/article/article.md', text: note(['a, b', 'b', 'c']) };
    expect(articleTranslationProblems({ file: 'content/es/article/article.md', text: note(['b, a', 'b', 'c']) }, en)).toEqual([]);
    expect(articleTranslationProblems({ file: 'content/es/article/article.md', text: note(['a, b', 'c']) }, en).map((p) => [p.field, p.found])).toEqual([['editorsNote', '2 items, where content/article/article.md has 3']]);
    expect(articleTranslationProblems({ file: 'content/es/article/article.md', text: note(['a, b', 'b, c', 'c']) }, en).map((p) => [p.file, p.field, p.found])).toEqual([
      ['content/es/article/article.md', 'editorsNote, item 2: cite (line 7)', 'b, c, where content/article/article.md cites b'],
    ]);
  });
});

describe("the home page's Spanish summary", () => {
  const text = readFileSync(join(CONTENT, 'home/home.yaml'), 'utf8');

  it('cites, sentence by sentence, what the English sentence cites, on the site', () => {
    expect(homeTranslationProblems('content/home/home.yaml', text)).toEqual([]);
  });

  it('names a Spanish sentence citing other sources than its English one, with its line', () => {
    const spanishAt = text.indexOf('- id: es');
    const [cite] = /^      cite: [^\n]+$/m.exec(text.slice(spanishAt))!;
    const changed = text.slice(0, spanishAt) + text.slice(spanishAt).replace(cite, '      cite: ap-2025-06-09');
    const line = changed.split('\n').indexOf('      cite: ap-2025-06-09') + 1;
    const [problem, ...rest] = homeTranslationProblems('content/home/home.yaml', changed);
    expect(rest).toEqual([]);
    const englishLine = text.split('\n').indexOf(cite) + 1;
    // A Spanish sentence more than the English (the schema's check names the count) is compared with none, without a crash.
    const extra = text.slice(0, spanishAt) + text.slice(spanishAt).replace('  readArticle:', '    - text: Una cuarta frase.\n      cite: ap-2025-06-09\n  readArticle:');
    expect(homeTranslationProblems('content/home/home.yaml', extra).map((p) => p.found)).toEqual(['ap-2025-06-09, where content/home/home.yaml cites no source']);
    // The Spanish text is the file's second entry.
    expect([problem.field, problem.found]).toEqual([`entry 2: situation, item 1: cite (line ${line})`, `ap-2025-06-09, where the English sentence (line ${englishLine}) cites ${cite.replace('      cite: ', '')}`]);
  });
});

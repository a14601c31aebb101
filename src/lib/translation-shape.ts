/**
 * A Spanish explainer says what its English page says, sentence for sentence: the same key
 * points, brief items and sections, and the same notes in the same order. When the English page
 * changes (a takeaway added, a source cited in a new sentence) and the Spanish one does not, the
 * two editions drift apart, and the Spanish reader is left with the older claims. These checks
 * compare the shape of the two files before the build starts (src/lib/content-check.ts),
 * beside translationFieldProblems, which compares the fields a translation keeps as they are.
 */
import type { ContentProblem } from './errors';
import { bodyTagProblems } from './body-tags';
import { NO_DATA, notListedProblem, scanBody, sourcelessProblems, unique } from './citations';
import { CONTENT_FILES, frontmatterOf } from './content-files';
import { suggest } from './edit-distance';
import { idLines } from './id-lines';
import { frontmatterYaml, pageBody } from './mdx-body';
import { yamlLines } from './yaml-lines';
import { parsed } from './source-uses';
import { fieldLabel } from './schema-problems';

interface Page {
  file: string;
  text: string;
}

/** Each section heading, in order: its marks ("##"), its line in the file and how it reads there. */
function headingsOf({ body, firstLine }: { body: string; firstLine: number }): { level: string; line: number; text: string }[] {
  return body.split('\n').flatMap((line, index) => {
    const match = /^(#{2,6})\s+(.*)$/.exec(line);
    return match ? [{ level: match[1], line: firstLine + index, text: match[0].trim() }] : [];
  });
}

/** Each note in the body, in order (`<Cite id>`, `<Account cite>`, `<Figure cite>`): its source ids ("a, b") and its line in the body, from 1. */
function notes(body: string): { ids: string; line: number }[] {
  let line = 1;
  let counted = 0;
  return [...body.matchAll(/<(?:Cite\b[^>]*?\bid|(?:Account|Figure)\b[^>]*?\bcite)\s*=\s*"([^"]*)"/g)].map((match) => {
    for (; counted < match.index; counted++) if (body[counted] === '\n') line++;
    return { ids: match[1].split(/[\s,]+/).filter(Boolean).join(', '), line };
  });
}

const countOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/** The source ids a `cite:` holds, written as one id, "a, b" or a YAML list; none for anything else. */
function citeIds(item: unknown): string[] {
  const cite = item && typeof item === 'object' ? (item as Record<string, unknown>).cite : undefined;
  const ids = Array.isArray(cite) ? cite.map(String) : typeof cite === 'string' ? cite.split(',') : [];
  return ids.map((id) => id.trim()).filter(Boolean);
}

/**
 * Mistakes of an English page that has a Spanish translation, named before the two are compared:
 * a tag or heading wrong in itself (bodyTagProblems), or a source it cites without listing it in
 * `sources:`. Compared with such a page, a correct translation would look wrong, and the message
 * would name the Spanish file and ask for the mistake to be copied into it.
 */
export function originalPageProblems(english: Page, knownSources?: ReadonlySet<string>): ContentProblem[] {
  const data = frontmatterOf(english.text);
  if (!data) return [];
  const at = pageBody(english.text);
  const brief = data.brief && typeof data.brief === 'object' ? (data.brief as Record<string, unknown>) : {};
  const items = [...(Array.isArray(data.takeaways) ? data.takeaways : []), brief.bottomLine, ...(Array.isArray(brief.background) ? brief.background : []), ...(Array.isArray(brief.watch) ? brief.watch : [])];
  const cited = unique([...items.flatMap(citeIds), ...notes(at.body).flatMap((note) => note.ids.split(', '))]);
  const listed = new Set(Array.isArray(data.sources) ? data.sources.map(String) : []);
  // An id no source has is named by its own check (translationShapeProblems), with the nearest id.
  const missing = cited.filter((id) => !listed.has(id) && (!knownSources || knownSources.has(id)));
  // A tag naming no source (<Cite id="" />, <Cite ids="…" />) would show as a note that differs in the translation.
  const sourceless = sourcelessProblems(english.file, scanBody(at.body, NO_DATA).sourceless, at.body, knownSources ?? new Set(), () => at.firstLine);
  return [...bodyTagProblems(english.file, at.body, at.firstLine), ...sourceless, ...(missing.length ? [notListedProblem(english.file, missing, (id) => idLines(english.text, id))] : [])];
}

type CitedItems = (data: Record<string, unknown>) => { path: (string | number)[]; item: unknown }[];

/** The items of a list field, each with its path. */
const listItems = (value: unknown, path: (string | number)[]) => (Array.isArray(value) ? value.map((item, index) => ({ path: [...path, index], item })) : []);

/** Each key point and brief item of a page's frontmatter, with its path, in the order the page shows them. */
const citedItems: CitedItems = (data) => {
  const brief = data.brief && typeof data.brief === 'object' ? (data.brief as Record<string, unknown>) : {};
  return [...listItems(data.takeaways, ['takeaways']), { path: ['brief', 'bottomLine'], item: brief.bottomLine }, ...listItems(brief.background, ['brief', 'background']), ...listItems(brief.watch, ['brief', 'watch'])];
};

/** Each item of the article page's editor's note, with its path. */
const editorsNoteItems: CitedItems = (data) => listItems(data.editorsNote, ['editorsNote']);

/**
 * A key point or brief item whose Spanish text cites other sources than its English one: the
 * Spanish reader would be shown a claim under sources that do not make it. The order of the ids
 * within one cite does not matter (the page numbers them). Compared only when the two pages have
 * as many items (`countsDiffer`: named above), item by item, with the Spanish item's line.
 */
function itemCiteProblems(spanish: Page, english: Page, translation: Record<string, unknown>, original: Record<string, unknown>, countsDiffer: boolean, knownSources?: ReadonlySet<string>, items: CitedItems = citedItems): ContentProblem[] {
  if (countsDiffer) return [];
  return citeDifferences({ file: spanish.file, items: items(translation), lines: () => yamlLines(frontmatterYaml(spanish.text) ?? '', 2), list: false }, { file: english.file, items: items(original) }, knownSources);
}

/**
 * Each translated item (`mine`) whose sources differ from its English item's at the same place
 * (`theirs`), at its line (`lines`, read only when one differs; `list`: a list file's paths start
 * with the entry). The order of the ids within one cite does not matter (the page numbers them).
 */
function citeDifferences(
  mine: { file: string; items: ReturnType<CitedItems>; lines: () => (path: readonly PropertyKey[]) => number; list: boolean },
  theirs: { file: string; items: ReturnType<CitedItems>; name?: (path: readonly PropertyKey[]) => string },
  knownSources?: ReadonlySet<string>,
): ContentProblem[] {
  let lineOf: ((path: readonly PropertyKey[]) => number) | undefined;
  return mine.items.flatMap(({ path, item }, index) => {
    const [cited, expected] = [citeIds(item), citeIds(theirs.items[index]?.item)].map((ids) => [...new Set(ids)]);
    if ([...cited].sort().join() === [...expected].sort().join()) return [];
    // An id no source has is named by its own check, with the nearest id: in the English item it is the
    // English page's mistake, not one to copy here; in this item, a typo already named where it is.
    if (knownSources && [...expected, ...cited].some((id) => !knownSources.has(id))) return [];
    lineOf ??= mine.lines();
    return [{
      file: mine.file,
      field: `${fieldLabel([...path, 'cite'], mine.list)} (line ${lineOf([...path, 'cite'])})`,
      found: `${cited.length ? cited.join(', ') : 'no source'}, where ${(theirs.items[index] && theirs.name?.([...theirs.items[index].path, 'cite'])) ?? theirs.file} cites ${expected.length ? expected.join(', ') : 'no source'}`,
      fix: expected.length
        ? `cite what the English item cites (a translation says what its English page says, from the same sources): cite: ${expected.join(', ')}`
        : 'remove cite:, as the English item cites no source (it is this site\'s own reading, marked analysis: true)',
    }];
  });
}

/**
 * The home page's Spanish summary (`situation`, three sentences) against the English one, in the
 * one file both are written in (`file`, its `text`): each Spanish sentence citing the sources its
 * English sentence cites. A file that does not parse, or lacks an entry, is named by its own checks.
 */
export function homeTranslationProblems(file: string, text: string, knownSources?: ReadonlySet<string>): ContentProblem[] {
  const list = parsed(text);
  if (!Array.isArray(list)) return [];
  const [en, es] = ['en', 'es'].map((id) => list.findIndex((entry) => entry && typeof entry === 'object' && entry.id === id));
  if (en < 0 || es < 0) return [];
  const sentences = (index: number) => listItems((list[index] as Record<string, unknown>).situation, [index, 'situation']);
  let lines: ((path: readonly PropertyKey[]) => number) | undefined;
  const lineOf = () => (lines ??= yamlLines(text, 1));
  return citeDifferences({ file, items: sentences(es), lines: lineOf, list: true }, { file, items: sentences(en), name: (path) => `the English sentence (line ${lineOf()(path)})` }, knownSources);
}

/**
 * The Spanish article page's editor's note against the English one: as many items, each citing the
 * same sources. The note says what is and is not known about the article; a Spanish item under
 * other sources, or one more or fewer, told the Spanish reader something the English does not.
 */
export function articleTranslationProblems(spanish: Page, english: Page, knownSources?: ReadonlySet<string>): ContentProblem[] {
  const translation = frontmatterOf(spanish.text);
  const original = frontmatterOf(english.text);
  if (!translation || !original) return [];
  const [mine, theirs] = [countOf(translation.editorsNote), countOf(original.editorsNote)];
  if (mine !== theirs) {
    return [{ file: spanish.file, field: 'editorsNote', found: `${mine} ${mine === 1 ? 'item' : 'items'}, where ${english.file} has ${theirs}`, fix: `translate the English editor's note as it is now: one item for each of its ${theirs}, in its order` }];
  }
  return itemCiteProblems(spanish, english, translation, original, false, knownSources, editorsNoteItems);
}

/**
 * The shape problems of a Spanish page against its English one. `knownSources` (the ids in the
 * sources file) tells an English typo from a Spanish one: a note that differs because the English
 * page cites an id no source has is the English page's mistake, and is named there, not as a
 * Spanish page to bring into line with the typo.
 */
export function translationShapeProblems(spanish: Page, english: Page, knownSources?: ReadonlySet<string>): ContentProblem[] {
  const translation = frontmatterOf(spanish.text);
  const original = frontmatterOf(english.text);
  if (!translation || !original) return [];
  const problems: ContentProblem[] = [];
  const differ = (field: string, found: string, expected: string, what: string) =>
    problems.push({ file: spanish.file, field, found: `${found}, where ${english.file} has ${expected}`, fix: `translate the English page as it is now: ${what}` });

  const briefOf = (data: Record<string, unknown>) => (data.brief && typeof data.brief === 'object' ? (data.brief as Record<string, unknown>) : {});
  for (const [field, mine, theirs] of [
    ['takeaways', countOf(translation.takeaways), countOf(original.takeaways)],
    ['brief.background', countOf(briefOf(translation).background), countOf(briefOf(original).background)],
    ['brief.watch', countOf(briefOf(translation).watch), countOf(briefOf(original).watch)],
  ] as const) {
    if (mine !== theirs) differ(field, `${mine} ${mine === 1 ? 'item' : 'items'}`, `${theirs}`, `one item for each of its ${theirs}, in its order`);
  }
  problems.push(...itemCiteProblems(spanish, english, translation, original, problems.length > 0, knownSources));

  const [translatedBody, originalBodyAt] = [pageBody(spanish.text), pageBody(english.text)];
  const [headings, originalHeadings] = [headingsOf(translatedBody), headingsOf(originalBodyAt)];
  const [levels, originalLevels] = [headings, originalHeadings].map((list) => list.map((heading) => heading.level).join(' '));
  if (levels !== originalLevels) {
    // The first heading that differs in level, or is missing from either: where the editor starts looking.
    const at = Math.max(0, [...originalHeadings, ...headings].findIndex((_, index) => headings[index]?.level !== originalHeadings[index]?.level));
    const where = (heading: (typeof headings)[number] | undefined) => (heading ? `"${heading.text}" (line ${heading.line})` : 'none');
    differ(
      'body',
      `headings ${levels || '(none)'} (heading ${at + 1}: ${where(headings[at])})`,
      `headings ${originalLevels || '(none)'} (heading ${at + 1}: ${where(originalHeadings[at])})`,
      'a heading for each of its headings, at the same level and in the same order',
    );
  }

  const [body, originalBody] = [translatedBody.body, originalBodyAt.body];
  const [citedAt, originalCitedAt] = [notes(body), notes(originalBody)];
  const [cited, originalCited] = [citedAt, originalCitedAt].map((list) => list.map((note) => note.ids));
  const at = originalCited.findIndex((ids, index) => cited[index] !== ids);
  const first = at === -1 && cited.length > originalCited.length ? originalCited.length : at;
  const unknown = first === -1 || !knownSources ? [] : (originalCited[first] ?? '').split(', ').filter((id) => id && !knownSources.has(id));
  if (unknown.length > 0) {
    problems.push({
      file: english.file,
      field: 'body',
      found: `note ${first + 1} cites ${unknown.map((id) => `"${id}"`).join(', ')} (${idLines(english.text, unknown[0]).join('; ')}), which no source in ${CONTENT_FILES.sources} has`,
      fix: `use an id from ${CONTENT_FILES.sources}${suggest(unknown[0], knownSources!)}, or add the source there; the Spanish page is checked against this one after that`,
    });
  } else if (first !== -1) {
    // Each page's note at the place they part, with its line: where the editor compares the two files.
    const nth = (list: readonly { ids: string; line: number }[], firstLine: number) =>
      `note ${first + 1}: ${list[first] === undefined ? 'none' : `"${list[first].ids}" (line ${firstLine + list[first].line - 1})`}`;
    differ('body', `${cited.length} notes (${nth(citedAt, translatedBody.firstLine)})`, `${originalCited.length} (${nth(originalCitedAt, originalBodyAt.firstLine)})`, 'each sentence with the note its English sentence has, in the same order');
  }
  return problems;
}

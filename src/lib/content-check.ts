/**
 * The checks of the content folder before the build: every problem in `content/` that can be
 * found from the files alone, all of them in one pass, each with its file, field, line and fix.
 * src/integrations/content-files.ts runs them as a build starts (and under `astro dev`, on every
 * change); src/data/explainers.ts shows them over a page under `astro dev`.
 *
 * What is checked: a file that no content collection reads, or a YAML file of entries Astro would
 * read only in part (src/lib/content-files.ts): some content would be missing or wrong on the
 * site without a word. Each explainer's frontmatter, for what Astro reports only obscurely:
 * unclosed dashes, a missing field, a misspelt one; and each Spanish page's against its English
 * page's, for the fields a translation keeps (order, topics, sources, terms) and for its shape:
 * as many key points, brief items and headings, and the same notes in the same order
 * (src/lib/translation-shape.ts). Every reference between files at once: source ids, pages (and
 * drafts) and glossary ids wherever they are written, and the Spanish source texts
 * (src/lib/source-uses.ts, slug-uses.ts, term-uses.ts), so a rename is listed in one build; and
 * every field of every file against its collection's schema (src/lib/schema-problems.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { CONTENT_FILES, CONTENT_LOCATIONS, ENTRY_FIELDS, contentFile, entryIds, entryListProblems, type EntryFields, frontmatterProblems, isPageFile, orderLine, sharedNames, sharedPlaceProblem, sharedPlaces, translationFieldProblems, translationPairs, translationsWithoutOriginal, unreadContentFiles } from './content-files';
import { parseIsoDay } from './dates';
import { findDuplicateSlugs, slugClashProblems, slugForPath } from './slugs';
import { localizePath } from '../i18n/paths';
import { translationReport } from './translation-report';
import { translationIdProblems } from './translation-ids';
import { problemLocation, type ContentProblem } from './errors';
import { articleTranslationProblems, homeTranslationProblems, originalPageProblems, translationShapeProblems } from './translation-shape';
import { curlyQuotedAttributes, mdxTextTraps, unclosedAttributeQuotes, unclosedKitTags } from './body-tags';
import { entryLines, parsed, reusedIds, sourceIdsInList, sourceIdsInPage, unknownSourceIds } from './source-uses';
import { translateSources } from './source-translations';
import { termIdsInPage, unknownTermIds } from './term-uses';
import { contextSlugLines, contextSlugs, eventSlugLines, eventSlugs, isDraft, unknownLinkedPages, unknownPageSlugs } from './slug-uses';
import { frontmatterYaml } from './mdx-body';
import { schemaProblems } from './schema-problems';
import { z } from 'astro/zod';
import { collectionSchemas } from '../schemas/collections';
import { outdatedEntries, outdatedTranslationWarnings, TRANSLATED_FIELDS } from './translation-fingerprints';

/** Every file under `dir`, as paths relative to it with "/" between folders. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(dir.length + 1).split(/[\\/]/).join('/'));
}

/** Every problem the check finds in the content folder `dir` (an absolute path, no trailing slash). */
export function contentFolderProblems(dir: string): ContentProblem[] {
  return contentFolderCheck(dir).problems;
}

/**
 * The content folder's problems, and whether any is a file failing its collection's schema: Astro
 * stops at such a file as it starts (`astro dev` included, with a stack trace), where it only logs
 * one saved while the dev server runs.
 */
export function contentFolderCheck(dir: string): { problems: ContentProblem[]; failsSchema: boolean } {
  const files = filesUnder(dir);
  // The YAML files of entries (sources, events, terms, home), where they exist; a missing one is Astro's to report.
  const lists = Object.entries(CONTENT_LOCATIONS).flatMap(([name, location]) =>
    'file' in location && location.file.endsWith('.yaml') && files.includes(location.file) ? [{ file: location.file, fields: ENTRY_FIELDS[name as keyof typeof ENTRY_FIELDS] as EntryFields | undefined }] : [],
  );
  // Explainer pages in either language: their frontmatter's dashes and fields.
  const pages = [CONTENT_LOCATIONS.explainers, CONTENT_LOCATIONS.explainersEs].flatMap((location) =>
    files.filter((file) => file.startsWith(`${location.folder}/`) && isPageFile(location, file)),
  );
  const knownSources = sourceIds(dir, files);
  // Each file read once: several checks below read the same pages.
  const texts = new Map<string, string>();
  const textOf = (file: string): string => texts.get(file) ?? texts.set(file, readFileSync(`${dir}/${file}`, 'utf8')).get(file)!;
  // Two files at one address (x.mdx and x/index.mdx, a page copied into a folder): Astro would publish
  // one and only warn. Named alone: the copy also shares its original's title and place, which says less.
  const clashes = [[CONTENT_LOCATIONS.explainers, 'en'], [CONTENT_LOCATIONS.explainersEs, 'es']] as const;
  const clashing = new Set<string>();
  const slugProblems = clashes.flatMap(([location, locale]) => {
    const inFolder = pages.filter((file) => file.startsWith(`${location.folder}/`)).map((file) => file.slice(location.folder.length + 1));
    for (const group of findDuplicateSlugs(inFolder)) for (const file of group) clashing.add(`${location.folder}/${file}`);
    return slugClashProblems(inFolder, (file) => contentFile(`${location.folder}/${file}`), (slug) => localizePath(`/explainers/${slug}/`, locale));
  });
  const problems = [
    // The files themselves first: a source id used twice, or a list that does not parse, explains what follows.
    ...unreadContentFiles(files),
    // A Spanish file at its page's address twice is named once, as such: not also as a translation of a page that does not exist.
    ...translationsWithoutOriginal(files.filter((file) => !clashing.has(file) || file.startsWith(`${CONTENT_LOCATIONS.explainers.folder}/`))),
    ...lists.flatMap(({ file, fields }) => entryListProblems(contentFile(file), textOf(file), fields)),
    ...unknownSources(textOf, files, pages, knownSources),
    ...unknownPages(textOf, files, pages),
    ...unknownTerms(textOf, files, pages),
    ...translatedEntryProblems(dir, files),
    ...pages.flatMap((file) => {
      const text = textOf(file);
      return [...frontmatterProblems(contentFile(file), text), ...curlyQuotedAttributes(contentFile(file), text), ...unclosedAttributeQuotes(contentFile(file), text), ...unclosedKitTags(contentFile(file), text), ...mdxTextTraps(contentFile(file), text)];
    }),
  ];
  // Each field against its schema, where no check above has named the same field on the same line.
  const named = new Set(problems.flatMap((problem) => locationKey(problem) ?? []));
  const schemaFailures = schemaCheckProblems(textOf, files, pages).filter((problem) => !named.has(locationKey(problem) ?? ''));
  // Published pages of one language, as the checks across pages take them.
  const published = (location: { folder: string }) => pages.filter((file) => file.startsWith(`${location.folder}/`) && !clashing.has(file) && !isDraft(textOf(file))).map((file) => ({ file: contentFile(file), text: textOf(file) }));
  // Two English pages in one place of the reading path (a Spanish page keeps its English page's place).
  const placed = published(CONTENT_LOCATIONS.explainers).flatMap(({ file, text }) => {
    const written = orderLine(text);
    return written === undefined ? [] : [{ file, ...written }];
  });
  const lineOf = new Map(placed.map((page) => [page.file, page.line]));
  const places = sharedPlaces(placed);
  const shared = [
    ...places.map((place) => sharedPlaceProblem(place, [lineOf.get(place.files[0]), lineOf.get(place.files[1])])),
    // And two pages of one language by one name (a copied page keeps the short title of its original).
    ...sharedNames(published(CONTENT_LOCATIONS.explainers)),
    ...sharedNames(published(CONTENT_LOCATIONS.explainersEs)),
  ];
  // A page that fails its schema, or shares its place in the reading path, is named alone: compared
  // with it, its translation would be blamed ("write order: 5 here", copying the taken place).
  const failing = new Set([...schemaFailures.map((problem) => problem.file), ...places.flatMap((place) => place.files)]);
  const all = [
    ...problems,
    ...schemaFailures,
    ...slugProblems,
    ...shared,
    ...translationPairs(files).flatMap(([spanish, english]) => {
      if ([spanish, english].some((file) => failing.has(contentFile(file)))) return [];
      // A quote left open makes a page's notes read as nonsense: named above, it is fixed first.
      if ([spanish, english].some((file) => unclosedAttributeQuotes(contentFile(file), textOf(file)).length)) return [];
      // The English page's own mistakes first, alone: compared with them, its translation would be blamed.
      const own = originalPageProblems(read(dir, english), knownSources);
      return own.length ? own : [...translationFieldProblems(read(dir, spanish), read(dir, english)), ...translationShapeProblems(read(dir, spanish), read(dir, english), knownSources)];
    }),
    ...articleTranslation(dir, files, failing, knownSources),
    ...(files.includes(CONTENT_LOCATIONS.home.file) && !failing.has(contentFile(CONTENT_LOCATIONS.home.file)) ? homeTranslationProblems(contentFile(CONTENT_LOCATIONS.home.file), textOf(CONTENT_LOCATIONS.home.file), knownSources) : []),
  ];
  return { problems: all, failsSchema: schemaFailures.length > 0 };
}

/** The Spanish article page's editor's note against the English one, when both files pass their schemas. */
function articleTranslation(dir: string, files: readonly string[], failing: ReadonlySet<string>, knownSources: ReadonlySet<string> | undefined): ContentProblem[] {
  const { article, articleEs } = CONTENT_LOCATIONS;
  const pair = [articleEs.file, article.file];
  if (pair.some((file) => !files.includes(file) || failing.has(contentFile(file)))) return [];
  return articleTranslationProblems(read(dir, articleEs.file), read(dir, article.file), knownSources);
}

/**
 * A problem's file, line and field ("content/x.mdx:12:updated"), when it names a line: the same
 * mistake found by two checks. The field is the last name in the problem's field ("entry 3 (line
 * 28): reliability" → reliability), so two mistakes on one line are both kept.
 */
const locationKey = (problem: ContentProblem): string | undefined => {
  const at = problemLocation(problem);
  const field = problem.field.replace(/\s*\(line[^)]*\)/g, '').split(/[:,]\s*/).at(-1)?.trim().split(/\s+/)[0];
  return at && `${at.file}:${at.line}:${field}`;
};

/**
 * The schemas as the check before the build reads them: a field that names another collection's
 * entry is text here, its entry checked with its line by unknownSources, unknownPages and unknownTerms.
 */
const SCHEMAS = collectionSchemas({ sources: z.string(), glossary: z.string(), explainers: z.string() });

/** Every content file against its collection's schema (src/lib/schema-problems.ts): pages' frontmatter, the articles', the YAML lists. */
function schemaCheckProblems(text: (file: string) => string, files: readonly string[], pages: readonly string[]): ContentProblem[] {
  const { explainersEs, article, articleEs } = CONTENT_LOCATIONS;
  const page = (file: string, schema: z.ZodType, guide: string, fieldsNamed: boolean) => {
    const yaml = frontmatterYaml(text(file));
    return yaml === undefined ? [] : schemaProblems({ file: contentFile(file), yaml, firstLine: 2, list: false, guide, fieldsNamed }, schema);
  };
  const explainerGuide = 'CONTRIBUTING.md ("Writing an explainer") shows every field with an example';
  // The YAML lists: the collections whose fields ENTRY_FIELDS lists.
  const listFiles = (Object.keys(ENTRY_FIELDS) as (keyof typeof ENTRY_FIELDS)[]).filter((name) => files.includes(CONTENT_LOCATIONS[name].file));
  return [
    ...pages.flatMap((file) => page(file, file.startsWith(`${explainersEs.folder}/`) ? SCHEMAS.explainersEs : SCHEMAS.explainers, explainerGuide, true)),
    ...([[article.file, SCHEMAS.article], [articleEs.file, SCHEMAS.articleEs]] as const).filter(([file]) => files.includes(file)).flatMap(([file, schema]) => page(file, schema, 'src/schemas/collections.ts says what each field of the article holds', false)),
    ...listFiles.flatMap((name) => schemaProblems({ file: contentFile(CONTENT_LOCATIONS[name].file), yaml: text(CONTENT_LOCATIONS[name].file), firstLine: 1, list: true, guide: 'CONTRIBUTING.md ("Data collections") shows every field with an example', fieldsNamed: true }, SCHEMAS[name])),
  ];
}

/**
 * Spanish events and terms against the English ones, by id, before any page renders: an event
 * left untranslated stopped each page that shows the timeline, under its address, several times.
 */
function translatedEntryProblems(dir: string, files: readonly string[]): ContentProblem[] {
  const pairs = [['timeline', 'timelineEs', 'event'], ['glossary', 'glossaryEs', 'term']] as const;
  return pairs.flatMap(([english, spanish, kind]) => {
    const [en, es] = [CONTENT_LOCATIONS[english].file, CONTENT_LOCATIONS[spanish].file];
    if (!files.includes(en) || !files.includes(es)) return [];
    // An English list with a problem of its own (an entry without an id) is named alone: a Spanish entry would look unmatched only because of it.
    if (entryListProblems(contentFile(en), readFileSync(`${dir}/${en}`, 'utf8'), ENTRY_FIELDS[english]).length > 0) return [];
    try {
      const [englishIds, spanishIds] = [en, es].map((file) => entryIds(readFileSync(`${dir}/${file}`, 'utf8')));
      return translationIdProblems(englishIds, spanishIds, contentFile(es), contentFile(en), kind);
    } catch {
      return []; // A file that does not parse is named by entryListProblems.
    }
  });
}

/**
 * Every source id named anywhere in the content that the sources file does not have, by file and
 * line, with the Spanish source texts whose id it does not have: a source renamed or removed is
 * then listed everywhere in one build, not in one stage of the build after another.
 */
function unknownSources(text: (file: string) => string, files: readonly string[], pages: readonly string[], known: ReadonlySet<string> | undefined): ContentProblem[] {
  if (!known) return [];
  const { sources, sourcesEs, article, articleEs, timeline, glossary, home } = CONTENT_LOCATIONS;
  const sourcesFile = contentFile(sources.file);
  const present = (list: readonly string[]) => list.filter((file) => files.includes(file));
  // An entry copied over another: the id it replaced is now unknown where it is used, which says nothing of the copy.
  const reused = reusedIds(text(sources.file)).map(({ id, lines }) => `; ${sourcesFile} gives "${id}" to ${lines.length} entries (lines ${lines.join(', ')}): if one of them is this source, give it back its id`).join('');
  const check = (file: string, ids: (text: string) => string[], whereIs?: (text: string, id: string) => string[]) => {
    const written = text(file);
    return unknownSourceIds(contentFile(file), written, ids(written), known, sourcesFile, whereIs, reused);
  };
  return [
    ...present([timeline.file, glossary.file, home.file]).flatMap((file) => check(file, sourceIdsInList, entryLines)),
    ...present([article.file, articleEs.file, ...pages]).flatMap((file) => check(file, sourceIdsInPage)),
    ...(files.includes(sourcesEs.file) ? sourceTextProblems(text(sources.file), text(sourcesEs.file)) : []),
  ];
}

/**
 * Every explainer slug named anywhere in the content (events, the article's context, links in the
 * pages in both languages) that no page file has, or that is a draft, by file and line: a page
 * renamed, removed or set back to draft is then listed everywhere in one build.
 */
function unknownPages(text: (file: string) => string, files: readonly string[], pages: readonly string[]): ContentProblem[] {
  const { explainers, explainersEs, article, articleEs, timeline } = CONTENT_LOCATIONS;
  const filesIn = (location: { folder: string }) => pages.filter((file) => file.startsWith(`${location.folder}/`));
  const slugOf = (location: { folder: string }, file: string) => slugForPath(file.slice(location.folder.length + 1));
  const slugsIn = (location: { folder: string }, only = (_: string) => true) => new Set(filesIn(location).filter(only).map((file) => slugOf(location, file)));
  const drafts = { en: slugsIn(explainers, (file) => isDraft(text(file))), es: slugsIn(explainersEs, (file) => isDraft(text(file))) };
  const known = { en: slugsIn(explainers), es: slugsIn(explainersEs), drafts };
  const events = files.includes(timeline.file) ? text(timeline.file) : '';
  return [
    ...unknownPageSlugs(contentFile(timeline.file), 'explainer', eventSlugs(events), known.en, (slug) => eventSlugLines(events, slug), drafts.en),
    ...[article.file, articleEs.file].filter((file) => files.includes(file)).flatMap((file) => {
      const written = text(file);
      return [...unknownPageSlugs(contentFile(file), 'context', contextSlugs(written), known.en, (slug) => contextSlugLines(written, slug), drafts.en), ...unknownLinkedPages(contentFile(file), written, known)];
    }),
    ...pages.flatMap((file) => unknownLinkedPages(contentFile(file), text(file), known)),
  ];
}

/** Every glossary id a page names (its `terms:` and `<Term id>`) that the glossary does not have, by file and line. */
function unknownTerms(text: (file: string) => string, files: readonly string[], pages: readonly string[]): ContentProblem[] {
  const { glossary, glossaryEs } = CONTENT_LOCATIONS;
  if (!files.includes(glossary.file)) return [];
  const known = new Set(safeEntryIds(text(glossary.file)));
  // A glossary that does not parse, or has no entry yet, is named by its own check.
  if (!known.size) return [];
  return pages.flatMap((file) => {
    const written = text(file);
    return unknownTermIds(contentFile(file), written, termIdsInPage(written), known, contentFile(glossary.file), contentFile(glossaryEs.file));
  });
}

/**
 * The Spanish source texts against the English sources (translateSources): a note, or a [described]
 * title, without its Spanish text, and an entry for a source there is not. It was found as the first
 * Spanish page rendered, and printed three times, once under the address of a page that has nothing
 * to do with it.
 */
function sourceTextProblems(englishText: string, spanishText: string): ContentProblem[] {
  const texts = (list: unknown) => (Array.isArray(list) ? list : []).flatMap((entry) => {
    if (!entry || typeof entry !== 'object' || typeof entry.id !== 'string') return []; // named by entryListProblems
    const text = (field: string) => (typeof entry[field] === 'string' ? (entry[field] as string) : undefined);
    return [{ id: entry.id as string, publisher: text('publisher'), title: text('title'), dateNote: text('dateNote'), urlNote: text('urlNote'), note: text('note') }];
  });
  const [english, spanish] = [parsed(englishText), parsed(spanishText)];
  if (english === undefined || spanish === undefined) return [];
  // A source id used twice is named alone (entryListProblems): compared with either entry, the Spanish text would look wrong.
  const ids = texts(english).map((source) => source.id);
  if (new Set(ids).size !== ids.length) return [];
  return translateSources(texts(english).map((source) => ({ ...source, publisher: source.publisher ?? '' })), texts(spanish), contentFile(CONTENT_LOCATIONS.sourcesEs.file)).problems;
}

/** A list file's ids, or none when it does not parse (entryListProblems names that). */
function safeEntryIds(text: string): string[] {
  try {
    return entryIds(text);
  } catch {
    return [];
  }
}

/** The ids in the sources file, when it exists and parses; undefined otherwise (its own check reports it). */
function sourceIds(dir: string, files: readonly string[]): ReadonlySet<string> | undefined {
  const file = CONTENT_LOCATIONS.sources.file;
  if (!files.includes(file)) return undefined;
  try {
    return new Set(entryIds(readFileSync(`${dir}/${file}`, 'utf8')));
  } catch {
    return undefined;
  }
}

/**
 * The build's warnings about the Spanish edition (translationReport: an English explainer with no
 * Spanish page, or a newer one than its Spanish page), from the files in `dir`, drafts left out.
 */
export function translationWarnings(dir: string): string[] {
  const files = filesUnder(dir);
  const pagesIn = (location: (typeof CONTENT_LOCATIONS)['explainers' | 'explainersEs']) =>
    files
      .filter((file) => file.startsWith(`${location.folder}/`) && isPageFile(location, file))
      .flatMap((file) => {
        // Two top-level fields, by line (updatedDay, isDraft).
        const text = readFileSync(`${dir}/${file}`, 'utf8');
        const updated = updatedDay(text);
        return updated && !isDraft(text) ? [{ slug: slugForPath(file.slice(location.folder.length + 1)), file: contentFile(file), updated }] : [];
      });
  return [
    ...translationReport(pagesIn(CONTENT_LOCATIONS.explainers), pagesIn(CONTENT_LOCATIONS.explainersEs), { english: CONTENT_FILES.explainers, spanish: CONTENT_FILES.explainersEs }).warnings,
    ...staleArticleTranslation(dir, files),
    ...outdatedListTranslations(dir, files),
  ];
}

/** A page's top-level `updated:` day, read by its line: a parse of every page's frontmatter would slow a 1,000-page build. */
const updatedDay = (text: string): Date | undefined => parseIsoDay(/^updated:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1]);

/** The Spanish article page, when the English article page was updated after it (their `updated:` dates). */
export function staleArticleTranslation(dir: string, files: readonly string[] = filesUnder(dir)): string[] {
  const { article, articleEs } = CONTENT_LOCATIONS;
  if (!files.includes(article.file) || !files.includes(articleEs.file)) return [];
  const [english, spanish] = [article.file, articleEs.file].map((file) => updatedDay(readFileSync(`${dir}/${file}`, 'utf8')));
  if (!english || !spanish || english <= spanish) return [];
  return [`${contentFile(articleEs.file)} is stale: the English article page (${contentFile(article.file)}) was updated later, its editor's note most likely. Update the translation and its \`updated\` date; npm test (so CI) fails until then.`];
}

/**
 * The Spanish events, terms and source texts whose English text changed since they were brought
 * up to date, or that do not yet say which English text they translate (translation-fingerprints.ts).
 */
export function outdatedListTranslations(dir: string, files: readonly string[] = filesUnder(dir)): string[] {
  const pairs = [['timeline', 'timelineEs'], ['glossary', 'glossaryEs'], ['sources', 'sourcesEs']] as const;
  return pairs.flatMap(([english, spanish]) => {
    const [en, es] = [CONTENT_LOCATIONS[english].file, CONTENT_LOCATIONS[spanish].file];
    if (!files.includes(en) || !files.includes(es)) return [];
    const [englishText, spanishText] = [en, es].map((file) => readFileSync(`${dir}/${file}`, 'utf8'));
    // A list that does not parse is named by the checks before the build.
    const [englishList, spanishList] = [englishText, spanishText].map((text) => parsed(text));
    if (!Array.isArray(englishList) || !Array.isArray(spanishList)) return [];
    const outdated = outdatedEntries(englishList, spanishList, TRANSLATED_FIELDS[english]);
    return outdatedTranslationWarnings(outdated, { file: contentFile(es), text: spanishText, englishFile: contentFile(en), englishText });
  });
}

/** A file under `dir` as the checks take it: its name from the project root, and its text. */
const read = (dir: string, file: string) => ({ file: contentFile(file), text: readFileSync(`${dir}/${file}`, 'utf8') });

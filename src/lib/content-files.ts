/**
 * Where each kind of content lives under `content/`, for the collections in
 * src/content.config.ts (their loaders are built from this), and the check
 * that nothing else is there. A file no collection reads never reaches the
 * site, and nothing would tell the editor who wrote it: events added in a new
 * `content/timeline/2027.yaml`, or an explainer saved as `.md`, would vanish
 * without a word. So a build with such a file fails, naming it and where its
 * content goes.
 *
 * Each YAML file is a list of entries with an id apiece, which Astro's loader
 * reads leniently: it skips an entry with no id, keeps the last of two with
 * the same id, and reads nothing from a file with a syntax error, each with
 * one log line and the build going on. A duplicated source id would put one
 * source's title under another's citations. So these fail the build too,
 * with the line.
 *
 * Names starting with `_` are kept out of the site on purpose (notes, work in
 * progress); names starting with `.` (`.DS_Store`) or ending with `~` (an
 * editor's backup) are the system's.
 */
import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument } from 'yaml';
import { listedAtProblem, PARTIAL_DATE_PATTERN, parseIsoDay, toIsoDate } from './dates';
import { nearestName, suggest } from './edit-distance';
import { joinWords } from './word-list';
import type { ContentProblem } from './errors';
import { TOPIC_IDS } from '../schemas/topics';

/** A folder of pages, one file each (any depth), or one file holding a list of entries. */
export type ContentLocation = { folder: string; extension: '.mdx'; what: string } | { file: string; what: string };

/** Every place content is read from, relative to `content/`, by collection name. */
export const CONTENT_LOCATIONS = {
  explainers: { folder: 'explainers', extension: '.mdx', what: 'explainer pages, one MDX file each' },
  explainersEs: { folder: 'es/explainers', extension: '.mdx', what: 'Spanish explainer pages, named as their English page' },
  sources: { file: 'sources/sources.yaml', what: 'every source, one entry each' },
  sourcesEs: { file: 'es/sources/sources.yaml', what: 'Spanish text of the sources' },
  article: { file: 'article/article.md', what: 'the source article' },
  articleEs: { file: 'es/article/article.md', what: 'the Spanish article page' },
  timeline: { file: 'timeline/events.yaml', what: 'every dated event' },
  timelineEs: { file: 'es/timeline/events.yaml', what: 'Spanish text of the events' },
  glossary: { file: 'glossary/terms.yaml', what: 'every glossary term' },
  glossaryEs: { file: 'es/glossary/terms.yaml', what: 'Spanish definitions of the terms' },
  home: { file: 'home/home.yaml', what: 'the home page' },
} as const satisfies Record<string, ContentLocation>;

/** The folder content is read from, as the collections' loaders want it. */
export const CONTENT_ROOT = './content';

/** A location as messages name it, from the project root: "content/timeline/events.yaml". */
export const contentFile = (path: string) => `content/${path}`;

/** Each location as messages name it: `CONTENT_FILES.sources` is "content/sources/sources.yaml", `CONTENT_FILES.explainers` "content/explainers". */
export const CONTENT_FILES = Object.fromEntries(
  Object.entries(CONTENT_LOCATIONS).map(([name, location]) => [name, contentFile('file' in location ? location.file : location.folder)]),
) as { readonly [Name in keyof typeof CONTENT_LOCATIONS]: string };

/** The path of a location for a loader: "./content/timeline/events.yaml". */
export const contentPath = (path: string) => `${CONTENT_ROOT}/${path}`;

/** Splits a file location into the folder and name a glob loader takes (for Markdown bodies). */
export const globOfFile = (file: string) => ({ base: contentPath(file.slice(0, file.lastIndexOf('/'))), pattern: file.slice(file.lastIndexOf('/') + 1) });

/** The glob a folder location's loader uses: every page file, at any depth, except `_` names. */
export const globOfFolder = (location: { folder: string; extension: string }) => ({ base: contentPath(location.folder), pattern: `**/[^_]*${location.extension}` });

const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Whether a folder location's loader reads `path` (relative to the folder) as a page: what globOfFolder matches. */
export const isPageFile = (location: { extension: string }, path: string) => path.endsWith(location.extension) && !nameOf(path).startsWith('_');

/** Whether a location reads `path` (relative to content/, with "/"). */
function reads(location: ContentLocation, path: string): boolean {
  if ('file' in location) return path === location.file;
  return path.startsWith(`${location.folder}/`) && path.endsWith(location.extension);
}

/** What an editor should do with a file no location reads. */
function fixFor(path: string, locations: readonly ContentLocation[]): string {
  const keepOut = `or start its name with _ to keep it out of the site`;
  const folder = locations.find((location): location is Extract<ContentLocation, { folder: string }> => 'folder' in location && path.startsWith(`${location.folder}/`));
  if (folder) {
    const name = nameOf(path);
    const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
    return `${folder.what}: rename it to ${stem}${folder.extension}, ${keepOut}`;
  }
  const sameFolder = locations.find((location): location is Extract<ContentLocation, { file: string }> => 'file' in location && folderOf(location.file) === folderOf(path));
  if (sameFolder) return `${contentFile(sameFolder.file)} holds ${sameFolder.what}, and is the only file read in ${contentFile(folderOf(path))}/: move its entries there, ${keepOut}`;
  const places = locations.map((location) => ('file' in location ? contentFile(location.file) : `${contentFile(location.folder)}/*${location.extension}`));
  return `move its content to where that kind goes (${places.join(', ')}), ${keepOut}`;
}

/**
 * Problems for the files under `content/` that no location reads. `files`
 * are paths relative to `content/`, with "/" between folders.
 */
export function unreadContentFiles(files: readonly string[], locations: readonly ContentLocation[] = Object.values(CONTENT_LOCATIONS)): ContentProblem[] {
  return files
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')) && !nameOf(path).startsWith('_') && !path.endsWith('~'))
    .filter((path) => !locations.some((location) => reads(location, path)))
    .sort()
    .map((path) => ({
      file: contentFile(path),
      field: '(the file itself)',
      found: 'a file that no content collection reads, so nothing in it would appear on the site',
      fix: fixFor(path, locations),
    }));
}

/** A YAML line whose value is a date written YYYY-MM-DD, quoted or not: `updated: 2026-02-31`, `- date: '2025-06-31'`. */
const DATE_LINE = /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:\s*(["']?)(\d{4})-(\d{2})-(\d{2})\2\s*(?:#.*)?$/;

/**
 * Dates in YAML (`lines`, the first of them line `firstLine` of `file`) that are no day of the
 * calendar, such as 2026-02-31. Unquoted, YAML reads one as a Date and rolls it over (3 March),
 * so the page would show a day nobody wrote; quoted, the schema rejects it without the line.
 */
export function impossibleDates(file: string, lines: readonly string[], firstLine = 1): ContentProblem[] {
  return lines.flatMap((line, index) => {
    const match = DATE_LINE.exec(line);
    if (!match) return [];
    const [, field, , year, month, day] = match;
    const written = `${year}-${month}-${day}`;
    if (parseIsoDay(written)) return [];
    const rolled = toIsoDate(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))));
    return [{
      file,
      field: `${field} (line ${firstLine + index})`,
      found: `${written}, which is not a day of the calendar (YAML would quietly read it as ${rolled})`,
      fix: 'check the day and the month: dates are written YYYY-MM-DD, e.g. 2026-02-28',
    }];
  });
}

/** A line of YAML that gives a key its value on the same line: its indent and any "- ", the key, the value. */
const KEY_LINE = /^(\s*(?:-\s+)?)([A-Za-z_][\w-]*):[ \t]+(\S.*)$/;

/**
 * Unquoted text in YAML (`lines`, the first of them line `firstLine` of `file`) that YAML reads
 * otherwise than it was written: ": " inside it, which YAML cannot read (Astro's message for a
 * page is "bad indentation of a mapping entry", with no word of quotes), and " #", from which
 * YAML silently drops the rest as a comment ("Corrected in issue #3" keeps "Corrected in issue").
 * Lines inside a block of text (after > or |) are free text, and not checked.
 */
export function unquotedTextProblems(file: string, lines: readonly string[], firstLine = 1): ContentProblem[] {
  let blockIndent: number | undefined;
  return lines.flatMap((line, index) => {
    const indent = line.length - line.trimStart().length;
    if (blockIndent !== undefined && (line.trim() === '' || indent > blockIndent)) return [];
    blockIndent = undefined;
    const match = KEY_LINE.exec(line);
    if (!match) return [];
    const [, lead, key, value] = match;
    // The block's lines are indented past its key ("- " included); the next key of the entry is not.
    if (/^[>|]/.test(value)) blockIndent = lead.length;
    if (/^["'[{>|&*!%@`#]/.test(value)) return [];
    const fix = `put the whole value in double quotes (${key}: "…", a " inside it written as \\"), or write >- after ${key}: and the text on the lines below it, indented`;
    const where = { file, field: `${key} (line ${firstLine + index})` };
    if (/:(\s|$)/.test(value)) return [{ ...where, found: `unquoted text with ": " in it, which YAML cannot read: ${value}`, fix }];
    const comment = /\s#/.exec(value);
    if (comment) return [{ ...where, found: `unquoted text with " #" in it: YAML would drop "${value.slice(comment.index).trim()}" as a comment`, fix }];
    return [];
  });
}

/**
 * Lines of YAML (`lines`, the first of them line `firstLine` of `file`) indented with a tab, which
 * YAML does not allow: its parsers say "tab characters must not be used in indentation" with a
 * stack trace, or "Unexpected scalar at node end", neither naming the fix. An editor whose editor
 * inserts tabs cannot see the difference.
 */
export function tabIndentedLines(file: string, lines: readonly string[], firstLine = 1): ContentProblem[] {
  return lines.flatMap((line, index) =>
    /^ *\t/.test(line) ? [{ file, field: `line ${firstLine + index}`, found: 'indented with a tab, which YAML does not allow', fix: 'indent with spaces only, as the lines around it are (set your editor to insert spaces for the Tab key)' }] : [],
  );
}

/**
 * Problems with a YAML file of entries (`file`, relative to the project, with
 * its `text`): a syntax error, anything but a list of entries (an empty file
 * too), an entry without an id, or an id used twice. Each names the line.
 */
export function entryListProblems(file: string, text: string, fields?: EntryFields): ContentProblem[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const [error] = document.errors;
  // Unquoted text with ": " is the usual cause, which the YAML parser words as "Nested mappings are
  // not allowed in compact mappings": named as such, with its field, line and the fix.
  const unquoted = error ? unquotedTextProblems(file, text.split(/\r?\n/)).filter((problem) => problem.found.includes('": "')) : [];
  if (unquoted.length) return unquoted;
  // A tab in the indentation, which the parser words as "Unexpected scalar at node end".
  const tabs = error ? tabIndentedLines(file, text.split(/\r?\n/)) : [];
  if (tabs.length) return tabs;
  if (error) {
    const at = error.linePos?.[0];
    return [{
      file,
      field: at ? `line ${at.line}, column ${at.col}` : '(YAML syntax)',
      found: `a YAML syntax error: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      fix: 'check the indentation, quotes and brackets there (a value with a colon or # needs quotes); nothing in the file is read until it parses',
    }];
  }
  const list = document.contents;
  if (list === null || (isSeq(list) && list.items.length === 0)) return [{ file, field: '(the file itself)', found: 'no entries', fix: 'list at least one entry; if the file was emptied by mistake, restore it with git' }];
  if (!isSeq(list)) return [{ file, field: '(the file itself)', found: 'not a list of entries', fix: 'write each entry as an item of a list, starting "- id: …", as the rest of the file does' }];
  const problems: ContentProblem[] = [...impossibleDates(file, text.split(/\r?\n/)), ...unquotedTextProblems(file, text.split(/\r?\n/))];
  const firstLine = new Map<string, number>();
  list.items.forEach((item, index) => {
    const line = lines.linePos(item.range[0]).line;
    const id = isMap(item) ? item.get('id') : undefined;
    if ((typeof id !== 'string' && typeof id !== 'number') || String(id).trim() === '') {
      problems.push({ file, field: `entry ${index + 1} (line ${line}): id`, found: 'an entry without an id, which would be left out of the site', fix: 'give it an id: lowercase words joined by hyphens, used by no other entry in the file' });
      return;
    }
    const earlier = firstLine.get(String(id));
    if (earlier === undefined) firstLine.set(String(id), line);
    else problems.push({ file, field: `entry ${index + 1} (line ${line}): id`, found: `"${id}", which the entry at line ${earlier} already uses: only one of them would be kept, and every use of the id would show that one`, fix: 'give each entry its own id' });
    if (!fields || !isMap(item)) return;
    // Astro reports these as "publisher**: **publisher: Required", with no line. A field misspelt
    // is named once, at its own line, with the name to write: not also as the field it lacks.
    const pairs = item.items.map((pair) => ({ key: String((pair.key as { value?: unknown } | null)?.value ?? pair.key), line: isScalar(pair.key) && pair.key.range ? lines.linePos(pair.key.range[0]).line : line }));
    const keys = pairs.map((pair) => pair.key);
    const known = [...fields.required, ...fields.optional];
    const absent = fields.required.filter((name) => !keys.includes(name));
    const misspelt = new Map(pairs.filter((pair) => !known.includes(pair.key)).map((pair) => [pair.key, absent.find((name) => nearestName(pair.key, [name]))]));
    for (const key of absent.filter((name) => ![...misspelt.values()].includes(name))) {
      problems.push({ file, field: `entry ${index + 1} (line ${line}): ${key}`, found: `"${id}" has no ${key}`, fix: `add ${key}: to the entry; CONTRIBUTING.md ("Data collections") says what each field holds` });
    }
    for (const { key, line: keyLine } of pairs.filter((pair) => !known.includes(pair.key))) {
      const meant = misspelt.get(key);
      problems.push(meant
        ? { file, field: `entry ${index + 1} (line ${keyLine}): ${key}`, found: `"${key}" is not a field this file's entries have, and "${id}" has no ${meant}`, fix: `write ${meant}: (the field's name), not ${key}:` }
        : { file, field: `entry ${index + 1} (line ${keyLine}): ${key}`, found: `"${key}" is not a field this file's entries have${suggest(key, known)}`, fix: `remove it, or use one of: ${known.join(', ')}` });
    }
    // A timeline event's listedAt must fall within its month or year (dates.ts), or the timeline
    // would list it out of order. A day no calendar has is named above (impossibleDates); a date
    // that is no date at all ("June 2025") by the schema, and no day is within it.
    const [date, listedAt] = [item.get('date'), item.get('listedAt')].map((value) => (value === undefined ? undefined : String(value)));
    const misplaced = date === undefined || listedAt === undefined || !parseIsoDay(listedAt) || !PARTIAL_DATE_PATTERN.test(date) ? undefined : listedAtProblem({ date, listedAt });
    if (misplaced) {
      const fix = date!.length === 10 ? 'remove listedAt: an event dated to the day is listed at its day' : `give a day within ${date} (YYYY-MM-DD), the day its note dates it by, or remove listedAt`;
      problems.push({ file, field: `entry ${index + 1} (line ${line}): listedAt`, found: `"${id}": ${misplaced}`, fix });
    }
  });
  return problems;
}

/** The fields an entry of a YAML list must and may have. */
export interface EntryFields {
  required: readonly string[];
  optional: readonly string[];
}

/**
 * The fields of each YAML list's entries, so the build can name a missing or misspelt one with its
 * line before Astro reads the file. Each collection's schema in src/schemas/collections.ts checks, when
 * it loads, that its list here is its own (as EXPLAINER_FIELDS for the pages).
 */
export const ENTRY_FIELDS = {
  sources: { required: ['id', 'publisher', 'title', 'date', 'language', 'group', 'reliability'], optional: ['dateNote', 'url', 'urlNote', 'note'] },
  sourcesEs: { required: ['id'], optional: ['publisher', 'title', 'dateNote', 'urlNote', 'note', 'translates'] },
  timeline: { required: ['id', 'date', 'event', 'cite'], optional: ['dateNote', 'listedAt', 'places', 'explainer'] },
  timelineEs: { required: ['id', 'event'], optional: ['dateNote', 'places', 'translates'] },
  glossary: { required: ['id', 'term', 'definition', 'cite'], optional: ['expansion', 'lang'] },
  glossaryEs: { required: ['id', 'definition'], optional: ['term', 'translates'] },
  home: { required: ['id', 'kicker', 'heading', 'intro', 'situationHeading', 'situation', 'readArticle', 'pathHeading', 'pathIntro', 'sourcesHeading'], optional: [] },
} as const satisfies Partial<Record<keyof typeof CONTENT_LOCATIONS, EntryFields>>;

/**
 * The frontmatter fields of an explainer, in either language. The explainer schema in
 * src/schemas/collections.ts checks, when it loads, that this list is its own, so the two cannot
 * drift apart; the list exists so that the build can check a page's fields before Astro does,
 * and say in plain words what is missing or misspelt.
 */
export const EXPLAINER_FIELDS = {
  required: ['title', 'summary', 'order', 'topics', 'updated', 'reviewed', 'sources', 'takeaways', 'brief', 'changelog'],
  optional: ['shortTitle', 'terms', 'draft'],
} as const;

const EXAMPLE = 'CONTRIBUTING.md ("Writing an explainer") shows every field with an example';

/** A page's lines, and the index of the line of dashes that closes its frontmatter (-1: none; undefined: no frontmatter at all). */
function frontmatterLines(text: string): { lines: string[]; close: number } | undefined {
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return undefined;
  return { lines, close: lines.findIndex((line, index) => index > 0 && line.trim() === '---') };
}

/**
 * Problems with the frontmatter block of a page (`file`, with its `text`) that Astro reports
 * badly or not at all: no opening or closing `---` (Astro then lists every field as "Required"),
 * a field missing, or a field the page cannot have (Astro prints "****: Unrecognized key").
 */
export function frontmatterProblems(file: string, text: string, fields: { required: readonly string[]; optional: readonly string[] } = EXPLAINER_FIELDS): ContentProblem[] {
  const block = frontmatterLines(text);
  if (!block) {
    return [{ file, field: 'frontmatter', found: 'the file does not start with a line of three dashes (---)', fix: `start it with ---, then the fields, then another ---; ${EXAMPLE}` }];
  }
  const { lines, close } = block;
  if (close === -1) {
    return [{ file, field: 'frontmatter', found: 'no line of three dashes (---) after the fields', fix: 'add a line with --- after the last field, before the text begins' }];
  }
  // The top-level keys: in YAML only they start a line at its first column (a value's own lines are
  // indented). A line scan, not a parse: the check runs on every page of a 1,000-page site, and a
  // YAML syntax error is Astro's to report, with its line and column.
  const present = lines.slice(1, close).flatMap((line) => /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1] ?? []);
  const known = new Set<string>([...fields.required, ...fields.optional]);
  const problems: ContentProblem[] = [...impossibleDates(file, lines.slice(1, close), 2), ...unquotedTextProblems(file, lines.slice(1, close), 2)];
  // YAML cannot read frontmatter with a tab in its indentation, which the schema check names by line
  // (tabIndentedLines): its fields, tabbed or not, are not told apart here, nor named as missing.
  if (lines.slice(1, close).some((line) => /^ *\t/.test(line))) return problems;
  const unknown = present.filter((field) => !known.has(field));
  for (const field of fields.required) {
    // A field misspelt ("sumary") is named below, with the name to write: not also as missing.
    if (!present.includes(field) && !unknown.some((written) => nearestName(written, [field]))) problems.push({ file, field, found: 'missing', fix: `add ${field}: to the frontmatter; ${EXAMPLE}` });
  }
  for (const field of present) {
    if (!known.has(field)) {
      problems.push({ file, field, found: `"${field}" is not a field an explainer has${suggest(field, known)}`, fix: `remove it, or use one of: ${[...known].join(', ')}` });
    }
  }
  return problems;
}


/**
 * The ids of a YAML list of entries (sources, events, terms), in the order the file gives them; an
 * entry without a text id is left out, and a file that is not a list has none. Throws on YAML
 * that does not parse, which entryListProblems reports.
 */
export function entryIds(text: string): string[] {
  const entries: unknown = parse(text);
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry) => (entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string' ? [(entry as { id: string }).id] : []));
}

/**
 * The frontmatter of a page as an object, or undefined if it has none or it does not parse (then
 * frontmatterProblems, or Astro, reports it). A parse, unlike frontmatterProblems' line scan: it
 * runs only for the pages that have a translation.
 */
export function frontmatterOf(text: string): Record<string, unknown> | undefined {
  const block = frontmatterLines(text);
  if (!block || block.close === -1) return undefined;
  try {
    const data: unknown = parse(block.lines.slice(1, block.close).join('\n'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Two pages that take the same place in the reading path, and the next place no page takes. */
export interface SharedPlace {
  order: number;
  files: [string, string];
  free: number;
}

/**
 * Pages (`file`, `order`) that take the same place in the reading path: each page after the first
 * with its place, paired with that first one. Named before the build starts (a new page is most
 * often a copy of another, order and all), and as pages render under `astro dev`.
 */
export function sharedPlaces(pages: readonly { file: string; order: number }[]): SharedPlace[] {
  const free = Math.max(0, ...pages.map((page) => page.order)) + 1;
  const first = new Map<number, string>();
  return pages.flatMap(({ file, order }) => {
    const other = first.get(order);
    if (other === undefined) first.set(order, file);
    return other === undefined ? [] : [{ order, files: [other, file] as [string, string], free }];
  });
}

/** A page's place in the reading path and the line it is written on, from its `order:` line (the schema checks what it holds), or undefined. */
export function orderLine(text: string): { order: number; line: number } | undefined {
  const block = frontmatterLines(text);
  if (!block || block.close === -1) return undefined;
  const at = block.lines.slice(1, block.close).findIndex((line) => /^order:\s*["']?\d+["']?\s*(?:#.*)?$/.test(line));
  return at === -1 ? undefined : { order: Number(/\d+/.exec(block.lines[at + 1])![0]), line: at + 2 };
}

/** A one-line frontmatter field's text and line (quotes taken off), or undefined: a value folded over lines (>-) is not read. */
function oneLineField(text: string, field: string): { value: string; line: number } | undefined {
  const block = frontmatterLines(text);
  if (!block || block.close === -1) return undefined;
  const pattern = new RegExp(`^${field}:\\s*(.*?)\\s*$`);
  const at = block.lines.slice(1, block.close).findIndex((line) => pattern.test(line));
  if (at === -1) return undefined;
  const value = pattern.exec(block.lines[at + 1])![1].replace(/^(["'])(.*)\1$/, '$2').trim();
  return value && !/^[>|]/.test(value) ? { value, line: at + 2 } : undefined;
}

/**
 * Pages (`file`, `text`, of one language) that go by the same name: the same title, or the same
 * short title (the title where none is given), which the reading path, the contents, the sources'
 * "Cited in" and search show. A new page copied from another and given a new title keeps the old
 * short title. Each pair is named once, with both lines.
 */
export function sharedNames(pages: readonly { file: string; text: string }[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const field of ['title', 'shortTitle'] as const) {
    const first = new Map<string, { file: string; line: number }>();
    for (const { file, text } of pages) {
      const title = oneLineField(text, 'title');
      const name = field === 'title' ? title : oneLineField(text, 'shortTitle') ?? (title && { ...title, line: title.line });
      if (!name) continue;
      const key = name.value.toLowerCase();
      const other = first.get(key);
      if (!other) {
        first.set(key, { file, line: name.line });
        continue;
      }
      problems.push({
        file: `${other.file} and ${file}`,
        field: `${field} (line ${other.line} and line ${name.line})`,
        found: `both pages go by "${name.value}"${field === 'shortTitle' ? ' in the reading path and the contents' : ''}`,
        fix: `give each page its own ${field}: readers would see two pages under one name`,
      });
    }
  }
  // The same title names the same pair twice (once as a title, once as the short title it stands for): once is enough.
  return problems.filter((problem, index) => problems.findIndex((other) => other.file === problem.file) === index);
}

/** Two pages in one place of the reading path, as a problem: both files, the place and the next free one; `lines`, where their `order:` is written, when known. */
export function sharedPlaceProblem({ order, files, free }: SharedPlace, lines?: [number | undefined, number | undefined]): ContentProblem {
  return {
    file: files.join(' and '),
    field: lines?.every((line) => line !== undefined) ? `order (line ${lines.join(' and line ')})` : 'order',
    found: `both take position ${order} in the reading path`,
    fix: `give each page its own order; ${free} is the next free one`,
  };
}

/** Fields a translation keeps as in its English page: its place in the reading path, and what it cites and files under. */
export const KEPT_IN_TRANSLATION = ['order', 'topics', 'sources', 'terms'] as const;

/** A kept field as it is written in YAML, for comparing and naming: "7", or a list sorted ("[diplomacy, migration]"); '' when absent. */
function keptValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return `[${value.map((item) => String(item).trim()).sort().join(', ')}]`;
  return String(value).trim();
}

/**
 * A Spanish explainer whose `order`, `topics`, `sources` or `terms` differ from its English page's,
 * each field with both values. Checked before the build starts, from the files: found while pages
 * render, it would be printed under whichever page happened to render first, and more than once.
 */
export function translationFieldProblems(spanish: { file: string; text: string }, english: { file: string; text: string }): ContentProblem[] {
  const translation = frontmatterOf(spanish.text);
  const original = frontmatterOf(english.text);
  if (!translation || !original) return [];
  return KEPT_IN_TRANSLATION.flatMap((field): ContentProblem[] => {
    const value = keptValue(translation[field]);
    const expected = keptValue(original[field]);
    if (value === expected) return [];
    // A topic no page may have is the English page's mistake: copying it here would fix nothing.
    const unknownTopics = field === 'topics' && Array.isArray(original.topics) ? original.topics.map(String).filter((topic) => !(TOPIC_IDS as readonly string[]).includes(topic)) : [];
    if (unknownTopics.length) {
      return unknownTopics.map((topic) => ({
        file: english.file,
        field,
        found: `"${topic}" is not a topic${suggest(topic, TOPIC_IDS)}`,
        fix: `use one of ${TOPIC_IDS.join(', ')} (src/schemas/topics.ts); its Spanish page keeps the same`,
      }));
    }
    // Two lists: the ids that differ, not both lists (a page cites up to 80 sources).
    if (Array.isArray(translation[field]) && Array.isArray(original[field]) && value !== '[]' && expected !== '[]') {
      const [mine, theirs] = [translation[field], original[field]].map((list) => new Set((list as unknown[]).map((item) => String(item).trim())));
      const lacking = [...theirs].filter((id) => !mine.has(id));
      const extra = [...mine].filter((id) => !theirs.has(id));
      const found = [lacking.length ? `no ${joinWords(lacking, 'and')}, which ${english.file} lists` : '', extra.length ? `${joinWords(extra, 'and')}, which ${english.file} does not list` : ''].filter(Boolean).join('; ');
      const change = [lacking.length ? `add ${joinWords(lacking, 'and')}` : '', extra.length ? `remove ${joinWords(extra, 'and')}` : ''].filter(Boolean).join(' and ');
      return [{ file: spanish.file, field, found, fix: `a translation keeps ${field} as in English: if the English page is right, ${change} here; if not, correct it first, then this page to match` }];
    }
    return [{
      file: spanish.file,
      field,
      found: `${value || '(none)'}, where ${english.file} has ${expected || '(none)'}`,
      fix: `a translation keeps ${field} as in English: if the English page is right, ${expected ? `write ${field}: ${expected}` : `remove ${field}:`} here; if not, correct it first, then this page to match`,
    }];
  });
}

/**
 * Each Spanish explainer page in `files` (paths under `content/`), with the English page it
 * translates: the same file name under the English folder, which `files` may or may not hold.
 */
function spanishPages(files: readonly string[]): { file: string; original: string; exists: boolean }[] {
  const { explainers: english, explainersEs: spanish } = CONTENT_LOCATIONS;
  const present = new Set(files);
  return files
    .filter((file) => file.startsWith(`${spanish.folder}/`) && isPageFile(spanish, file))
    .map((file) => {
      const original = `${english.folder}${file.slice(spanish.folder.length)}`;
      return { file, original, exists: present.has(original) };
    });
}

/**
 * Spanish explainers with no English page of the same file name (`files` as under `content/`).
 * Checked before the build starts: found later, while pages render, the problem would be printed
 * under whichever page happened to render first.
 */
export function translationsWithoutOriginal(files: readonly string[]): ContentProblem[] {
  const englishFolder = `${CONTENT_LOCATIONS.explainers.folder}/`;
  const englishNames = files.filter((file) => file.startsWith(englishFolder) && isPageFile(CONTENT_LOCATIONS.explainers, file)).map((file) => file.slice(englishFolder.length));
  return spanishPages(files)
    .filter((page) => !page.exists)
    .map(({ file, original }) => ({
      file: contentFile(file),
      field: 'file name',
      found: `no English page ${contentFile(original)}${suggest(original.slice(englishFolder.length), englishNames)}`,
      fix: `a translation takes its English page's file name: rename it to match one in ${contentFile(CONTENT_LOCATIONS.explainers.folder)}/, or add the English page first`,
    }));
}

/** Each Spanish explainer that has its English page, as [Spanish, English] paths under `content/`. */
export function translationPairs(files: readonly string[]): [string, string][] {
  return spanishPages(files)
    .filter((page) => page.exists)
    .map(({ file, original }): [string, string] => [file, original]);
}

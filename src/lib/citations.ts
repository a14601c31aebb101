/**
 * Finding and numbering citations in an explainer.
 *
 * Numbers are worked out from the MDX source before rendering, so that the
 * inline notes, the takeaways and the page's source list always agree,
 * whatever order Astro renders components in.
 */
import { listedWithin, PARTIAL_DATE_PATTERN } from './dates';
import { CONTENT_FILES } from './content-files';
import { suggest } from './edit-distance';
import { placesOf } from './id-lines';
import { withoutCodeFences } from './mdx-body';
import type { ContentProblem } from './errors';

/** A timeline event or glossary term as far as citations are concerned. */
export interface CitedRecord {
  id: string;
  cite: string[];
  /** Timeline events only: the date, and the day the timeline lists a month- or year-only one at. */
  date?: string;
  listedAt?: string;
}

/** Data that components in the body expand into citations. */
export interface CitationData {
  timeline: CitedRecord[];
  glossary: CitedRecord[];
}

/**
 * Source ids a page cites that its frontmatter's `sources:` does not list, each with where it is
 * cited (`whereIs`: "takeaways, line 12", "body, line 40"), so the editor can tell a citation to
 * list from one mistyped.
 */
export function notListedProblem(file: string, missing: string[], whereIs?: (id: string) => string[]): ContentProblem {
  const cited = missing.map((id) => {
    const places = whereIs?.(id) ?? [];
    return places.length ? `${id} (${placesOf(places)})` : id;
  });
  return { file, field: 'sources', found: `cited but not listed: ${cited.join(', ')}`, fix: 'add these ids to the `sources:` list in the frontmatter' };
}

/** Splits "a, b  c" into ["a", "b", "c"]. */
export function splitIds(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/** Reads `name="value"` attributes from the inside of a JSX tag. */
export function readAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([A-Za-z][\w-]*)\s*=\s*"([^"]*)"/g)) {
    attributes[match[1]] = match[2];
  }
  return attributes;
}

/** An attribute value that ran on into other tags (it holds "/>" or "<Cite"): its closing quote is missing (unclosedAttributeQuotes names it). */
export const runsOn = (value: string): boolean => /<[A-Za-z/]|\/>/.test(value);

/** Fenced code blocks blanked, so examples in code are not taken for real citations. */
const stripCode = withoutCodeFences;

/** Timeline events shown by a `<Timeline from to>` tag, given in the timeline's order (listedWithin). */
export function timelineSlice<T extends { date?: string; listedAt?: string }>(events: T[], from?: string, to?: string): T[] {
  return events.filter((event) => listedWithin({ date: event.date ?? '', listedAt: event.listedAt }, from || undefined, to || undefined));
}

export interface BodyCitations {
  /** Source ids in order of first appearance in the body. */
  ids: string[];
  /** Every citation of a source in the body, in order (an id repeats once per citation). */
  occurrences: string[];
  /** Glossary ids used with `<Term id>`. */
  terms: string[];
  /** Tags that cite something the scan cannot read (e.g. `id={variable}`). */
  unreadable: string[];
  /** `<Cite>` without `id`, `<Account>` or `<Figure>` without `cite`: tags that must name a source and name none. */
  sourceless: string[];
  /** `<Timeline>` tags whose `from`/`to` is not a date, or that would show no event. */
  emptyTimelines: { tag: string; found: string }[];
}

/**
 * Lists the source ids an MDX body cites, in order of first appearance:
 * `<Cite id>`, `<Account cite>`, `<Figure cite>`, and the sources behind
 * `<Timeline>` and `<Glossary>`.
 */
export function scanBody(body: string, data: CitationData): BodyCitations {
  const ids: string[] = [];
  const terms: string[] = [];
  const unreadable: string[] = [];
  const sourceless: string[] = [];
  const emptyTimelines: BodyCitations['emptyTimelines'] = [];
  // A quoted value may hold a ">" (caption="a > b"): the tag ends at the first ">" outside quotes.
  const tagPattern = /<(Cite|Account|Figure|Timeline|Glossary|Term)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (const match of stripCode(body).matchAll(tagPattern)) {
    const [whole, name, inside] = match;
    const attributes = readAttributes(inside);
    if (name === 'Cite' || name === 'Account' || name === 'Figure') {
      const attribute = name === 'Cite' ? 'id' : 'cite';
      // A value left open runs on into other tags: named as such before the build starts (unclosedAttributeQuotes), not read as ids.
      if (runsOn(attributes[attribute] ?? '')) continue;
      const named = splitIds(attributes[attribute] ?? '');
      // id="" names no source either: it built, and showed "[]" in the text.
      if (named.length) ids.push(...named);
      else if (attributes[attribute] === undefined && new RegExp(`\\b${attribute}\\s*=`).test(inside)) unreadable.push(whole);
      else sourceless.push(whole);
    } else if (name === 'Timeline') {
      const bad = (['from', 'to'] as const).filter((key) => attributes[key] !== undefined && !PARTIAL_DATE_PATTERN.test(attributes[key]!));
      // Dates that are not dates pick no events: the problem is the tag, not the sources it would add.
      const events = bad.length ? [] : timelineSlice(data.timeline, attributes.from, attributes.to);
      if (bad.length) emptyTimelines.push({ tag: whole, found: bad.map((key) => `${key}="${attributes[key]}" is not a date`).join('; ') });
      else if (!events.length) emptyTimelines.push({ tag: whole, found: 'no event falls within its dates' });
      for (const event of events) ids.push(...event.cite);
    } else if (name === 'Glossary') {
      for (const term of data.glossary) ids.push(...term.cite);
    } else if (name === 'Term') {
      if (attributes.id === undefined) unreadable.push(whole);
      else terms.push(attributes.id);
    }
  }
  return { ids: unique(ids), occurrences: ids, terms: unique(terms), unreadable, sourceless, emptyTimelines };
}

/** The line of `text` (which starts on line `firstLine()` of its file, asked only here) that `index` is on. */
const lineAt = (text: string, index: number, firstLine: () => number) => firstLine() + text.slice(0, index).split('\n').length - 1;

/** Nothing from the data files: enough to read a body's own tags (scanBody) before the data is loaded. */
export const NO_DATA: CitationData = { timeline: [], glossary: [] };

/**
 * A problem for each tag of `body` that must name a source and names none (scanBody's
 * `sourceless`): `<Cite>` with no id or an empty one, `<Account>` or `<Figure>` with no cite.
 * The fix renames an attribute that holds known ids (`<Cite source="ap-2025-06-09" />`).
 */
export function sourcelessProblems(file: string, tags: readonly string[], body: string, knownSources: ReadonlySet<string>, firstLine: () => number = () => 1): ContentProblem[] {
  return tags.map((tag) => {
    const [, name] = /^<(\w+)/.exec(tag)!;
    const attribute = name === 'Cite' ? 'id' : 'cite';
    const attributes = readAttributes(tag.slice(name.length + 1));
    // Ids under another name (<Cite source="ap-2025-06-09" />): the fix is the attribute's name.
    const misnamed = Object.entries(attributes).find(([, value]) => splitIds(value).length > 0 && splitIds(value).every((id) => knownSources.has(id)));
    const example = attributes[attribute] !== undefined
      ? tag.replace(new RegExp(`\\b${attribute}\\s*=\\s*"[^"]*"`), `${attribute}="ap-2025-06-09"`)
      : `${tag.replace(/\s*\/?>$/, '')} ${attribute}="ap-2025-06-09"${tag.endsWith('/>') ? ' />' : '>'}`;
    return {
      file,
      field: 'body',
      found: `${tag} (line ${lineAt(body, stripCode(body).indexOf(tag), firstLine)}) names no source`,
      fix: misnamed
        ? `write ${attribute}= where it says ${misnamed[0]}=: ${tag.replace(new RegExp(`\\b${misnamed[0]}(\\s*=)`), `${attribute}$1`)}`
        : `give it ${attribute}="source-id" with the id(s) of the source(s) behind it, from ${CONTENT_FILES.sources}, e.g. ${example}`,
    };
  });
}

/**
 * Where an MDX body (starting on line `firstLine()` of its file) puts white space (or a line break)
 * before a `<Cite>`, which lets the citation start a line of its own ("[22]."): the words just
 * before each, and the line of the `<Cite>`, to find them by.
 */
export function spacedCitations(body: string, firstLine: () => number = () => 1): string[] {
  const text = stripCode(body);
  return [...text.matchAll(/\S(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)<Cite\b/g)].map((match) => {
    const before = text.slice(0, match.index! + 1).split('\n').pop()!;
    return `…${before.slice(-30).trimStart()} <Cite (line ${lineAt(text, match.index! + match[0].length, firstLine)})`;
  });
}

/**
 * Notes written before the full stop they belong after ("died<Cite id=\"ap\" />."), with the words
 * before each and the line: every page puts the note after the stop ("died.<Cite id=\"ap\" />"), so
 * a page that mixes the two looks careless.
 */
export function citationsBeforeStop(body: string, firstLine: () => number = () => 1): string[] {
  const text = stripCode(body);
  return [...text.matchAll(/<Cite\b[^>]*\/>(?:<SingleSource\s*\/>)?\./g)].map((match) => {
    // The sentence the note ends: its line, without tags, from its last full stop.
    const before = text.slice(0, match.index).split('\n').pop()!.replace(/<[^>]*>/g, '').split(/(?<=[.!?])\s+/).pop()!;
    return `…${before.slice(-30).trimStart()}<Cite (line ${lineAt(text, match.index!, firstLine)})`;
  });
}

/** Keeps the first of each repeated value, in order. */
export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Counts how often each id is cited: once per id per citation mark. */
export function countCitations(occurrences: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of occurrences) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

export interface PageCitationInput {
  /** File path for error messages. */
  file: string;
  /** MDX body. */
  body: string;
  /** `sources` from frontmatter. */
  declared: string[];
  /** Cites of each key takeaway, in order. */
  takeaways: string[][];
  /** Cites in the brief (bottom line, background, watch). */
  brief: string[][];
  /** `terms` from frontmatter. */
  declaredTerms: string[];
  /** Every known source id. */
  knownSources: Set<string>;
  /** Every known glossary id. */
  knownTerms: Set<string>;
  data: CitationData;
  /** Where the file writes an id ("takeaways, line 12"), asked only for an unknown one (src/lib/id-lines.ts). */
  whereIs?: (id: string) => string[];
  /** The line of the file the body starts on, so messages name lines as an editor sees them (1 if not given); asked only for a message. */
  firstLine?: () => number;
}

export interface PageCitations {
  /** Source ids in note order: takeaways first, then the body. */
  order: string[];
  /** How many citation marks point at each source (takeaways and body). */
  counts: Map<string, number>;
  problems: ContentProblem[];
}

/** " (body, line 40)": where the file writes an unknown glossary id, when the input can say. */
function termPlaces(input: PageCitationInput, term: string): string {
  const places = input.whereIs?.(term) ?? [];
  return places.length ? ` (${places.join('; ')})` : '';
}

/**
 * Numbers a page's sources and checks them: every cited id exists, the
 * frontmatter `sources` list matches what is cited, the brief cites only
 * sources the page itself cites, and every `<Term>` is known and declared.
 */
export function checkPageCitations(input: PageCitationInput): PageCitations {
  const problems: ContentProblem[] = [];
  const { file } = input;
  const body = scanBody(input.body, input.data);
  const order = unique([...input.takeaways.flat(), ...body.ids]);

  for (const tag of body.unreadable) {
    problems.push({
      file,
      field: 'body',
      found: tag,
      fix: 'write the id as a literal string, e.g. <Cite id="ap-2025-06-09" />',
    });
  }
  problems.push(...sourcelessProblems(file, body.sourceless, input.body, input.knownSources, input.firstLine));
  const spaced = spacedCitations(input.body, input.firstLine);
  if (spaced.length) {
    problems.push({
      file,
      field: 'body',
      found: `a space before <Cite> (${spaced.length}): ${spaced.slice(0, 5).join('; ')}${spaced.length > 5 ? '; …' : ''}`,
      fix: 'write each citation right after its word or punctuation, e.g. died.<Cite id="…" />: a space lets the citation start a line',
    });
  }
  const beforeStop = citationsBeforeStop(input.body, input.firstLine);
  if (beforeStop.length) {
    problems.push({
      file,
      field: 'body',
      found: `a note before its full stop (${beforeStop.length}): ${beforeStop.slice(0, 5).join('; ')}${beforeStop.length > 5 ? '; …' : ''}`,
      fix: 'put the note after the full stop, e.g. died.<Cite id="…" />, as every page does',
    });
  }
  for (const { tag, found } of body.emptyTimelines) {
    problems.push({
      file,
      field: tag,
      found,
      fix: `give from and to as YYYY, YYYY-MM or YYYY-MM-DD, with from before to, spanning at least one event in ${CONTENT_FILES.timeline}`,
    });
  }
  const cited = unique([...order, ...input.brief.flat()]);
  for (const id of cited) {
    if (!input.knownSources.has(id)) {
      const places = input.whereIs?.(id) ?? [];
      problems.push({
        file,
        field: 'citation',
        found: `unknown source id "${id}"${places.length ? ` (${places.join('; ')})` : ''}`,
        fix: `use an id from ${CONTENT_FILES.sources}${suggest(id, input.knownSources)}, or add the source there`,
      });
    }
  }
  const declared = new Set(input.declared);
  const missing = cited.filter((id) => !declared.has(id) && input.knownSources.has(id));
  if (missing.length) problems.push(notListedProblem(file, missing, input.whereIs));
  const unused = input.declared.filter((id) => !cited.includes(id));
  if (unused.length) {
    problems.push({
      file,
      field: 'sources',
      found: `listed but never cited: ${unused.join(', ')}`,
      fix: 'cite them with <Cite id="…" /> where they support a statement, or remove them from `sources:`',
    });
  }
  const onPage = new Set(order);
  const briefOnly = unique(input.brief.flat()).filter((id) => !onPage.has(id) && input.knownSources.has(id));
  if (briefOnly.length) {
    problems.push({
      file,
      field: 'brief',
      found: `the brief cites ${briefOnly.join(', ')}, which the page itself does not`,
      fix: 'the brief summarises the page: cite these in the body too, or cite a source the page uses',
    });
  }
  const declaredTerms = new Set(input.declaredTerms);
  for (const term of body.terms) {
    if (!input.knownTerms.has(term)) {
      problems.push({
        file,
        field: '<Term id>',
        found: `unknown glossary id "${term}"${termPlaces(input, term)}`,
        fix: `use an id from ${CONTENT_FILES.glossary}${suggest(term, input.knownTerms)}, or add the term there (with its Spanish text in ${CONTENT_FILES.glossaryEs}; CONTRIBUTING.md, "Data collections")`,
      });
    } else if (!declaredTerms.has(term)) {
      problems.push({ file, field: 'terms', found: `<Term id="${term}"> is used but not listed`, fix: `add "${term}" to \`terms:\`` });
    }
  }
  return { order, counts: countCitations([...input.takeaways.flat(), ...body.occurrences]), problems };
}



/**
 * The outlet's name alone, for a note's accessible name ("Source 4: Associated Press"):
 * the source list gives the rest. Drops parentheses and anything after a comma, so
 * "Associated Press (syndicated copy on daily8.com; …)" and "Emisoras Unidas (Guatemala), EFE
 * text" are read as "Associated Press" and "Emisoras Unidas" at every mark.
 */
export function shortPublisher(publisher: string): string {
  const short = publisher.replace(/\s*\([^)]*\)/g, '').split(',')[0].trim();
  return short || publisher;
}

/**
 * Every source id a content file names, checked against the sources file before the build starts.
 * Renaming or removing a source touches the events, the terms, the home page, the article and the
 * pages in both languages: each of those is otherwise checked at its own stage of the build (data
 * files, then English pages, then Spanish ones), so one change took a build per stage to list.
 * Here one build names every place at once, by file, field and line.
 *
 * The YAML is read with js-yaml, the parser Astro reads frontmatter with: it is several times faster
 * than `yaml`'s, which matters when a site has a thousand pages. Lines are looked up by text, and
 * only for the ids that are unknown.
 */
import { load } from 'js-yaml';
import { NO_DATA, scanBody, splitIds } from './citations';
import { suggestRenamed } from './edit-distance';
import type { ContentProblem } from './errors';
import { idLines, placesOf, wholeId } from './id-lines';
import { frontmatterYaml, pageBody } from './mdx-body';

/**
 * The keys whose values are source ids, in any YAML a content file holds: `cite` (one id, "a, b" or
 * a list) anywhere, a page's `sources` list and the article's `source`.
 */
const ID_KEYS = new Set(['cite', 'sources', 'source']);

/** The source ids parsed YAML names under ID_KEYS, at any depth, in order. */
export function sourceIdsInData(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(sourceIdsInData);
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) => (ID_KEYS.has(key) ? idsOf(value) : sourceIdsInData(value)));
}

/** The ids a field's value names: "a", "a, b" or a list of either. */
const idsOf = (value: unknown): string[] => (typeof value === 'string' ? splitIds(value) : Array.isArray(value) ? value.flatMap(idsOf) : []);

/** The source ids an MDX body cites: `<Cite id>`, `<Account cite>`, `<Figure cite>`, read as the page's citations are (scanBody). */
export const sourceIdsInBody = (body: string): string[] => scanBody(body, NO_DATA).occurrences;

/** Parsed YAML (js-yaml, as Astro reads frontmatter), or undefined when it does not parse: the checks of its own kind name that. */
export function parsed(text: string): unknown {
  try {
    return load(text);
  } catch {
    return undefined;
  }
}

/** The source ids in a page file (.md or .mdx): its frontmatter's, then its body's (code fences left out). */
export function sourceIdsInPage(text: string): string[] {
  const yaml = frontmatterYaml(text);
  const frontmatter = yaml === undefined ? [] : sourceIdsInData(parsed(yaml));
  return [...frontmatter, ...sourceIdsInBody(pageBody(text).body)];
}

/** The source ids in a YAML file of entries (events, terms, the home page). */
export const sourceIdsInList = (text: string): string[] => sourceIdsInData(parsed(text));

/** Where a list file writes `id` (or a line matches `whole`): `entry "2025-06-08-…", line 40`, by the entry each line is in. */
export function entryLines(text: string, id: string, whole: RegExp = wholeId(id)): string[] {
  let entry = '';
  return text.split(/\r?\n/).flatMap((line, index) => {
    entry = /^-\s+id:\s*["']?([^"'\s#]+)/.exec(line)?.[1] ?? entry;
    return whole.test(line) ? [`${entry ? `entry "${entry}"` : 'line'}, line ${index + 1}`] : [];
  });
}

/**
 * Ids a list file gives to more than one entry, each with the lines of its entries: an entry
 * copied over another, its id left as it was, leaves the other entry's id unknown wherever it is
 * used, and the editor sees only those places.
 */
export function reusedIds(text: string): { id: string; lines: number[] }[] {
  const lines = new Map<string, number[]>();
  text.split(/\r?\n/).forEach((line, index) => {
    const id = /^-\s+id:\s*["']?([^"'\s#]+)/.exec(line)?.[1];
    if (id) lines.set(id, [...(lines.get(id) ?? []), index + 1]);
  });
  return [...lines].filter(([, at]) => at.length > 1).map(([id, at]) => ({ id, lines: at }));
}

/**
 * One problem for each of `ids` (those `file` names) that is not in `known`, the sources file's ids,
 * with every place it is written (`whereIs`) and the nearest known ids as the fix.
 */
export function unknownSourceIds(file: string, text: string, ids: readonly string[], known: ReadonlySet<string>, sourcesFile: string, whereIs: (text: string, id: string) => string[] = idLines, hint = ''): ContentProblem[] {
  const unknown = [...new Set(ids)].filter((id) => !known.has(id));
  return unknown.map((id) => {
    const places = whereIs(text, id);
    return {
      file,
      field: 'source id',
      found: `"${id}" is not in ${sourcesFile}${places.length ? ` (${placesOf(places)})` : ''}`,
      fix: `use an id from ${sourcesFile}${suggestRenamed(id, known)}, or add the source there${hint}`,
    };
  });
}

/** Draws search results and status messages with DOM calls (no innerHTML: excerpts are page text). */
import { localizePath } from '../i18n/paths';
import type { Elsewhere } from '../i18n/ui';
import { isSearchType } from '../lib/search-filters';
import { shownQuery } from '../lib/search-query';
import type { ExcerptPart, SearchHit } from '../lib/search-results';
import { searchQueryString, type SearchState } from '../lib/search-url';
import { url } from '../lib/urls';
import { intlLocale, pageLocale, searchStrings } from './search-strings';

type Child = Node | string;

/** A new element with classes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A link to another page of the site, in the page's language ("/topics/" is "/es/topics/" on a Spanish page). */
export function siteLink(path: string, text: string): HTMLAnchorElement {
  const link = element('a', 'underline', text);
  link.href = url(localizePath(path, pageLocale()));
  return link;
}

/**
 * "27 November 2026", in the page's language. Intl rather than the site's
 * date helpers, which carry every translated string of the site with them.
 */
function formatDay(isoDate: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A run of a result's text, in a <mark> when it is a matched word. */
const markedRun = (part: ExcerptPart): Child => (part.marked ? element('mark', 'rounded-sm px-0.5', part.text) : part.text);

/** Ids for the parts of each result drawn on this page. */
let resultsDrawn = 0;

/**
 * One result: title, section, excerpt with the matched words marked, type and date. The link is
 * the title and section, so a screen reader names each result in a few words; the excerpt and
 * details follow it as text, read in turn when the list is read through, and as the link's
 * description when it is focused. The link still covers the whole card (global.css), so a click
 * or tap anywhere on a result follows it.
 */
export function hitItem(hit: SearchHit): HTMLLIElement {
  const strings = searchStrings();
  const id = `search-hit-${++resultsDrawn}`;
  // The title or section with its matched words marked, when the excerpt was that heading alone.
  const heading = (text: string) => (hit.headingMarks ? hit.headingMarks.map(markedRun) : [text]);
  const link = element('a', 'block text-ink no-underline', element('span', 'block font-semibold text-accent', ...(hit.section ? [hit.title] : heading(hit.title))));
  link.href = hit.url;
  link.dataset.hit = '';
  if (hit.section) {
    const mark = element('span', 'me-1', '§');
    mark.setAttribute('aria-hidden', 'true');
    const section = element('span', '', ...heading(hit.section));
    section.dataset.section = '';
    link.append(element('span', 'block text-sm text-ink-muted', mark, element('span', 'sr-only', strings.section), section));
  }
  const excerpt = element('span', 'mt-1 block text-sm leading-snug text-ink', ...hit.excerpt.map(markedRun));
  excerpt.id = `${id}-excerpt`;
  const item = element('li', 'relative rounded px-2 py-2.5 hover:bg-paper-sunken', link, excerpt);
  const details: Child[] = [];
  const type = isSearchType(hit.type) ? hit.type : undefined;
  if (type) details.push(strings.types[type]);
  if (hit.updated) {
    const time = element('time', 'kept', formatDay(hit.updated));
    time.dateTime = hit.updated;
    details.push(`${details.length ? ' · ' : ''}${strings.updated(type)}`, time);
  }
  // The other sections that matched: the page marks the words in them all ("4 more entries" of one publisher).
  if (hit.others) details.push(...(details.length ? [' · '] : []), element('span', 'kept', strings.others(hit.others)));
  const descriptions = [excerpt.id];
  if (details.length) {
    const line = element('span', 'mt-1 block text-xs text-ink-muted', ...details);
    line.id = `${id}-details`;
    item.append(line);
    descriptions.push(line.id);
  }
  link.setAttribute('aria-describedby', descriptions.join(' '));
  return item;
}

/** A quoted query for messages, with the page language's quotation marks. */
export function quoted(query: string): string {
  return searchStrings().quote(shownQuery(query));
}

/** The topic index, the briefs and the sources, in the words around them. */
function elsewhereLinks(text: Elsewhere): Child[] {
  return [text.before, siteLink('/topics/', text.topics), text.comma, siteLink('/briefs/', text.briefs), text.between, siteLink('/sources/', text.sources), text.after];
}

/** What to say when nothing matched, with somewhere else to look. */
export function noResultsMessage(query: string): Child[] {
  const text = searchStrings().noResults(quoted(query));
  return elsewhereLinks(text);
}

/**
 * What to say when the filters, not the words, leave nothing: "No pages match “x” in “Migration”.
 * Clear the filters to search every page." The link is this page's address without the filters.
 */
export function filteredOutMessage(query: string, filters: string, state: SearchState): Child[] {
  const text = searchStrings().filteredOut(quoted(query), filters);
  const clear = element('a', 'underline', text.clear);
  clear.href = `${location.pathname}${searchQueryString({ ...state, topics: [], types: [] })}`;
  clear.dataset.clearFilters = '';
  return [text.before, clear, text.after];
}

/** What to say when search cannot run. */
export function unavailableMessage(reason: 'dev' | 'load'): Child[] {
  const strings = searchStrings();
  if (reason === 'dev') {
    const text = strings.devOnly;
    return [text.before, element('code', '', text.build), text.between, element('code', '', text.preview), text.after];
  }
  const text = strings.unavailable;
  return elsewhereLinks(text);
}

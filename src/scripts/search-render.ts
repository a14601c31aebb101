/** Draws search results and status messages with DOM calls (no innerHTML: excerpts are page text). */
import { SEARCH_TYPES, type SearchType } from '../lib/search-filters';
import type { SearchHit } from '../lib/search-results';
import { url } from '../lib/urls';

type Child = Node | string;

/** A new element with classes and children. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A link to another page of the site. */
export function siteLink(path: string, text: string): HTMLAnchorElement {
  const link = element('a', 'underline', text);
  link.href = url(path);
  return link;
}

/**
 * "27 November 2026", in the page's language. Intl rather than the site's
 * date helpers, which carry every translated string of the site with them.
 */
function formatDay(isoDate: string): string {
  const format = new Intl.DateTimeFormat(document.documentElement.lang === 'es' ? 'es' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** One result: title, section, excerpt with the matched words marked, type and date. */
export function hitItem(hit: SearchHit): HTMLLIElement {
  const excerpt = element(
    'span',
    'mt-1 block text-sm leading-snug text-ink',
    ...hit.excerpt.map((part) => (part.marked ? element('mark', 'rounded-sm px-0.5', part.text) : part.text)),
  );
  const link = element(
    'a',
    'block rounded px-3 py-2.5 text-ink no-underline hover:bg-paper-sunken focus-visible:bg-paper-sunken',
    element('span', 'block font-semibold text-accent', hit.title),
  );
  link.href = hit.url;
  link.dataset.hit = '';
  if (hit.section) {
    const mark = element('span', 'me-1', '§');
    mark.setAttribute('aria-hidden', 'true');
    const section = element('span', '', hit.section);
    section.dataset.section = '';
    link.append(element('span', 'block text-sm text-ink-muted', mark, element('span', 'sr-only', 'Section: '), section));
  }
  link.append(excerpt);
  const details: Child[] = [];
  if (hit.type && hit.type in SEARCH_TYPES) details.push(SEARCH_TYPES[hit.type as SearchType]);
  if (hit.updated) {
    const time = element('time', '', formatDay(hit.updated));
    time.dateTime = hit.updated;
    details.push(details.length ? ' · Updated ' : 'Updated ', time);
  }
  if (details.length) link.append(element('span', 'mt-1 block text-xs text-ink-muted', ...details));
  return element('li', '', link);
}

/** The words "1 result" / "4 results". */
export function countLabel(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

/** A quoted query for messages. */
export function quoted(query: string): string {
  return `“${query}”`;
}

/** What to say when nothing matched, with somewhere else to look. */
export function noResultsMessage(query: string): Child[] {
  return [
    `No pages match ${quoted(query)}. Check the spelling, try fewer or other words (names work without accents), or browse the `,
    siteLink('/topics/', 'topic index'),
    ' or ',
    siteLink('/sources/', 'all sources'),
    '.',
  ];
}

/** What to say when search cannot run. */
export function unavailableMessage(reason: 'dev' | 'load'): Child[] {
  if (reason === 'dev') {
    return ['Search works only on a built site: the index is made by ', element('code', '', 'npm run build'), '. Build, then run ', element('code', '', 'npm run preview'), ' to try it.'];
  }
  return ['Search could not load. Check your connection and try again, or browse the ', siteLink('/topics/', 'topic index'), ' or ', siteLink('/sources/', 'all sources'), '.'];
}

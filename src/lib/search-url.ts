/**
 * The /search/ page keeps its state in the URL (?q=…&topic=…&type=…&sort=…),
 * so a search can be shared and the back button steps through searches.
 */
import { TOPIC_FILTER_IDS, TYPE_FILTER_IDS } from './search-filters';

export type SearchSort = 'relevance' | 'updated';

export interface SearchState {
  /** The query as typed (the URL keeps the reader's own spelling). */
  query: string;
  /** Topic ids, in the order of the topic list. */
  topics: string[];
  /** Type ids, in the order of the type list. */
  types: string[];
  sort: SearchSort;
}

export const EMPTY_SEARCH: SearchState = { query: '', topics: [], types: [], sort: 'relevance' };

/** Reads a search from a query string; unknown filter ids and sorts are dropped, not guessed at. */
export function readSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const pick = (name: string, known: readonly string[]) => {
    const wanted = new Set(params.getAll(name));
    return known.filter((id) => wanted.has(id));
  };
  // An address from before the Reference topic left the filters (search-filters.ts) asks for the type.
  const types = pick('type', TYPE_FILTER_IDS);
  if (params.getAll('topic').includes('reference') && !types.includes('reference')) types.push('reference');
  return {
    query: params.get('q') ?? '',
    topics: pick('topic', TOPIC_FILTER_IDS),
    types: TYPE_FILTER_IDS.filter((id) => types.includes(id)),
    sort: params.get('sort') === 'updated' ? 'updated' : 'relevance',
  };
}

/** The query string for a search, "" for the empty search; defaults are left out. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const topic of state.topics) params.append('topic', topic);
  for (const type of state.types) params.append('type', type);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** What made the search change: typing, a submit (Enter) or a filter. */
export type SearchChange = 'typing' | 'submit' | 'filter';

/**
 * How the browser history should record a change of search. A submit or a filter adds an entry.
 * Typing adds one at its first keystroke after a search the reader reached (`editing` false: the
 * page loaded with it, or Enter, a filter or Back led to it), so Back returns to that search, and
 * replaces it at every later keystroke, so Back does not step through "G", "GA", "GAN".
 * Typing into an empty search page replaces: Back leaves the page, as it would have.
 */
export function historyAction(previous: SearchState, next: SearchState, change: SearchChange, editing = false): 'push' | 'replace' | 'none' {
  if (searchQueryString(previous) === searchQueryString(next)) return 'none';
  if (change !== 'typing') return 'push';
  return editing || searchQueryString(previous) === '' ? 'replace' : 'push';
}

/**
 * How far the reader got in a search's results: how many were shown ("Show more results") and
 * where the page was scrolled. The /search/ page keeps it in its history entry as the reader
 * follows a result, so Back returns to the same place when the browser has not kept the page
 * itself (no back-forward cache: an evicted page, some browsers).
 */
export interface ResultsView {
  shown: number;
  scrollY: number;
}

/** The view kept in a history entry's state; anything else there (null, another shape) is none. */
export function keptResultsView(state: unknown): ResultsView | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { shown, scrollY } = state as Record<string, unknown>;
  if (typeof shown !== 'number' || !Number.isInteger(shown) || shown < 1) return undefined;
  if (typeof scrollY !== 'number' || !Number.isFinite(scrollY) || scrollY < 0) return undefined;
  return { shown, scrollY };
}

/** How many results to fetch for a search first shown: a batch, or as many as the reader had shown. */
export function resultsToShow(view: ResultsView | undefined, batch: number): number {
  return Math.max(batch, view?.shown ?? 0);
}

/**
 * Loads Pagefind's JavaScript API and the page map on first use, and runs
 * searches; the index's word list only when a typed word went unmatched
 * (search-words.ts). Loaded only when a reader opens search: nothing here runs on an
 * ordinary page view.
 * @see https://pagefind.app/docs/api/
 */
import { PAGEFIND_OPTIONS } from '../lib/search-config';
import { applyFilters, facetCounts, groupByPage, pageTops, phraseFirst, pickLanguage, rankedLike, sortHits } from '../lib/search-grouping';
import type { PageMap } from '../lib/search-page-map';
import { inSiteSpelling, isSearchable, normaliseQuery, phraseQuery, shorterQueries, unquoted, withoutStopWords } from '../lib/search-query';
import { marksText, toSearchHit, type PagefindResultData, type SearchHit } from '../lib/search-results';
import type { SearchState } from '../lib/search-url';
import { url } from '../lib/urls';

interface PagefindRecord {
  id: string;
  data: () => Promise<PagefindResultData>;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null): Promise<{ results: PagefindRecord[] }>;
}

/** Why search cannot run: in `astro dev` there is no index; otherwise the index failed to load. */
export class SearchUnavailableError extends Error {
  constructor(readonly reason: 'dev' | 'load', cause?: unknown) {
    super(reason === 'dev' ? 'The search index exists only in a build.' : 'The search index could not be loaded.', { cause });
    this.name = 'SearchUnavailableError';
  }
}

interface Search {
  pagefind: PagefindApi;
  map: PageMap;
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(url(path));
  if (!response.ok) throw new Error(`${response.status} fetching ${path}`);
  return (await response.json()) as T;
}

let indexHash: Promise<string> | undefined;

/** The hash of the index Pagefind will search for this page's language, which names its page map and word list. */
function loadIndexHash(): Promise<string> {
  indexHash ??= (async () => {
    // The entry file is not content-hashed; Pagefind itself reloads it on every visit.
    const entry = await fetchJson<{ languages: Record<string, { hash: string; page_count: number }> }>(`/pagefind/pagefind-entry.json?ts=${Date.now()}`);
    const language = pickLanguage(entry.languages, document.documentElement.lang || 'unknown');
    if (!language) throw new Error('The search index has no languages.');
    return entry.languages[language].hash;
  })().catch((error: unknown) => {
    indexHash = undefined;
    throw error;
  });
  return indexHash;
}

/** The page map of the index Pagefind will search for this page's language. */
async function loadPageMap(): Promise<PageMap> {
  return fetchJson<PageMap>(`/pagefind/pages.${await loadIndexHash()}.json`);
}

let wordList: Promise<string[]> | undefined;

/** Every word of this language's index, most used first (search-words.ts); fetched once, on first need. */
export function loadWordList(): Promise<string[]> {
  wordList ??= loadIndexHash()
    .then((hash) => fetchJson<string[]>(`/pagefind/words.${hash}.json`))
    .catch((error: unknown) => {
      wordList = undefined; // let the next attempt try again
      throw error;
    });
  return wordList;
}

let loading: Promise<Search> | undefined;

/** Pagefind and the page map, loaded once (the WebAssembly and index metadata start downloading now). */
export function loadSearch(): Promise<Search> {
  if (import.meta.env.DEV) return Promise.reject(new SearchUnavailableError('dev'));
  loading ??= (async () => {
    const pagefind: PagefindApi = await import(/* @vite-ignore */ url('/pagefind/pagefind.js'));
    await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: import.meta.env.BASE_URL });
    const [map] = await Promise.all([loadPageMap(), pagefind.init()]);
    return { pagefind, map };
  })().catch((error: unknown) => {
    loading = undefined; // let the next attempt try again
    throw new SearchUnavailableError('load', error);
  });
  return loading;
}

/** One batch of results for a search. */
export interface SearchBatch {
  hits: SearchHit[];
  /** Matching pages in all. */
  total: number;
  /** Pages each filter value would give, e.g. { topic: { migration: 2 } }: the counts beside the checkboxes. */
  counts: Record<string, Record<string, number>>;
}

const NOTHING: SearchBatch = { hits: [], total: 0, counts: {} };

/**
 * Runs a search and loads pages `offset` to `offset + limit`, each at its
 * best section. A search with no query but with filters lists every page in
 * them. With `counts`, the batch also counts pages per filter value.
 */
export async function runSearch(state: SearchState, offset: number, limit: number, counts = false): Promise<SearchBatch> {
  const query = normaliseQuery(state.query);
  const term = isSearchable(query) ? inSiteSpelling(query, document.documentElement.lang) : null;
  if (term === null && state.topics.length === 0 && state.types.length === 0) return NOTHING;
  const { pagefind, map } = await loadSearch();
  const loose = term === null ? null : withoutStopWords(term, document.documentElement.lang);
  let { results } = await pagefind.search(loose);
  // Nothing found: a shorter last word, as Pagefind would search within the right chunk (search-query.ts).
  for (const shorter of loose !== null && results.length === 0 ? shorterQueries(loose) : []) {
    ({ results } = await pagefind.search(shorter));
    if (results.length > 0) break;
  }
  // A phrase in the reader's quotes: Pagefind finds its sections but does not rank them.
  if (term !== null && term.includes('"') && results.length > 0) {
    results = rankedLike(results, (await pagefind.search(withoutStopWords(unquoted(term), document.documentElement.lang))).results);
  }
  // Sections with the words as typed, whole and in order, come first (search-query.ts, phraseQuery),
  // and show the excerpt around them: "Juan Ramón de la Fuente", not a "fuentes" elsewhere in the section.
  const phrase = term === null || results.length === 0 ? undefined : phraseQuery(term);
  const exact = new Map(phrase ? (await pagefind.search(phrase)).results.map((record) => [record.id, record]) : []);
  if (exact.size > 0) results = phraseFirst([...exact.values()], results, (id) => map.pages[map.records[id]]?.top === id);
  const found = term === null ? pageTops(results, map) : groupByPage(results, map);
  const shown = sortHits(applyFilters(found, state), state.sort);
  const multiword = term !== null && term.includes(' ');
  const batch = shown.slice(offset, offset + limit);
  const data = await Promise.all(batch.map(({ record }) => excerptData(record, multiword ? exact.get(record.id) : undefined)));
  return { hits: data.map((record, index) => ({ ...toSearchHit(record), others: batch[index].others })), total: shown.length, counts: counts ? facetCounts(found, state) : {} };
}

/**
 * A record's result data, from the phrase search when it found the record and marked the phrase in
 * the excerpt's text (not only in the heading the result shows above it). Only for a phrase of two
 * words or more: for one word the phrase search's excerpt may centre on another form of it
 * ("Pakales" for "Pakal"), and the result link would light up that form alone.
 */
async function excerptData(record: PagefindRecord, exact: PagefindRecord | undefined): Promise<PagefindResultData> {
  const data = exact && (await exact.data());
  return data && marksText(data) ? data : record.data();
}

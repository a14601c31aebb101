/**
 * From ranked sections to the pages a reader sees: grouping by page (each at
 * its best section), the topic and type filters, their counts, and the sort.
 * Runs in the browser on the page map (search-page-map.ts).
 */
import type { MappedPage, PageMap } from './search-page-map';
import type { SearchSort } from './search-url';

/** A page with the record (section) it is shown at. */
export interface PageHit<R> {
  page: MappedPage;
  record: R;
  /** How many other sections of the page matched too: shown with the result, as the page lights them all up. */
  others: number;
}

/**
 * Pages in the order of their best-ranked section. Pagefind returns records
 * best first, so each page's first record is its best; the others are
 * counted. Records the map does not know (a map from another build) are left out.
 */
export function groupByPage<R extends { id: string }>(records: readonly R[], map: PageMap): PageHit<R>[] {
  const hits = new Map<number, PageHit<R>>();
  for (const record of records) {
    const index = map.records[record.id];
    if (index === undefined) continue;
    const hit = hits.get(index);
    if (hit) hit.others += 1;
    else hits.set(index, { page: map.pages[index], record, others: 0 });
  }
  return [...hits.values()];
}

/**
 * For a query the reader put in quotes: the sections its exact-phrase search found, in the order
 * the same words unquoted rank them (`loose`). Pagefind returns a phrase search's sections
 * unranked, in the index's order, by address: for "Arevalo" in quotes, at-a-glance and the
 * glossary came first and Who's who's entry on Arévalo below the tenth. Sections the unquoted
 * search lacks follow, in the phrase search's order. The records are the phrase search's, whose
 * excerpts mark the phrase.
 */
export function rankedLike<R extends { id: string }>(phrase: readonly R[], loose: readonly { id: string }[]): R[] {
  const rank = new Map(loose.map((record, index) => [record.id, index]));
  const ranked = phrase.filter((record) => rank.has(record.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...ranked, ...phrase.filter((record) => !rank.has(record.id))];
}

/**
 * The records of the looser search that an exact-phrase search found too, then the others, each
 * group in the looser search's order: its ranking and excerpts (marked on the words of substance)
 * are kept, and only where the phrase stands decides which group a record is in. (Every phrase
 * record is among the looser search's: it has all the same words.) One exception: when the looser
 * search ranks a page's top first (its title and summary hold the words), that page is the one
 * about the query and stays first ("migration figures": the migration explainer, not a section
 * saying "no migration figures" were found). `isPageTop` tells a page's top record.
 */
export function phraseFirst<R extends { id: string }>(phrase: readonly { id: string }[], loose: readonly R[], isPageTop: (id: string) => boolean = () => false): R[] {
  const inPhrase = new Set(phrase.map((record) => record.id));
  const [first, ...rest] = loose;
  const lead = first && isPageTop(first.id) ? [first] : [];
  const others = lead.length ? rest : loose;
  return [...lead, ...others.filter((record) => inPhrase.has(record.id)), ...others.filter((record) => !inPhrase.has(record.id))];
}

/** Every page at its top record (title and summary), for a listing with no query. */
export function pageTops<R extends { id: string }>(records: readonly R[], map: PageMap): PageHit<R>[] {
  const byId = new Map(records.map((record) => [record.id, record]));
  return map.pages.flatMap((page) => {
    const record = byId.get(page.top);
    return record ? [{ page, record, others: 0 }] : [];
  });
}

export interface Chosen {
  topics: readonly string[];
  types: readonly string[];
}

const passesTopics = (page: MappedPage, topics: readonly string[]) => topics.length === 0 || page.topics.some((topic) => topics.includes(topic));
const passesTypes = (page: MappedPage, types: readonly string[]) => types.length === 0 || types.includes(page.type);

/** The hits in the chosen topics and types: any chosen topic, and any chosen type. */
export function applyFilters<R>(hits: readonly PageHit<R>[], chosen: Chosen): PageHit<R>[] {
  return hits.filter(({ page }) => passesTopics(page, chosen.topics) && passesTypes(page, chosen.types));
}

/**
 * Pages per filter value: what ticking that box would show. Values within a
 * filter are alternatives, so a filter's counts ignore its own choices but
 * respect the other filter's.
 */
export function facetCounts<R>(hits: readonly PageHit<R>[], chosen: Chosen): { topic: Record<string, number>; type: Record<string, number> } {
  const topic: Record<string, number> = {};
  const type: Record<string, number> = {};
  for (const { page } of hits) {
    if (passesTypes(page, chosen.types)) for (const id of page.topics) topic[id] = (topic[id] ?? 0) + 1;
    if (passesTopics(page, chosen.topics)) type[page.type] = (type[page.type] ?? 0) + 1;
  }
  return { topic, type };
}

/** Hits in the order asked for: relevance keeps the ranking; `updated` puts the latest first (ties keep their order). */
export function sortHits<R>(hits: readonly PageHit<R>[], sort: SearchSort): PageHit<R>[] {
  if (sort === 'relevance') return [...hits];
  return [...hits].sort((a, b) => b.page.updated.localeCompare(a.page.updated));
}

/**
 * The index language for a page, chosen as Pagefind chooses: the page's
 * `<html lang>`, then its main subtag ("es" for "es-MX"), then the language
 * with the most pages.
 */
export function pickLanguage(languages: Record<string, { page_count: number }>, lang: string): string | undefined {
  const wanted = lang.toLowerCase();
  if (languages[wanted]) return wanted;
  const main = wanted.split('-')[0];
  if (languages[main]) return main;
  return Object.entries(languages).sort(([, a], [, b]) => b.page_count - a.page_count)[0]?.[0];
}

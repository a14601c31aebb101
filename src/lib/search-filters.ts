/**
 * The two search filters, topic and type. Pages carry them by id
 * (`<span data-pagefind-filter="topic:migration">`), in every
 * language, so URLs (?topic=migration) and the index agree and only the
 * labels a reader sees are translated.
 */
import { TOPIC_IDS } from '../schemas/topics';

/**
 * Kinds of page in the index (the `type` filter). Their labels, in each language, are in src/i18n/ui.ts.
 * `sources` is the list of every source, indexed one record per source: a publisher's name or a
 * headline leads to its entry, and from there to each page that cites it.
 */
export const SEARCH_TYPES = ['explainer', 'reference', 'article', 'sources'] as const;

export type SearchType = (typeof SEARCH_TYPES)[number];

/** Whether `id` (from a URL or the index) is a search type. */
export function isSearchType(id: string | undefined): id is SearchType {
  return (SEARCH_TYPES as readonly (string | undefined)[]).includes(id);
}

/**
 * The topics a search can be narrowed to: every topic but `reference`, which is the `reference`
 * type under another name (searchTypeOf) and would show twice, under Topic and under Type.
 */
export const TOPIC_FILTER_IDS = TOPIC_IDS.filter((id) => id !== 'reference');
export const TYPE_FILTER_IDS: readonly SearchType[] = SEARCH_TYPES;

/** The search type of an explainer: reference pages (glossary, timeline…) are filed under the `reference` topic. */
export function searchTypeOf(topics: readonly string[]): SearchType {
  return topics.includes('reference') ? 'reference' : 'explainer';
}

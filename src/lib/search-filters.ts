/**
 * The two search filters, topic and type. Pages carry them by id
 * (`<span data-pagefind-filter="topic:migration">`), in every
 * language, so URLs (?topic=migration) and the index agree and only the
 * labels a reader sees are translated.
 */
import { TOPICS, type Topic } from '../schemas/topics';

/** Kinds of page in the index (the `type` filter), with their English labels. */
export const SEARCH_TYPES = {
  explainer: 'Explainer',
  reference: 'Reference',
  article: 'Article',
} as const;

export type SearchType = keyof typeof SEARCH_TYPES;

/**
 * The topics a search can be narrowed to: every topic but `reference`, which is the `reference`
 * type under another name (searchTypeOf) and would show twice, under Topic and under Type.
 */
export const TOPIC_FILTER_IDS = (Object.keys(TOPICS) as Topic[]).filter((id) => id !== 'reference');
export const TYPE_FILTER_IDS = Object.keys(SEARCH_TYPES) as SearchType[];

/** The search type of an explainer: reference pages (glossary, timeline…) are filed under the `reference` topic. */
export function searchTypeOf(topics: readonly string[]): SearchType {
  return topics.includes('reference') ? 'reference' : 'explainer';
}

/** What a reader typed, tidied into the query Pagefind receives. */
import { MIN_QUERY_LENGTH } from './search-config';

/**
 * Tidies a typed query: Unicode NFC (so "é" typed as e + accent matches
 * the precomposed "é" in the index), no stray spaces.
 */
export function normaliseQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Whether a query is long enough to search for (letters and digits only count). */
export function isSearchable(query: string): boolean {
  return query.replace(/[^\p{L}\p{N}]/gu, '').length >= MIN_QUERY_LENGTH;
}


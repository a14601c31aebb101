/**
 * The words a result link asks the next page to highlight. They are the words
 * Pagefind actually matched (as written on the page, accents and all), not
 * the typed query, so "arevalo" highlights "Arévalo" and a prefix highlights
 * whole words.
 */
import { HIGHLIGHT_PARAM } from './search-config';
import { isStopWord } from './search-query';
import type { ExcerptPart } from './search-results';

/** Most words worth carrying in a URL. */
const MAX_TERMS = 6;

/**
 * The distinct matched words of an excerpt. Stop words and other one- and
 * two-letter words ("la", "del", "the") are dropped when another word matched
 * too: on the page they would light up every "la" in every sentence. A
 * possessive is asked for without its "’s": "Sheinbaum’s" lit up only the two
 * possessives on a page with thirteen "Sheinbaum".
 */
export function highlightTerms(parts: readonly ExcerptPart[]): string[] {
  const seen = new Map<string, string>();
  for (const part of parts) {
    if (!part.marked) continue;
    const word = part.text.trim().replace(/(?<=\p{L})['’]s$/u, '');
    const key = word.toLocaleLowerCase('en');
    if (word && !seen.has(key)) seen.set(key, word);
  }
  const words = [...seen.values()];
  const long = words.filter((word) => [...word].length > 2 && !isStopWord(word));
  return (long.length ? long : words).slice(0, MAX_TERMS);
}

/** `url` with the words to highlight as query parameters, before any #fragment. */
export function withHighlight(url: string, terms: readonly string[], param = HIGHLIGHT_PARAM): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
  const params = new URLSearchParams(queryAt === -1 ? '' : beforeHash.slice(queryAt + 1));
  params.delete(param);
  for (const term of terms) params.append(param, term);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}${hash}`;
}

/** The words a page was asked to highlight, from its query string. */
export function requestedHighlights(search: string, param = HIGHLIGHT_PARAM): string[] {
  return new URLSearchParams(search)
    .getAll(param)
    .map((term) => term.trim())
    .filter(Boolean);
}

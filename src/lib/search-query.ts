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

/** The fewest letters a shortened last word keeps: shorter starts match too much to help. */
export const MIN_SHORTENED_LETTERS = 4;

/**
 * Shorter forms of a query that found nothing, to try in turn: its last word one letter
 * shorter each time, down to MIN_SHORTENED_LETTERS ("Pakalzzqx" → "Pakalzzq" … "Pakal").
 * Pagefind itself searches for the longest indexed start of a word it does not have, but only
 * within the index chunk the word would sort into: a typo that sorts past the end of a chunk
 * ("pakalz" after "pakales") found nothing at all, depending on where the chunks happened to
 * break. Trying the shorter forms gives the same answer wherever they break.
 */
export function shorterQueries(query: string): string[] {
  const words = query.split(' ');
  const last = Array.from(words.pop() ?? '');
  const shorter: string[] = [];
  for (let length = last.length - 1; length >= MIN_SHORTENED_LETTERS; length--) {
    const word = last.slice(0, length).join('');
    // Trailing punctuation is no letter worth a search of its own.
    if (!/[\p{L}\p{N}]$/u.test(word)) continue;
    shorter.push([...words, word].join(' '));
  }
  return shorter;
}

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

/**
 * Words too common to search for (articles, prepositions, conjunctions), by page language. In a
 * query with other words they only dilute it: every section has a "de" or a "the", so the excerpt
 * Pagefind picks may show nothing but them, and the result link asks the page to light up each
 * one. The phrase search (phraseQuery) still uses them, where they carry meaning: "de la Fuente".
 */
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']),
  es: new Set(['a', 'al', 'con', 'de', 'del', 'e', 'el', 'en', 'la', 'las', 'lo', 'los', 'o', 'para', 'por', 'u', 'un', 'una', 'y']),
};

/** Whether `word` is a stop word in `language` (any language when none is given). */
export function isStopWord(word: string, language?: string): boolean {
  const key = word.toLocaleLowerCase('es');
  const lists = language === undefined ? Object.values(STOP_WORDS) : [STOP_WORDS[language.slice(0, 2)] ?? new Set<string>()];
  return lists.some((list) => list.has(key));
}

/**
 * The query without its stop words when a word of substance remains ("cinturon de fuego" →
 * "cinturon fuego"), else as typed ("de", "La"). A query in quotes is the reader's exact phrase
 * and stays as it is.
 */
export function withoutStopWords(query: string, language: string): string {
  if (query.includes('"')) return query;
  const kept = query.split(' ').filter((word) => !isStopWord(word, language));
  return kept.length > 0 ? kept.join(' ') : query;
}

/**
 * American spellings of words the English pages spell only the British way, as a reader may type
 * them: "defense minister" finds the ministers of defence. Whole words only, and only where no
 * English page has the American spelling: the pages write both "organized crime" and
 * "organised", and the source article "stabilize", so those are left as typed. A unit test checks
 * each pair against the content files.
 */
export const BRITISH_SPELLINGS: Readonly<Record<string, string>> = {
  defense: 'defence',
  program: 'programme',
  programs: 'programmes',
  center: 'centre',
  centers: 'centres',
  neighbor: 'neighbour',
  apologize: 'apologise',
  apologized: 'apologised',
  apologizing: 'apologising',
  dialog: 'dialogue',
};

/** The query in the pages' own spelling: British for English pages (BRITISH_SPELLINGS), as typed otherwise. */
export function inSiteSpelling(query: string, language: string): string {
  if (!language.startsWith('en')) return query;
  return query.replace(/[\p{L}]+/gu, (word) => BRITISH_SPELLINGS[word.toLocaleLowerCase('en')] ?? word);
}

/**
 * The query as an exact phrase for Pagefind, whose sections are ranked first: "de la Fuente"
 * finds the foreign minister before the many "fuentes" (sources) that match its words one by one,
 * and "AP" the news agency before "aparecen" and "apoyo", which only begin with it (Pagefind
 * completes the last word typed). Exact, but not to the accent: "Arevalo" is "Arévalo" still.
 * Not for a query the reader already put in quotes.
 */
export function phraseQuery(query: string): string | undefined {
  return query.includes('"') ? undefined : `"${query}"`;
}

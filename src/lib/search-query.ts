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

/** The fewest letters a start of a typo keeps (typoStarts). */
export const TYPO_START_LETTERS = 5;
/** The most letters typoStarts leaves off the end of a typo. */
export const TYPO_ENDING_LETTERS = 3;

/**
 * The starts of a word worth searching for in its place, longest first, when Pagefind could only
 * stand in for it by a start of half the word or less (search-fallback.ts, meaninglessStandIns): a
 * typo near its end ("Sheinbam" searched as "She") still begins like the word meant ("Sheinba"
 * finds "Sheinbaum"). Each leaves off at most TYPO_ENDING_LETTERS and keeps at least
 * TYPO_START_LETTERS: a shorter start of a short word begins too many others ("Menc" of
 * "Mencho" is "mención"). A typo early in a word ("Guatamala") is not found this way: the
 * nearest word of the index's word list is (search-words.ts).
 */
export function typoStarts(word: string): string[] {
  const letters = Array.from(word);
  const shortest = Math.max(TYPO_START_LETTERS, letters.length - TYPO_ENDING_LETTERS);
  const starts: string[] = [];
  for (let length = letters.length - 1; length >= shortest; length--) starts.push(letters.slice(0, length).join(''));
  return starts;
}

/**
 * Words too common to search for (articles, prepositions, conjunctions, and the words of a question:
 * "what did Sheinbaum offer"), by page language. In a query with other words they only dilute it:
 * Pagefind wants every word in one section, every section has a "de" or a "the", and few have a
 * "what" beside the words that matter; the excerpt Pagefind picks may show nothing but them, and
 * the result link asks the page to light up each one. The phrase search (phraseQuery) still uses
 * them, where they carry meaning: "de la Fuente".
 */
export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(['a', 'an', 'and', 'are', 'at', 'by', 'did', 'do', 'does', 'for', 'from', 'how', 'in', 'is', 'of', 'on', 'or', 'the', 'to', 'was', 'were', 'what', 'when', 'where', 'which', 'who', 'why', 'with']),
  es: new Set(['a', 'al', 'cómo', 'con', 'cuál', 'cuándo', 'de', 'del', 'dónde', 'e', 'el', 'en', 'es', 'fue', 'la', 'las', 'lo', 'los', 'o', 'para', 'por', 'qué', 'quién', 'quiénes', 'u', 'un', 'una', 'y']),
};

/** Whether `word` is a stop word in `language` (any language when none is given), whatever punctuation it is typed with ("¿Qué"). */
export function isStopWord(word: string, language?: string): boolean {
  const key = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLocaleLowerCase('es');
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
 * Spellings a reader may type that the English pages never use, each with the one they do. Mostly
 * American spellings of words the pages spell the British way ("defense minister" finds the
 * ministers of defence), and one the other way round: the pages follow the article and the topic's
 * name in writing "organized crime", so a British reader's "organised crime" finds it. Whole words
 * only, and only where no English page has the typed spelling (the source article writes
 * "stabilize", so that is left as typed). A unit test checks each pair against the content files.
 */
export const SITE_SPELLINGS: Readonly<Record<string, string>> = {
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
  organised: 'organized',
};

/** The query in the English pages' own spelling (SITE_SPELLINGS); on other pages as typed. */
export function inSiteSpelling(query: string, language: string): string {
  if (!language.startsWith('en')) return query;
  return query.replace(/[\p{L}]+/gu, (word) => SITE_SPELLINGS[word.toLocaleLowerCase('en')] ?? word);
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

/** The query without the reader's quotation marks, to rank a quoted phrase's sections by its words. */
export function unquoted(query: string): string {
  return query.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The longest query a status line or the tab's title repeats whole. */
export const SHOWN_QUERY_LENGTH = 60;

/**
 * A query as the status line and the tab's title repeat it: whole, or cut at a word with an
 * ellipsis when longer than SHOWN_QUERY_LENGTH. A pasted paragraph, or 300 x's, was repeated in
 * full, in the title and in what a screen reader says after each search. The line puts it in
 * quotation marks itself: a query the reader put wholly in quotes is shown without theirs
 * (“state of siege”, not “"state of siege"”), a quoted phrase within it in single marks, and an
 * unpaired mark not at all.
 */
export function shownQuery(typed: string): string {
  const query = /^"[^"]*"$/.test(typed) ? typed.slice(1, -1) : typed.replace(/"([^"]*)"/g, '‘$1’').replace(/"/g, '');
  const letters = Array.from(query);
  if (letters.length <= SHOWN_QUERY_LENGTH) return query;
  const cut = letters.slice(0, SHOWN_QUERY_LENGTH - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= SHOWN_QUERY_LENGTH / 2 ? atWord : cut).trimEnd()}…`;
}

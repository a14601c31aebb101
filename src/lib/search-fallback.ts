/**
 * Saying so when Pagefind searched for less than the reader typed. When a
 * word is not in the index, Pagefind searches for the longest start of it
 * that is ("Pakalzzqx" finds pages with "Pakal", "elections" pages with
 * "president-elect"), and reports those pages as results. This reads the
 * words Pagefind marked in the results to tell that apart from an ordinary
 * match, so the status line can say "No exact match for “Pakalzzqx”. 7
 * results for similar words: “Pakal”, “Pakales”." instead of implying that
 * seven pages contain the word.
 * @see https://github.com/Pagefind/pagefind/pull/315
 */

import { foldWord, letters, sharedStart } from './search-words';

/**
 * How much of a typed word may go unmatched at its end before the match counts
 * as a shortened search: at most this many letters, and never half the word or
 * more. Stemming legitimately matches a word to its relatives ("cooperating"
 * finds "cooperation", "países" finds "país", "policies" finds "policy"), which
 * differ in their last few letters; a shortened search leaves more of the word
 * behind, and in a short word three letters are half of it ("Mencho" matched
 * as "men", "menos").
 */
export const STEMMED_ENDING_LETTERS = 3;

/** The letters of a typed word a marked word must share from its start to count as the word, stemmed. */
function lettersToKeep(length: number): number {
  return Math.max(length - STEMMED_ENDING_LETTERS, Math.floor(length / 2) + 1);
}

/** The words in a piece of text (a marked "president-elect" is two words to Pagefind). */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The marked words, each spelling once (ignoring case and accents), split into words of letters. */
function markedWords(matched: readonly string[]): { text: string; words: string[][] }[] {
  const spellings = new Map<string, string>();
  for (const text of matched) {
    const key = letters(text).join('');
    if (!spellings.has(key)) spellings.set(key, text);
  }
  // A lone letter split off a marked word ("Arévalo’s") is no stand-in for a typed word beginning
  // with it; a mark that is one letter alone is: "xyzzy" found "X" (the social network), and
  // "Obrador" the Spanish "o".
  return [...spellings.values()].map((text) => {
    const words = wordsOf(text);
    return { text, words: (words.length === 1 ? words : words.filter((word) => word.length > 1)).map(letters) };
  });
}

/** How many letters each marked word shares with the start of a typed word. */
function sharedWith(typed: readonly string[], marked: ReturnType<typeof markedWords>): { text: string; count: number }[] {
  return marked.map((candidate) => ({ text: candidate.text, count: Math.max(0, ...candidate.words.map((word) => sharedStart(typed, word))) }));
}

/**
 * The letters of a word that count when asking how much of it a stand-in shares: all but a final
 * "s" of a word of six letters or more, which makes a plural ("killings" is measured as
 * "killing"). Shorter words keep theirs ("gas", "news").
 */
function measuredLength(word: readonly string[]): number {
  return word.length >= 6 && word.at(-1) === 's' ? word.length - 1 : word.length;
}

/**
 * The typed words Pagefind stood in for with a start of half the word or less: "Sheinbaun" (a
 * typo) searched as "She", "defense" as "De", "Mencho" as "men". Pages with "she" or "menos"
 * are no answer to the reader, so the search runs again without these words, and says so.
 * A stand-in sharing more than half ("Pakal" for "Pakalzzqx") is offered as a similar word, and
 * so is a stem sharing more than half of a plural's singular: "killings" is searched by its stem,
 * "kill", which is half of "killings" but more than half of "killing", and the pages with
 * "killed" answer it.
 */
export function meaninglessStandIns(query: string, matched: readonly string[]): string[] {
  const marked = markedWords(matched);
  return wordsOf(query).filter((typed) => {
    const typedLetters = letters(typed);
    const best = Math.max(0, ...sharedWith(typedLetters, marked).map((candidate) => candidate.count));
    return best > 0 && best <= Math.floor(measuredLength(typedLetters) / 2);
  });
}

/**
 * Whether some marked word begins with the whole of `start` (ignoring case and accents): whether a
 * search for a typo's start (typoStarts) found it, or only a shorter start again ("Mench" searched
 * by Pagefind as "men").
 */
export function marksBeginWith(start: string, matched: readonly string[]): boolean {
  const startLetters = letters(start);
  return markedWords(matched).some((candidate) => candidate.words.some((word) => sharedStart(startLetters, word) === startLetters.length));
}

/**
 * The typed words the results have only as another word sharing most of their start, each with
 * those words as the pages spell them, most letters shared first: Pagefind's stemming tolerance
 * ("Chiapaz" marked as "Chiapas", "fronteriso" as "fronterizo", "policies" as "policy"). Another
 * form of the word or a typo near its end: only the index's word list can tell which
 * (meaningfulSearch). A word some marked word begins with in full is matched, not nearly.
 */
export function nearlyMatchedWords(query: string, matched: readonly string[]): Map<string, string[]> {
  const spellings = new Map<string, string>();
  for (const word of matched.flatMap(wordsOf)) if (Array.from(word).length > 1 && !spellings.has(foldWord(word))) spellings.set(foldWord(word), word);
  const nearly = new Map<string, string[]>();
  for (const typed of wordsOf(query)) {
    const typedLetters = letters(typed);
    const keep = lettersToKeep(typedLetters.length);
    const shares = [...spellings.values()].map((word) => ({ word, count: sharedStart(typedLetters, letters(word)) }));
    const best = Math.max(0, ...shares.map((share) => share.count));
    if (typedLetters.length < 2 || best < keep || best === typedLetters.length) continue;
    nearly.set(
      typed,
      shares.filter((share) => share.count >= keep).sort((a, b) => b.count - a.count).map((share) => share.word),
    );
  }
  return nearly;
}

/** The query's words without `words`, as a plain query: punctuation and quotation marks go too. */
export function withoutWords(query: string, words: readonly string[]): string {
  return wordsOf(query)
    .filter((word) => !words.includes(word))
    .join(' ');
}

/** What a shortened search found instead of the words typed. */
export interface ShortenedSearch {
  /** The typed words no result contains, as typed (a typo found by a start of it too). */
  missing: string[];
  /** The marked words that stand in for them, as the pages spell them, each once (ignoring case), at most MAX_SIMILAR. */
  similar: string[];
  /** The typed words the results do contain, as typed. */
  found: string[];
}

/** Most stand-in words worth naming in a status line. */
export const MAX_SIMILAR = 4;

/**
 * The typed words Pagefind shortened, and the words it matched instead;
 * undefined when every typed word was matched (or nothing was marked to tell
 * by). A typed word no marked word even begins like is missing too, when
 * another typed word was found: Pagefind leaves out a word it cannot match at
 * all ("Ring of Fire" found pages with "fired" and no "ring"). `matched` is
 * every word marked in the results shown; `dropped`, typed words searched
 * again without (meaninglessStandIns), which are missing whatever the marks say;
 * `misspelt`, typed words searched as another (typed → searched): by a start of
 * them ("Sheinbam" → "Sheinba", typoStarts) or as the nearest indexed word
 * ("Guatamala" → "Guatemala", search-words.ts). They are missing too, with the
 * marked words sharing more than half of the word searched as similar words. A one-letter
 * word ("8" of "8 June", the "s" of "Arévalo's") is never named: the marks
 * leave out lone letters, so they cannot tell whether it was found.
 */
export function shortenedSearch(query: string, matched: readonly string[], dropped: readonly string[] = [], misspelt: Readonly<Record<string, string>> = {}): ShortenedSearch | undefined {
  const marked = markedWords(matched);
  const missing: string[] = [...dropped];
  const unmatched: string[] = [];
  const found: string[] = [];
  const similar = new Set<string>();
  for (const typed of wordsOf(query)) {
    const typedLetters = letters(typed);
    if (typedLetters.length === 1) continue;
    const shared = sharedWith(typedLetters, marked);
    const best = Math.max(0, ...shared.map((candidate) => candidate.count));
    const searchedAs = Object.hasOwn(misspelt, typed) ? letters(misspelt[typed]) : undefined;
    if (searchedAs) {
      missing.push(typed);
      const near = sharedWith(searchedAs, marked).filter((candidate) => candidate.count > Math.floor(searchedAs.length / 2));
      // The word searched for comes first where the results have it ("Mexico", then "Mexico’s"), whatever result it was marked in.
      const isSearchedAs = (text: string) => letters(text).join('') === searchedAs.join('');
      for (const candidate of [...near.filter((c) => isSearchedAs(c.text)), ...near.filter((c) => !isSearchedAs(c.text))]) similar.add(candidate.text);
    } else if (best === 0) unmatched.push(typed);
    else if (best >= lettersToKeep(typedLetters.length)) found.push(typed);
    else {
      missing.push(typed);
      for (const candidate of shared) if (candidate.count > 0) similar.add(candidate.text);
    }
  }
  // A word nothing begins like says something only beside a word that was found.
  if (found.length > 0) missing.push(...unmatched);
  return missing.length ? { missing, similar: [...similar].slice(0, MAX_SIMILAR), found } : undefined;
}

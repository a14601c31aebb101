/**
 * "Did you mean": the words the search index holds, for a typed word it does
 * not. Pagefind matches a word it does not have by its longest start that it
 * does, which finds nothing useful for a typo early in a word ("Guatamala"
 * shares only "Guat" with "Guatemala", "Mexcio" only "Mex" with "Mexico").
 * The build writes each language's word list (`pagefind/words.<index hash>.json`,
 * beside the page map; a few KB gzip), and search loads it only when a typed
 * word went unmatched, to search for the nearest indexed word instead.
 */

/** The fewest letters a word needs to be listed, or corrected: shorter words are too near too many others. */
export const MIN_WORD_LETTERS = 4;

/** A word as the index compares it: lower case, accents ignored ("Arévalo" → "arevalo"). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** A word as Pagefind compares it: lower case, accents ignored (foldWord), one entry per letter. */
export function letters(word: string): string[] {
  return Array.from(foldWord(word));
}

/** How many letters `a` and `b` share at their start. */
export function sharedStart(a: readonly string[], b: readonly string[]): number {
  let count = 0;
  while (count < a.length && count < b.length && a[count] === b[count]) count++;
  return count;
}

/** Whether a word is of the kind the list holds: MIN_WORD_LETTERS or more, letters only (no figures). */
export function isListable(word: string): boolean {
  return Array.from(word).length >= MIN_WORD_LETTERS && !/\p{N}/u.test(word);
}

/** The words of a text worth listing (isListable). */
function listableWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(isListable);
}

/**
 * The distinct words of `texts`, most used first (alphabetical among equals, so two builds
 * write the same file), each in the spelling the texts use most: "Guatemala", "México".
 */
export function buildWordList(texts: Iterable<string>): string[] {
  const words = new Map<string, { uses: number; spellings: Map<string, number> }>();
  for (const text of texts) {
    for (const word of listableWords(text)) {
      const key = foldWord(word);
      const entry = words.get(key) ?? { uses: 0, spellings: new Map<string, number>() };
      entry.uses++;
      entry.spellings.set(word, (entry.spellings.get(word) ?? 0) + 1);
      words.set(key, entry);
    }
  }
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...words]
    .sort(([keyA, a], [keyB, b]) => b.uses - a.uses || order(keyA, keyB))
    .map(([, { spellings }]) => [...spellings].sort(([a, usesA], [b, usesB]) => usesB - usesA || order(a, b))[0][0]);
}

/**
 * Edits between two words, a swap of two neighbouring letters counting as one
 * ("Mexcio" is one edit from "Mexico"): the optimal string alignment distance.
 */
export function typingDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  // rows[i][j]: edits between the first i letters of x and the first j of y.
  const rows = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[x.length][y.length];
}

/**
 * The most edits a word of `length` letters may be from the word meant: one up to seven letters,
 * two from eight. Two edits in a short word reach too far: "Mencho" (a nickname no page has) is two
 * from "mucho".
 */
export function allowedEdits(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** Whether the word list holds `typed`, ignoring case and accents. */
export function holdsWord(words: readonly string[], typed: string): boolean {
  const folded = foldWord(typed);
  return words.some((word) => foldWord(word) === folded);
}

/**
 * The word a typo near the end of a word meant, among the words the results marked for it
 * (nearlyMatchedWords), in their order: one slip away (a letter wrong, missing, added or two
 * swapped; typingDistance 1) and beginning with the same letter, as "Chiapaz" is from "Chiapas"
 * and "polisia" from "policía". A word the other merely extends, or that extends it, is another
 * form of it, not a typo ("cartels" for "cartel", "shootings" for "shooting"); nor is a word two
 * slips away ("cooperating" for "cooperation"): Pagefind's stemming rightly matched those.
 */
export function slipNearEnd(typed: string, marked: readonly string[]): string | undefined {
  const folded = foldWord(typed);
  return marked.find((word) => {
    const candidate = foldWord(word);
    return candidate[0] === folded[0] && !candidate.startsWith(folded) && !folded.startsWith(candidate) && typingDistance(folded, candidate) === 1;
  });
}

/**
 * The word a typo near the end of a word meant when the results marked none it is a slip from
 * (slipNearEnd), among the listed words, most used first: "fronteriso", for which the results
 * marked only "frontera", is a slip from the pages' "fronterizo". Only a listed word sharing more
 * of the typed word's start than every marked word does: otherwise the results already have a
 * word as near, another form of the typed one ("policy", marked as "policies", is not "police").
 */
export function slipAmongListed(typed: string, marked: readonly string[], words: readonly string[]): string | undefined {
  const typedLetters = letters(typed);
  const markedShare = Math.max(0, ...marked.map((word) => sharedStart(typedLetters, letters(word))));
  return slipNearEnd(
    typed,
    words.filter((word) => {
      const wordLetters = letters(word);
      return Math.abs(wordLetters.length - typedLetters.length) <= 1 && sharedStart(typedLetters, wordLetters) > markedShare;
    }),
  );
}

/**
 * The indexed word nearest to a typed word that the index does not hold, in
 * the list's spelling; undefined when the index holds the word itself (it is
 * no typo: the query's other words are what find nothing), when the word is
 * shorter than MIN_WORD_LETTERS, or when no indexed word beginning with the
 * same letter is within allowedEdits (a first letter is seldom the one
 * mistyped, and a word that begins otherwise is seldom the one meant). Of the
 * nearest, the most used wins ("Guatamala" → "Guatemala").
 */
export function nearestIndexedWord(typed: string, words: readonly string[]): string | undefined {
  const folded = foldWord(typed);
  const length = Array.from(folded).length;
  if (length < MIN_WORD_LETTERS) return undefined;
  let best: string | undefined;
  let bestDistance = allowedEdits(length) + 1;
  for (const word of words) {
    const candidate = foldWord(word);
    if (candidate === folded) return undefined;
    if (candidate[0] !== folded[0] || Math.abs(Array.from(candidate).length - length) >= bestDistance) continue;
    const distance = typingDistance(folded, candidate);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Finding words and phrases in text as whole words: "Plan Mercurio", not the start of
 * "Mercurios". Shared by the names marked in page text (foreign-names.ts) and the words a search
 * result marks in its heading (search-results.ts); the regular-expression escaping by every
 * pattern built from page text.
 */

/** `text` with every character a regular expression gives a meaning to escaped, to match as written. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A run of text: one of the words looked for (`found`), or the text between them. */
export interface WordRun {
  text: string;
  found: boolean;
}

/**
 * `text` split into runs at each whole-word occurrence of one of `words`, as spelt. Matches run
 * left to right; where two words start at the same place the longer is taken ("Plan Cinturón de
 * Fuego" before "Plan"). Letters, digits and combining marks on either side mean the match is
 * part of a longer word.
 */
export function splitAtWords(text: string, words: readonly string[]): WordRun[] {
  const alternatives = [...new Set(words.filter(Boolean))].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (alternatives.length === 0) return text ? [{ text, found: false }] : [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
  const runs: WordRun[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), found: false });
    runs.push({ text: match[0], found: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), found: false });
  return runs;
}

/**
 * Lists in running text: "a", "a or b", "a, b or c". One function for every
 * list a reader or an editor sees (search status lines, map descriptions,
 * "did you mean" suggestions), in either language.
 */

/** The word before a list's last item: fixed ("or") or chosen by that item (Spanish "y" / "e"). */
export type Conjunction = string | ((last: string) => string);

/** "a", "a or b", "a, b or c" (no serial comma, as the site writes). */
export function joinWords(items: readonly string[], conjunction: Conjunction): string {
  if (items.length < 2) return items[0] ?? '';
  const last = items[items.length - 1];
  const word = typeof conjunction === 'string' ? conjunction : conjunction(last);
  return `${items.slice(0, -1).join(', ')} ${word} ${last}`;
}

/** The first letters of a word, past any opening quotation mark or bracket, lower-cased. */
function opening(word: string): string {
  return word.replace(/^[^\p{L}]+/u, '').toLowerCase();
}

/**
 * Spanish "y" becomes "e" before an i sound: "Chiapas e Izabal" (RAE). It stays
 * "y" before "hie-" and "hia-" ("agua y hielo"), where the i is a consonant sound.
 */
export function spanishAnd(last: string): string {
  return /^h?[iíï](?![aeoóéá])/.test(opening(last)) ? 'e' : 'y';
}

/** Spanish "o" before an o sound becomes "u": "siete u ocho", "México u Honduras"; "o" otherwise. */
export function spanishOr(last: string): string {
  return /^h?[oó]/.test(opening(last)) ? 'u' : 'o';
}

/**
 * The back-links from a numbered source to each place it is cited ("↩a ↩b",
 * as on Wikipedia; the arrow is drawn by CSS). A source cited once gets one
 * link with no letter.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export interface Backlink {
  /** Fragment of the citation mark it returns to: "cite-5-2". */
  href: string;
  /** The visible letter ("b"; "27" past z), empty when the source is cited once. */
  text: string;
  /**
   * The link's accessible name: the words, then the visible letter ("Back to citation, letter b").
   * The name contains the visible text, so a speech user can say what they see (WCAG 2.5.3).
   */
  label: string;
}

/** How back-links are named in a language: the words alone, and the words with a link's letter. */
export interface BacklinkWords {
  /** "Back to citation": a source cited once. */
  one: string;
  /**
   * "Back to citation, letter b", in Spanish "Volver a la cita, letra b": the letter named as one,
   * since a lone "a" is read as the article ("citation uh"), and "la cita a" as a preposition.
   * (Naming each with its source's number too, "Back to citation 5, letter b", would tell them
   * apart in a list of links, but at 0.3–0.7 KB gzip on the pages with the most citations.)
   */
  lettered: (letter: string) => string;
}

/** Back-links for source `number`, cited `count` times, named with `words`. */
export function backlinks(number: number, count: number, words: BacklinkWords): Backlink[] {
  return Array.from({ length: count }, (_, i) => {
    const text = count === 1 ? '' : (LETTERS[i] ?? String(i + 1));
    return { href: `#cite-${number}-${i + 1}`, text, label: text ? words.lettered(text) : words.one };
  });
}

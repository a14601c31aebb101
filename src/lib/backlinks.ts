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
   * The link's accessible name: the words, then the visible letter ("Back to citation b").
   * The name contains the visible text, so a speech user can say what they see (WCAG 2.5.3).
   */
  label: string;
}

/** Back-links for source `number`, cited `count` times, named with `words` ("Back to citation"). */
export function backlinks(number: number, count: number, words: string): Backlink[] {
  return Array.from({ length: count }, (_, i) => {
    const text = count === 1 ? '' : (LETTERS[i] ?? String(i + 1));
    return { href: `#cite-${number}-${i + 1}`, text, label: text ? `${words} ${text}` : words };
  });
}

/**
 * What the search trigger needs on every page, and nothing else: the keys
 * that open search, and whether the reader arrived from a search result.
 * Kept apart from the rest of search so the per-page script stays tiny.
 */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * Whether a key press opens search: Ctrl+K or ⌘K, anywhere. Only chords: a
 * single-character shortcut such as "/" fires by accident for speech-input
 * users, and WCAG 2.1.4 then asks for a way to turn it off.
 */
export function isSearchShortcut(event: KeyLike): boolean {
  return !event.altKey && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
}

/**
 * Whether the page was opened from a search result, which carries the words
 * to highlight. Same parameter as HIGHLIGHT_PARAM in search-config.ts (a unit
 * test holds them together); not imported from there, so the trigger shares
 * no code with the search bundle.
 */
export function arrivedFromResult(search: string): boolean {
  return new URLSearchParams(search).has('pagefind-highlight');
}

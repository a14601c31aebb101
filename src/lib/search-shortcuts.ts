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

/** The element a key press happened in, as far as shortcuts care. */
export interface KeyTarget {
  tagName: string;
  type?: string;
  isContentEditable: boolean;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit']);

/** Whether typing in `target` enters text, so "/" must type a slash rather than open search. */
export function isTextEntry(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase());
}

/** Whether a key press opens search: "/" outside text fields, or Ctrl+K / ⌘K anywhere. */
export function isSearchShortcut(event: KeyLike, target: KeyTarget | null): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !isTextEntry(target);
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

/** Moving through search results with the keyboard. */

/**
 * Where focus goes in a list of `count` results when a key is pressed.
 * -1 is the search box; ↓ from the box enters the list, ↑ from the first
 * result returns to the box, and the ends do not wrap. `undefined`: the key does not move.
 */
export function nextResultIndex(current: number, count: number, key: string): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, count - 1);
    case 'ArrowUp':
      return Math.max(current - 1, -1);
    case 'Home':
      return current === -1 ? undefined : 0;
    case 'End':
      return current === -1 ? undefined : count - 1;
    default:
      return undefined;
  }
}

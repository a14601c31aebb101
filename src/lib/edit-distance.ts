/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/**
 * The known name nearest to `name` (letter case aside), if it is near enough to be what the
 * editor meant: within 3 edits, or a quarter of the name's length for a long one. The one rule
 * every "did you mean" in the build's messages follows (ids, fields, components, links).
 */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const score = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore <= Math.max(3, Math.floor(name.length / 4)) ? best : undefined;
}

/** ` (did you mean "x"?)` when a known name is near `name` (nearestName), else nothing. */
export function suggest(name: string, known: Iterable<string>): string {
  const near = nearestName(name, known);
  return near === undefined ? '' : ` (did you mean "${near}"?)`;
}

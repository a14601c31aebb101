import { joinWords } from './word-list';

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
 * Whether a known name `score` edits from `name` may be what the editor meant: within 3 edits, or a
 * quarter of a long name's length, and, but for a single edit, keeping two letters of the shorter
 * ("tlc" is 2 edits from "pnc", with only the "c" in common: no suggestion).
 */
function nearEnough(name: string, candidate: string, score: number): boolean {
  return score <= Math.max(3, Math.floor(name.length / 4)) && score <= Math.max(1, Math.min(name.length, candidate.length) - 2);
}

/**
 * The known names nearest to `name` (letter case aside), if near enough to be what the editor
 * meant (nearEnough). Names tied at that distance all come back (up to three), in the order given: "razon-2025-08-61" is as near to
 * "razon-2025-08-16" as to "razon-2025-08-08", and picking one would send the editor to the
 * wrong source half the time. The one rule every "did you mean" in the build's messages follows
 * (ids, fields, components, links).
 */
export function nearestNames(name: string, known: Iterable<string>): string[] {
  let best: string[] = [];
  let bestScore = Infinity;
  for (const candidate of known) {
    const score = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!nearEnough(name, candidate, score)) continue;
    if (score < bestScore) {
      best = [candidate];
      bestScore = score;
    } else if (score === bestScore) {
      best.push(candidate);
    }
  }
  return best.slice(0, 3);
}

/**
 * The known names an id may have been renamed from or to: the nearest by spelling (nearestNames),
 * or else those whose hyphen-joined words hold all of its words in a run, or are held in its
 * ("ganseg" and "ganseg-group", "the-border-region" and "the-border"); up to three, and none for a
 * name under four letters, which too many names would hold.
 */
export function renamedNames(name: string, known: Iterable<string>): string[] {
  const near = nearestNames(name, known);
  if (near.length || name.length < 4) return near;
  const words = (id: string) => `-${id.toLowerCase()}-`;
  return [...known].filter((candidate) => candidate.length >= 4 && (words(candidate).includes(words(name)) || words(name).includes(words(candidate)))).slice(0, 3);
}

/** " (did you mean "x"?)" for an id that may have been renamed (renamedNames); '' when none is near. */
export function suggestRenamed(name: string, known: Iterable<string>): string {
  const near = renamedNames(name, known);
  return near.length === 0 ? '' : ` (did you mean ${orList(near.map((candidate) => `"${candidate}"`))}?)`;
}

/** The nearest known name, or the first of those tied (see nearestNames). */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  return nearestNames(name, known)[0];
}

/** Names as a message lists choices: "a", "a or b", "a, b or c". */
export function orList(names: readonly string[]): string {
  return joinWords(names, 'or');
}

/** " (did you mean "x"?)", or " (did you mean "x" or "y"?)" for a tie, for the end of a fix; '' when nothing is near. */
export function suggest(name: string, known: Iterable<string>): string {
  const near = nearestNames(name, known);
  return near.length === 0 ? '' : ` (did you mean ${orList(near.map((candidate) => `"${candidate}"`))}?)`;
}

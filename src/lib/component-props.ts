/**
 * The kit's props that take one of a closed set of values, checked in the MDX body before any
 * page renders: found while rendering, a wrong one was reported under the page's address
 * ("Caught error rendering /explainers/x/"), with no file or line. The components keep their own
 * check as a backstop (Callout.astro, StackedRows.astro, LocatorMap.astro).
 */
import { PLACE_IDS } from './locator-map-places';

export const CALLOUT_TYPES = ['note', 'caution', 'analysis', 'not-found'] as const;
export const STACKED_ROWS_SECOND = ['muted', 'plain', 'labelled'] as const;

export interface PropProblem {
  /** Line in `body`, from 1. */
  line: number;
  /** The tag and prop, e.g. `<Callout type>`. */
  field: string;
  found: string;
  fix: string;
}

const CHOICES: { tag: string; prop: string; allowed: readonly string[] }[] = [
  { tag: 'Callout', prop: 'type', allowed: CALLOUT_TYPES },
  { tag: 'StackedRows', prop: 'second', allowed: STACKED_ROWS_SECOND },
];

/** Wrong values of the kit's closed-choice props in an MDX body (code fences blanked). */
export function componentPropProblems(body: string): PropProblem[] {
  const problems: PropProblem[] = [];
  const lineOf = (index: number) => body.slice(0, index).split('\n').length;
  for (const { tag, prop, allowed } of CHOICES) {
    for (const match of body.matchAll(new RegExp(`<${tag}\\b[^>]*?\\b${prop}\\s*=\\s*["']([^"']*)["']`, 'g'))) {
      if (allowed.includes(match[1])) continue;
      problems.push({ line: lineOf(match.index), field: `<${tag} ${prop}>`, found: `${prop}="${match[1]}" is not a choice`, fix: `write ${allowed.map((value) => `${prop}="${value}"`).join(', ')}` });
    }
  }
  // Each callout is a landmark named by its type and title (Callout.astro): two alike on a page are
  // two landmarks a screen reader lists with the same name, which WCAG's checks fail.
  const callouts = new Set<string>();
  for (const match of body.matchAll(/<Callout\b([^>]*)>/g)) {
    const type = /\btype\s*=\s*["']([^"']*)["']/.exec(match[1])?.[1] ?? 'note';
    const title = /\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(match[1]);
    const name = `${type}\u0000${(title?.[1] ?? title?.[2] ?? '').trim()}`;
    if (!callouts.has(name)) {
      callouts.add(name);
      continue;
    }
    problems.push({
      line: lineOf(match.index),
      field: '<Callout title>',
      found: `a second <Callout type="${type}">${title ? ` titled "${title[1] ?? title[2]}"` : ' with no title'} on the page: a screen reader would list both boxes under the same name`,
      fix: 'give each callout of a type a title of its own: <Callout type="…" title="…">',
    });
  }
  for (const match of body.matchAll(/<LocatorMap\b[^>]*?\bhighlight\s*=\s*\{\s*\[([^\]]*)\]\s*\}/g)) {
    const unknown = [...match[1].matchAll(/["']([^"']*)["']/g)].map((id) => id[1]).filter((id) => !PLACE_IDS.includes(id));
    if (unknown.length) {
      problems.push({ line: lineOf(match.index), field: '<LocatorMap highlight>', found: `unknown place id${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ')}`, fix: `use ids from src/lib/locator-map-places.ts: ${PLACE_IDS.join(', ')}` });
    }
  }
  return problems;
}

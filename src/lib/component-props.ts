/**
 * The kit's props that take one of a closed set of values, and those a component cannot do
 * without, checked in the MDX body before any page renders: found while rendering, a wrong or
 * missing one was reported under the page's address ("Caught error rendering /explainers/x/"),
 * with no file or line. The components keep their own check as a backstop (Callout.astro,
 * StackedRows.astro, LocatorMap.astro, Figure.astro, Account.astro).
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

/**
 * Props a kit component cannot render without (its own check is the backstop). `withProp` limits a
 * rule to tags that have that prop: an image's size is needed only with `src`. An image's alt
 * text is checked with the other images (src/data/explainers.ts).
 */
const REQUIRED: { tag: string; props: readonly string[]; withProp?: string; fix: string }[] = [
  // A missing or empty cite is named with the page's citations (sourcelessProblems in citations.ts), once.
  { tag: 'Figure', props: ['caption'], fix: 'give every <Figure> a caption="What it shows" and cite="source-id" for what it shows' },
  { tag: 'Figure', props: ['width', 'height'], withProp: 'src', fix: 'give the image its size in pixels, so the page does not jump as it loads: <Figure src="/images/name.png" alt="…" width={800} height={450} caption="…" cite="…" />' },
  { tag: 'Account', props: ['label'], fix: 'give every <Account> a label="Whose version" and cite="source-id" for the sources that give it' },
];

/** A tag's attributes, as written between its name and `>` (a quoted or braced value may hold a `>`). */
const tagsNamed = (tag: string) => new RegExp(`<${tag}\\b((?:[^>"'{]|"[^"]*"|'[^']*'|\\{[^}]*\\})*)>`, 'g');

/** Whether `attributes` give `prop` a value: `prop="…"` with something in it, or `prop={…}`. */
function hasProp(attributes: string, prop: string): boolean {
  const value = new RegExp(`\\b${prop}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{([^}]*)\\})`).exec(attributes);
  return value !== null && (value[1] ?? value[2] ?? value[3] ?? '').trim() !== '';
}

/** Wrong values of the kit's closed-choice props, and missing required ones, in an MDX body (code fences blanked). */
export function componentPropProblems(body: string): PropProblem[] {
  const problems: PropProblem[] = [];
  const lineOf = (index: number) => body.slice(0, index).split('\n').length;
  for (const { tag, props, withProp, fix } of REQUIRED) {
    for (const match of body.matchAll(tagsNamed(tag))) {
      if (withProp && !hasProp(match[1], withProp)) continue;
      const missing = props.filter((prop) => !hasProp(match[1], prop));
      if (missing.length === 0) continue;
      problems.push({ line: lineOf(match.index), field: `<${tag} ${missing.join(' ')}>`, found: `<${tag}> with no ${missing.join(' or ')}`, fix });
    }
  }
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

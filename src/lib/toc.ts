import { withoutCodeFences } from './mdx-body';

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of a table of contents, with its h3 children. */
export interface TocItem extends Heading {
  children: Heading[];
}

/** Builds a two-level table of contents (h2 with nested h3) from a page's headings. */
export function buildToc(headings: Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3 && toc.length > 0) toc[toc.length - 1].children.push(heading);
  }
  return toc;
}

/** A heading written more than once where the contents would list it: as first written ("## Background"), and its lines (counted from the body's first). */
export interface RepeatedHeading {
  heading: string;
  lines: number[];
}

/**
 * Headings the table of contents would list twice in the same words: two ## with the same text, or
 * two ### with the same text under one ##. Each entry would lead somewhere else, and a reader could
 * not tell them apart (nor could a screen reader's list of links). Outside code fences; the
 * words are compared without case, Markdown emphasis or spacing.
 */
export function repeatedHeadings(body: string): RepeatedHeading[] {
  const seen = new Map<string, RepeatedHeading>();
  // The line of the ## the next ### fall under; none before the first, and the contents leave those out (buildToc).
  let section: number | undefined;
  withoutCodeFences(body).split('\n').forEach((line, index) => {
    const match = /^ {0,3}(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) return;
    if (match[1] === '##') section = index;
    else if (section === undefined) return;
    const words = match[2].replace(/[*_`]/g, '').replace(/\s+/g, ' ').toLowerCase();
    const key = match[1] === '##' ? `## ${words}` : `${section} ### ${words}`;
    const entry = seen.get(key) ?? seen.set(key, { heading: `${match[1]} ${match[2]}`, lines: [] }).get(key)!;
    entry.lines.push(index + 1);
  });
  return [...seen.values()].filter((entry) => entry.lines.length > 1);
}

/** A heading that goes down more than one level from the one before it: as written, its line (from the body's first), and the level it should be. */
export interface SkippedLevel {
  heading: string;
  line: number;
  under: number;
}

/**
 * Headings that skip a level ("## Section", then "#### Detail"): a screen reader's list of headings
 * then shows a part with nothing between, and the contents (## and ###) leave it out. The page's
 * title is its h1, so a body starts at ##. Outside code fences; a level-1 heading is named by
 * levelOneHeadings.
 */
export function skippedHeadingLevels(body: string): SkippedLevel[] {
  let above = 1;
  const skipped: SkippedLevel[] = [];
  withoutCodeFences(body).split('\n').forEach((line, index) => {
    const marks = /^ {0,3}(#{1,6})\s+\S/.exec(line)?.[1];
    if (!marks) return;
    // A "# " in the body is named by levelOneHeadings, whose fix makes it ##: what follows is measured from that.
    const level = Math.max(2, marks.length);
    if (level > above + 1) skipped.push({ heading: line.trim(), line: index + 1, under: above });
    above = level;
  });
  return skipped;
}

/**
 * Level-1 headings written in an MDX body ("# Title" or <h1>), outside code fences. The page's
 * title is its only h1; a second one breaks the outline and the table of contents.
 */
export function levelOneHeadings(body: string): string[] {
  const found: string[] = [];
  for (const line of withoutCodeFences(body).split('\n')) {
    if (/^ {0,3}#(\s|$)|<h1[\s>]/i.test(line)) found.push(line.trim());
  }
  return found;
}

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

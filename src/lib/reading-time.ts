/** Reading time of an explainer: the words a reader meets on the page, at 220 words a minute. */
import { readAttributes, timelineSlice } from './citations';
import { withoutCodeFences } from './mdx-body';

/** Estimated reading time in whole minutes (at least 1) for a text, at 220 words a minute. */
export function readingMinutes(text: string, wordsPerMinute = 220): number {
  const words = stripMarkup(text).split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Removes MDX/JSX tags, Markdown link targets and frontmatter so only prose is counted. */
export function stripMarkup(text: string): string {
  return text
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>|`[\]-]/g, ' ');
}

/** The words of a timeline event or glossary term as the page shows them. */
export interface ShownRecord {
  /** Timeline events only: the date and day listed at, which `<Timeline from to>` selects by (listedWithin). */
  date?: string;
  listedAt?: string;
  text: string;
}

/**
 * Everything a page asks the reader to read: its key takeaways, the MDX body,
 * and the events and terms that `<Timeline>` and `<Glossary>` tags in the body
 * expand to (the timeline page is mostly its events, which the body's own
 * words leave out).
 */
export function pageReadingText(page: { body: string; takeaways: string[] }, data: { timeline: ShownRecord[]; glossary: ShownRecord[] }): string {
  const parts = [...page.takeaways, page.body];
  for (const [, name, inside] of withoutCodeFences(page.body).matchAll(/<(Timeline|Glossary)\b([^>]*)>/g)) {
    if (name === 'Glossary') parts.push(...data.glossary.map((term) => term.text));
    else {
      const { from, to } = readAttributes(inside);
      parts.push(...timelineSlice(data.timeline, from, to).map((event) => event.text));
    }
  }
  return parts.join('\n');
}

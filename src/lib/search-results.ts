/**
 * Turns a search record (one section of a page, see
 * search-index-sections.ts) into what a result shows: page title, section,
 * an excerpt with the matched words marked, page type and last-updated date.
 * @see https://pagefind.app/docs/api/#loading-a-result
 */
import { highlightTerms, withHighlight } from './search-highlight';
import { escapeRegExp, splitAtWords } from './whole-words';

/** The fields of Pagefind's `result.data()` we use. */
export interface PagefindResultData {
  /** The section's address: the page, with #id below its top. */
  url: string;
  excerpt: string;
  /** The section's whole text, and the positions of its matched words among its words (split at white space, as Pagefind does). */
  content?: string;
  locations?: number[];
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** A run of excerpt text, marked when it is a matched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface SearchHit {
  /** Where the result leads: the section, with the words to highlight there. */
  url: string;
  /** The page's title. */
  title: string;
  /** The heading of the section, unless it is the top of the page. */
  section?: string;
  /**
   * The heading the result shows (the section's, or the page title at the top of a page) with the
   * matched words marked, when the excerpt was that heading alone: the article's top record is
   * its title, so "Arévalo" found it and the result showed no mark at all.
   */
  headingMarks?: ExcerptPart[];
  excerpt: ExcerptPart[];
  /** Every word Pagefind matched in the section, in the excerpt (its heading included, which the excerpt leaves out) or beyond it. */
  matched: string[];
  /** The page's type id: "explainer", "reference" or "article". */
  type?: string;
  /** Last updated, YYYY-MM-DD. */
  updated?: string;
  /** How many other sections of the page matched (search-grouping.ts), when it is counted. */
  others?: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Splits a Pagefind excerpt into plain and marked runs, without parsing it as
 * HTML: Pagefind escapes only < and > in page text and adds <mark> itself.
 * Punctuation stuck to a matched word ("Arévalo,") stays outside the mark,
 * the space Pagefind leaves where a note mark was cut ("2030 .") goes, and
 * the ellipses that show where the excerpt was cut are held to their words
 * with no-break spaces, so "…" never sits alone on a line.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && !last.marked && !marked) last.text += text;
    else parts.push({ text, marked });
  };
  let marked = false;
  for (const token of excerpt.split(/(<\/?mark>)/)) {
    if (token === '<mark>') marked = true;
    else if (token === '</mark>') marked = false;
    else {
      const text = token.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      if (!marked) push(text, false);
      else {
        const [, before, word, after] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text)!;
        push(before, false);
        push(word, true);
        push(after, false);
      }
    }
  }
  for (const part of parts) {
    // No space before punctuation; and an ellipsis where Pagefind cut the text stays on its word's line.
    if (!part.marked) part.text = part.text.replace(/\s+([.,;:!?)\]])/g, '$1').replace(/\s+…/g, '\u00a0…').replace(/…\s+/g, '…\u00a0');
  }
  return parts;
}

/** `heading` as a pattern that matches it whatever spaces the page set between its words. */
const headingPattern = (words: string[]) => words.map(escapeRegExp).join('[\\s\u00a0]+');

/**
 * How many characters at the start of `text` repeat `heading`: the whole of it, or, after the
 * ellipsis Pagefind puts where it cut the excerpt, its last words; with the full stop the index
 * adds after a heading and the space after that. 0 when the excerpt starts otherwise.
 */
export function headingLength(text: string, heading: string): number {
  const cut = /^…[\s\u00a0]*/.exec(text)?.[0] ?? '';
  const rest = text.slice(cut.length);
  const words = heading.trim().split(/[\s\u00a0]+/).filter(Boolean);
  // The index ends a heading with a full stop unless it has its own ("What happened?"). A timeline
  // event's heading is its date, which its text starts with as a line of its own: no full stop. (Only
  // at the very start: in a cut excerpt, "… de 2024 huyeron" may be the body's own words.)
  const stop = /[.!?:]$/.test(heading.trim()) ? '' : !cut && /\d{4}$/.test(heading.trim()) ? '\\.?' : '\\.';
  for (let start = 0; start < (cut ? words.length : Math.min(1, words.length)); start++) {
    const match = new RegExp(`^${headingPattern(words.slice(start))}${stop}(?:[\\s\u00a0]+|$)`).exec(rest);
    if (match) return cut.length + match[0].length;
  }
  return 0;
}

/**
 * The excerpt without the heading it starts with. A record's text begins with its heading, or the
 * end of it when Pagefind cut the excerpt to centre a match ("… 2025: the GANSEG after La Mesilla.
 * On 8 June…"), and the result already shows that heading just above.
 */
export function withoutHeading(parts: ExcerptPart[], heading: string): ExcerptPart[] {
  let skip = headingLength(parts.map((part) => part.text).join(''), heading);
  if (!skip) return parts;
  const kept: ExcerptPart[] = [];
  for (const part of parts) {
    if (skip >= part.text.length) skip -= part.text.length;
    else {
      kept.push({ ...part, text: part.text.slice(skip) });
      skip = 0;
    }
  }
  return kept;
}

/** Whether an excerpt marks a matched word outside the heading it starts with (which the result shows apart). */
export function marksText(data: PagefindResultData): boolean {
  const heading = data.meta.section?.trim() || data.meta.title?.trim() || '';
  return withoutHeading(excerptParts(data.excerpt), heading).some((part) => part.marked);
}

/**
 * The section's matched words beyond those its excerpt shows: the status line judges which typed
 * words were found by them (search-fallback.ts), and "La Mesilla" in a section whose excerpt centres
 * on "happened" was said to have no exact match. Pagefind marks the excerpt the same way: the words
 * at `locations` among the text split at white space. Punctuation around a word is left off.
 */
export function matchedInContent(data: Pick<PagefindResultData, 'content' | 'locations'>): string[] {
  if (!data.content || !data.locations?.length) return [];
  const words = data.content.split(/[^\S\uFEFF]+/);
  return data.locations.map((at) => words[at]?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') ?? '').filter(Boolean);
}

/** `text` split into runs, each whole-word occurrence of one of `words` (as spelt) marked. */
export function markWords(text: string, words: readonly string[]): ExcerptPart[] {
  return splitAtWords(text, words).map((run) => ({ text: run.text, marked: run.found }));
}

/** The result a reader sees for one search record. */
export function toSearchHit(data: PagefindResultData): SearchHit {
  const excerpt = excerptParts(data.excerpt);
  const updated = data.meta.updated;
  const title = data.meta.title?.trim() || data.url;
  const section = data.meta.section?.trim() || undefined;
  const shown = withoutHeading(excerpt, section ?? title);
  const marked = excerpt.filter((part) => part.marked).map((part) => part.text);
  const headingMarks = !shown.some((part) => part.text.trim()) && marked.length > 0 ? markWords(section ?? title, marked) : undefined;
  return {
    // The words to highlight come from the whole excerpt, heading included.
    url: withHighlight(data.url, highlightTerms(excerpt)),
    title,
    section,
    headingMarks: headingMarks?.some((part) => part.marked) ? headingMarks : undefined,
    excerpt: shown,
    matched: [...marked, ...matchedInContent(data)],
    type: data.filters?.type?.[0],
    updated: updated && ISO_DATE.test(updated) ? updated : undefined,
  };
}

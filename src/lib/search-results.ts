/**
 * Turns a search record (one section of a page, see
 * search-index-sections.ts) into what a result shows: page title, section,
 * an excerpt with the matched words marked, page type and last-updated date.
 * @see https://pagefind.app/docs/api/#loading-a-result
 */
import { highlightTerms, withHighlight } from './search-highlight';

/** The fields of Pagefind's `result.data()` we use. */
export interface PagefindResultData {
  /** The section's address: the page, with #id below its top. */
  url: string;
  excerpt: string;
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
  excerpt: ExcerptPart[];
  /** The page's type id: "explainer", "reference" or "article". */
  type?: string;
  /** Last updated, YYYY-MM-DD. */
  updated?: string;
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

/** The result a reader sees for one search record. */
export function toSearchHit(data: PagefindResultData): SearchHit {
  const excerpt = excerptParts(data.excerpt);
  const updated = data.meta.updated;
  return {
    url: withHighlight(data.url, highlightTerms(excerpt)),
    title: data.meta.title?.trim() || data.url,
    section: data.meta.section?.trim() || undefined,
    excerpt,
    type: data.filters?.type?.[0],
    updated: updated && ISO_DATE.test(updated) ? updated : undefined,
  };
}

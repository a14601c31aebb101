/**
 * Link endnotes for print. On paper a link is invisible, and a URL written
 * inline breaks the sentence; so every link that leaves the page gets a
 * print-only letter after it, and the page ends with a numbered list of
 * targets. Done on the rendered HTML at build time: no client script, and it
 * covers links from Markdown and components alike.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';

export interface LinkEndnote {
  /** The letter shown after the link and in the list: a, b, … z, aa, ab… */
  marker: string;
  /** Absolute URL of the target. */
  href: string;
  /** The link text, as plain text. */
  text: string;
}

export interface LinkEndnoteOptions {
  /** Absolute URL of the page, to resolve relative links and spot in-page ones. */
  pageUrl: string | URL;
  /** Class on the marker after each link (it must be hidden on screen). */
  markerClass?: string;
}

/** Letters for the notes: 0 → "a", 25 → "z", 26 → "aa". Letters, so they never look like source numbers. */
export function endnoteMarker(index: number): string {
  let marker = '';
  let n = index;
  do {
    marker = String.fromCharCode(97 + (n % 26)) + marker;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return marker;
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The value of attribute `name` in the inside of a start tag, decoded; undefined if absent. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return match ? decodeHTMLAttribute(match[1] ?? match[2] ?? '') : undefined;
}

/**
 * Whether a link needs an endnote: it has a target outside this page, over
 * http(s). In-page anchors (citations, the table of contents) and glossary
 * terms (class `term`, explained in the glossary) are left alone, as are
 * links that opt out with `data-endnote="off"`.
 */
function endnoteTarget(tag: string, page: URL): string | undefined {
  const href = attribute(tag, 'href');
  if (!href || href.startsWith('#')) return undefined;
  if (attribute(tag, 'data-endnote') === 'off') return undefined;
  if ((attribute(tag, 'class') ?? '').split(/\s+/).includes('term')) return undefined;
  let target: URL;
  try {
    target = new URL(href, page);
  } catch {
    return undefined;
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return undefined;
  const samePage = target.origin === page.origin && target.pathname === page.pathname && target.search === page.search;
  return samePage ? undefined : target.href;
}

/**
 * Adds a print marker after every link that leaves the page and returns the
 * notes in order of first appearance. A target linked twice keeps its first
 * letter. `<script>` and `<style>` contents are passed through untouched.
 */
export function addLinkEndnotes(html: string, options: LinkEndnoteOptions): { html: string; notes: LinkEndnote[] } {
  const page = new URL(options.pageUrl);
  const markerClass = options.markerClass ?? 'link-endnote-mark';
  const notes: LinkEndnote[] = [];
  const byHref = new Map<string, LinkEndnote>();
  const pattern = /<(script|style)\b[\s\S]*?<\/\1\s*>|<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
  const out = html.replace(pattern, (whole, raw: string | undefined, tag: string | undefined, inner: string | undefined) => {
    if (raw || tag === undefined) return whole;
    const href = endnoteTarget(tag, page);
    if (!href) return whole;
    let note = byHref.get(href);
    if (!note) {
      const text = decodeHTML((inner ?? '').replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
      note = { marker: endnoteMarker(notes.length), href, text };
      notes.push(note);
      byHref.set(href, note);
    }
    return `${whole}<sup class="${markerClass}" aria-hidden="true">${escapeText(note.marker)}</sup>`;
  });
  return { html: out, notes };
}

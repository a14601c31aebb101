/**
 * On a page opened from a search result: highlights the matched words with
 * Pagefind's highlighter (loaded only here) and scrolls to the first highlight
 * when the link did not point at a section, or when the section's first one is
 * below the screen (a table of people on a phone put "Trevilla" 1,000 px under
 * the heading the result led to).
 * @see https://pagefind.app/docs/highlighting/
 */
import { HIGHLIGHT_PARAM } from '../lib/search-config';
import { requestedHighlights } from '../lib/search-highlight';
import { url } from '../lib/urls';

interface HighlighterModule {
  default: new (options: Record<string, unknown>) => unknown;
}

export async function highlightArrival(): Promise<void> {
  if (requestedHighlights(location.search).length === 0) return;
  const { default: PagefindHighlight }: HighlighterModule = await import(/* @vite-ignore */ url('/pagefind/pagefind-highlight.js'));
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    // Its default inline <style> would break the CSP; <mark> is styled by the browser.
    addStyles: false,
    markOptions: {
      className: 'search-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      // Whole words only, accents ignored ("arevalo" marks "Arévalo", "la" does not mark "Guatemala").
      accuracy: { value: 'exactly', limiters: [...',.;:!?()[]{}"\'“”‘’«»—–-/'] },
      diacritics: true,
    },
  });
  // The highlights a reader can see: some sit in folded or print-only parts of the page.
  const marks = [...document.querySelectorAll<HTMLElement>('mark.search-highlight')].filter((mark) => mark.getClientRects().length > 0);
  if (!location.hash) {
    marks[0]?.scrollIntoView({ block: 'center' });
    return;
  }
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  // Only while the page is where the link left it, the section at the top: not once the reader has scrolled.
  if (!target || Math.abs(target.getBoundingClientRect().top) > window.innerHeight / 2) return;
  const first = marks.find((mark) => inSection(target, mark));
  if (first && first.getBoundingClientRect().bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
}

/** Whether `mark` is in the section `target` starts: under a heading up to the next one of its level or higher, else inside it. */
function inSection(target: HTMLElement, mark: HTMLElement): boolean {
  const level = /^H([1-6])$/.exec(target.tagName)?.[1];
  if (!level) return target.contains(mark);
  if (!(target.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
  const next = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')].find(
    (heading) => target.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING && Number(heading.tagName[1]) <= Number(level),
  );
  return !next || Boolean(mark.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING);
}

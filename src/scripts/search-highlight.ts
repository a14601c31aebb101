/**
 * On a page opened from a search result: highlights the matched words with
 * Pagefind's highlighter (loaded only here) and, when the link did not point
 * at a section, scrolls to the first highlight.
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
  if (!location.hash) {
    // The first highlight a reader can see: some sit in folded or print-only parts of the page.
    const marks = [...document.querySelectorAll<HTMLElement>('mark.search-highlight')];
    marks.find((mark) => mark.getClientRects().length > 0)?.scrollIntoView({ block: 'center' });
  }
}

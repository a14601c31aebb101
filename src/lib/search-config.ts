/**
 * Search settings shared by the header dialog, the /search/ page, the tests
 * and the benchmark, so each says the same thing about how search behaves.
 */

/** Shorter queries match half the index and tell the reader nothing; below this we wait. */
export const MIN_QUERY_LENGTH = 2;

/** Results shown in the header dialog; the rest are one link away on /search/. */
export const DIALOG_RESULTS = 5;

/** Results per batch on the /search/ page ("Show more" adds another batch). */
export const PAGE_RESULTS = 10;

/**
 * Stands in, in the built HTML, for the address of the search bundle
 * (`/_astro/search-ui.<hash>.js`) until the build writes it in. The trigger
 * imports the bundle from that address, so it imports nothing up front and
 * Astro can inline it: no script file on a page before search is opened.
 */
export const SEARCH_UI_PLACEHOLDER = 'search-ui-bundle-address';

/** The URL parameter that carries the words to highlight on the page a reader opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

/**
 * Options for Pagefind's JavaScript API (`pagefind.options()`), minus
 * `baseUrl`, which depends on the deployment base.
 * @see https://pagefind.app/docs/api/
 */
export const PAGEFIND_OPTIONS = {
  /**
   * Search on the main thread. The index is small, so a query takes a
   * millisecond either way, and the worker would cost a second copy of
   * Pagefind's code (about 12 KB gzipped) on every first search.
   */
  noWorker: true,
  /** Words per excerpt: about two lines in the dialog. */
  excerptLength: 24,
  /** An ellipsis shows where an excerpt cuts into a sentence. */
  excerptEllipsis: '…',
  /**
   * Accent-insensitive matching is built into Pagefind 1.5+: "Arevalo" finds
   * "Arévalo". Keep it (the default) and rank exact-accent matches first.
   */
  exactDiacritics: false,
} as const;

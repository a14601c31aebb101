/**
 * Driving the search UI in Chromium, for the search tests in both languages.
 * `searchUi(() => page)` binds the helpers to whichever tab the test file has
 * open at the time (files open a fresh tab per test).
 */
import type { Page } from 'playwright-core';

/** The header search dialog. */
export const DIALOG = '[data-search-dialog]';

export function searchUi(currentPage: () => Page) {
  return {
    /** Opens the header dialog with Ctrl+K on a loaded page. */
    async openDialog(): Promise<void> {
      await currentPage().locator('body').press('Control+k');
      await currentPage().waitForSelector(`${DIALOG}[open]`);
    },
    /** Types a query into the search box in `scope` and waits until what it gives is drawn (results, or a status for a short query). */
    async search(scope: string, query: string): Promise<void> {
      await currentPage().locator(`${scope} input[type="search"]`).fill(query);
      await currentPage().waitForSelector(`${scope} [data-search-results][data-query="${query}"]`, { state: 'attached' });
    },
    /** Result links in order, as site paths ("/explainers/x/"; under a base, with the base). */
    async resultPaths(scope: string): Promise<string[]> {
      const hrefs = await currentPage().locator(`${scope} a[data-hit]`).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      return hrefs.map((href) => new URL(href).pathname);
    },
    /** The status line of the search in `scope`, as a reader sees it. */
    status: (scope: string) => currentPage().locator(`${scope} [data-search-status]`).innerText(),
  };
}

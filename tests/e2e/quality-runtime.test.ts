/**
 * Every built page in Chromium under its real Content Security Policy: no
 * CSP violation, no console error, no request to another origin, while the
 * page loads and while its scripts run (theme toggle, search in use).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, NO_PROBLEMS, settledProblems, visit, watchedPage } from '../helpers/browser';
import { realSite } from '../helpers/gates/site';

const siteUrl = inject('siteUrl');
const site = realSite();
const address = (route: string) => new URL(route.slice(1), siteUrl).href;

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

// Concurrent: most of each check is waiting for the network to go quiet, so pages overlap well.
describe.concurrent('every page at run time', () => {
  it.each(site.pages.filter((p) => p.route !== '/404.html').map((p) => p.route))('%s loads and runs its scripts with no CSP violation, console error or third-party request', async (route) => {
    const watched = await watchedPage(context);
    try {
      await visit(watched.page, address(route));
      // Use the page's script: the theme toggle is on every page.
      const toggle = watched.page.locator('theme-toggle button');
      if ((await toggle.count()) > 0) {
        await toggle.first().click();
        await toggle.first().click();
      }
      expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
    } finally {
      await watched.page.close();
    }
  });
});

describe('search and not-found at run time', () => {
  it('the search page runs a query from its address under the policy: WebAssembly, worker and index load cleanly', async () => {
    const watched = await watchedPage(context);
    try {
      await visit(watched.page, address('/search/?q=Mesilla'));
      await watched.page.locator('[data-search-results] a').first().waitFor({ state: 'visible', timeout: 20_000 });
      expect(watched.requests.some((url) => url.includes('/pagefind/'))).toBe(true);
      expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
    } finally {
      await watched.page.close();
    }
  });

  it.each([
    ['/no-such-page/', 'Page not found'],
    ['/es/explainers/migracion/', 'Página no encontrada'],
  ])('the not-found page is served for a missing address, in its edition\'s language, cleanly (%s)', async (path, heading) => {
    const watched = await watchedPage(context);
    try {
      const response = await watched.page.goto(address(path), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      expect(await watched.page.locator('h1').innerText()).toBe(heading);
      // The 404 status itself is logged by Chromium as a failed resource load; nothing else may be.
      watched.problems.consoleErrors = watched.problems.consoleErrors.filter((line) => !/status of 404/.test(line));
      expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
    } finally {
      await watched.page.close();
    }
  });
});

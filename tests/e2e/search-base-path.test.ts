/**
 * Search on a site deployed under a sub-path: a second build with
 * BASE_PATH=/mg/, served under /mg/. Every search URL (the script, the index,
 * result links and the highlighter) must carry the base.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, newContext, visit, watchedPage, type WatchedPage, NO_PROBLEMS, settledProblems } from '../helpers/browser';
import { ASTRO_CLI, productionEnv } from '../helpers/astro-build';
import { DIST, serveDirectory, type RunningServer } from '../helpers/serve';

const BASE = '/mg/';
/** Beside a private OUT_DIR build, else in the ignored .cache/; reused with TEST_REUSE_DIST=1 like the main build. */
const DIR = process.env.OUT_DIR ? `${DIST}-base-path` : resolve(import.meta.dirname, '../../.cache/dist-base-path');

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;

beforeAll(async () => {
  if (!(process.env.TEST_REUSE_DIST === '1' && existsSync(`${DIR}/index.html`))) {
    rmSync(DIR, { recursive: true, force: true });
    execFileSync(process.execPath, [ASTRO_CLI, 'build'], {
      stdio: 'inherit',
      // Its own cache too, so nothing rendered with the other base is reused.
      env: productionEnv({ BASE_PATH: BASE, OUT_DIR: DIR, ASTRO_CACHE_DIR: `${process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro'}-base-path`, PDF: 'off' }),
    });
  }
  server = await serveDirectory(DIR, BASE);
  browser = await launchBrowser();
  context = await newContext(browser);
  watched = await watchedPage(context);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`search under the base path ${BASE}`, () => {
  it('finds pages, links to them under the base, and highlights on arrival', async () => {
    const { page, requests } = watched;
    await visit(page, `${server.url}explainers/migration/`);
    expect(new URL(await page.locator('header a[data-search-link]').getAttribute('href') ?? '', server.url).pathname).toBe(`${BASE}search/`);
    await page.locator('body').press('Control+k');
    await page.locator('[data-search-dialog] input').fill('La Mesilla');
    const first = page.locator('[data-search-dialog] [data-search-results][data-query="La Mesilla"] a[data-hit]').first();
    await first.waitFor();
    const href = new URL((await first.getAttribute('href'))!, server.url);
    expect(href.pathname).toBe(`${BASE}explainers/la-mesilla-incident/`);
    expect(requests.filter((url) => url.includes('/pagefind/')).every((url) => new URL(url).pathname.startsWith(`${BASE}pagefind/`))).toBe(true);

    await Promise.all([page.waitForURL((url) => url.pathname === href.pathname), first.click()]);
    await page.locator('main mark.search-highlight').first().waitFor({ state: 'attached' });
    expect(await page.locator('main mark.search-highlight').first().innerText()).toMatch(/Mesilla/i);
    expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
  });

  it('serves the /search/ page under the base, reading ?q=', async () => {
    const { page } = watched;
    await visit(page, `${server.url}search/?q=GANSEG`);
    await page.locator('main [data-search-results][data-query="GANSEG"] a[data-hit]').first().waitFor();
    const paths = await page.locator('main a[data-hit]').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path.startsWith(BASE)).toBe(true);
    expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
  });
});

/**
 * Accent-insensitive search, pinned on a tiny index of its own: Pagefind
 * (1.5 and later) matches "Arevalo" to "Arévalo" and, with the options our
 * search uses, ranks the page that spells the word as typed first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PAGEFIND_OPTIONS } from '../../src/lib/search-config';
import { launchBrowser, newContext, visit, watchedPage, type WatchedPage, NO_PROBLEMS, settledProblems } from '../helpers/browser';
import { serveDirectory, type RunningServer } from '../helpers/serve';

/** Two pages alike but for the accents, plus one without the name. */
const PAGES = {
  '/accented/': 'President Bernardo Arévalo of Guatemala spoke in Tecún Umán about the border.',
  '/plain/': 'President Bernardo Arevalo of Guatemala spoke in Tecun Uman about the border.',
  '/other/': 'The foreign ministry sent a protest note about the border.',
};

let dir: string;
let server: RunningServer;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mg-search-accents-'));
  const { index } = await pagefind.createIndex({});
  for (const [url, text] of Object.entries(PAGES)) {
    await index!.addHTMLFile({ url, content: `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${url}</h1><p>${text}</p></main></body></html>` });
  }
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  // A blank page to run the search from: Pagefind picks its index by <html lang>.
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><title>t</title></head><body></body></html>');
  writeFileSync(join(dir, '404.html'), 'not found');
  server = await serveDirectory(dir);
  browser = await launchBrowser();
  watched = await watchedPage(await newContext(browser));
  page = watched.page;
  await visit(page, server.url);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Result URLs for a query, best first, searched with the site's own options. */
async function search(query: string): Promise<string[]> {
  // A string, so the test runner does not rewrite the import() meant for the browser.
  const script = `(async () => {
    const api = await import('/pagefind/pagefind.js');
    await api.options(${JSON.stringify(PAGEFIND_OPTIONS)});
    const response = await api.search(${JSON.stringify(query)});
    return Promise.all(response.results.map(async (result) => (await result.data()).url));
  })()`;
  return page.evaluate(script);
}

describe('accents in search', () => {
  it('a name typed without accents finds both spellings, the unaccented one first', async () => {
    expect(await search('Arevalo')).toEqual(['/plain/', '/accented/']);
  });

  it('a name typed with accents finds both spellings, the accented one first', async () => {
    expect(await search('Arévalo')).toEqual(['/accented/', '/plain/']);
    expect(await search('Tecún Umán')).toEqual(['/accented/', '/plain/']);
  });

  it('works for two-word place names typed without accents', async () => {
    expect(await search('Tecun Uman')).toEqual(['/plain/', '/accented/']);
    expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
  });
});

/**
 * Search on the Spanish edition, in Chromium against the built site: every
 * word the dialog and /es/search/ draw is Spanish (status lines, result
 * details, hints, labels), Spanish queries find the Spanish pages they
 * should, and a Spanish page searches the Spanish index only.
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { SEARCH_CLIENT_STRINGS, UI } from '../../src/i18n/ui';
import { freshPagePerTest, visit, type WatchedPage } from '../helpers/browser';
import { DIALOG, searchUi } from '../helpers/search-ui';

const site = inject('siteUrl');
const dialog = DIALOG;
const es = UI.es;

/**
 * Interface wording of the English edition that must never show on a Spanish
 * page, in text, in screen-reader-only text or in an attribute. Taken from the
 * English strings, so a string left untranslated in a component shows up here.
 */
const ENGLISH_UI = [
  UI.en.searchPage.label,
  UI.en.searchPage.placeholder,
  UI.en.search.close,
  UI.en.search.allResults,
  UI.en.search.idle,
  SEARCH_CLIENT_STRINGS.en.keys.move,
  SEARCH_CLIENT_STRINGS.en.keys.down,
  SEARCH_CLIENT_STRINGS.en.keys.up,
  UI.en.search.loadFailed,
  SEARCH_CLIENT_STRINGS.en.section.trim(),
  SEARCH_CLIENT_STRINGS.en.updated(undefined).trim(),
  SEARCH_CLIENT_STRINGS.en.keepTyping,
  SEARCH_CLIENT_STRINGS.en.noPages,
  ...Object.values(SEARCH_CLIENT_STRINGS.en.types),
  ' results for ',
  ' result for ',
  'Showing the first',
  'No pages match',
  'topic index',
  'printable briefs',
  'all sources',
  'to open',
  'to close',
];

const pages = freshPagePerTest();
let watched: WatchedPage;
let page: Page;

/** A new context and page for this test, checked for problems when the test ends. */
async function freshPage(options: BrowserContextOptions = {}): Promise<void> {
  watched = await pages.open(options);
  page = watched.page;
}

const { openDialog, search, resultPaths, status } = searchUi(() => page);

/** Everything a reader or a screen reader gets from an element: its text (hidden text too) and its labelling attributes. */
async function everyWord(selector: string): Promise<string> {
  return page.locator(selector).evaluate((root) => {
    const attributes = [...root.querySelectorAll('*'), root].flatMap((el) =>
      ['aria-label', 'placeholder', 'title', 'alt'].map((name) => el.getAttribute(name) ?? ''),
    );
    return [root.textContent ?? '', ...attributes].join('\n').replace(/\s+/g, ' ');
  });
}

function englishIn(text: string): string[] {
  return ENGLISH_UI.filter((phrase) => text.includes(phrase));
}

describe('the search dialog on a Spanish page', () => {
  it('speaks Spanish before anything is typed, with Spanish example queries leading to /es/search/', async () => {
    await freshPage();
    await visit(page, `${site}es/explainers/migration/`);
    await openDialog();
    expect(await page.locator(dialog).getAttribute('aria-label')).toBe(es.nav.search);
    expect(await page.locator(`${dialog} input`).getAttribute('placeholder')).toBe(es.searchPage.placeholder);
    expect(await status(dialog)).toContain(es.search.idle);
    const examples = await page.locator(`${dialog} a[data-example-search]`).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href)));
    expect(examples.map((href) => href.searchParams.get('q'))).toEqual(es.search.examples);
    for (const href of examples) expect(href.pathname).toBe('/es/search/');
    expect(await page.locator(`${dialog} #search-dialog-keys`).innerText()).toMatch(/para recorrer los resultados[\s\S]*Enter\s*para abrir[\s\S]*Esc\s*para cerrar/);
    expect(englishIn(await everyWord(dialog))).toEqual([]);
  });

  it('says how many Spanish pages a Spanish query found, and draws each result in Spanish', async () => {
    await freshPage();
    await visit(page, `${site}es/explainers/the-border/`);
    await openDialog();
    await search(dialog, 'migracion');
    const paths = await resultPaths(dialog);
    expect(paths[0]).toBe('/es/explainers/migration/');
    // More pages match than the dialog shows: the status says so, in Spanish.
    expect(await status(dialog)).toMatch(/^\d+ resultados para “migracion”\. Se muestran los primeros 5\.$/);
    const details = await page.locator(`${dialog} [data-search-results] > li > span.text-xs`).allInnerTexts();
    expect(details.length).toBe(paths.length);
    // And, where other sections of the page matched too, how many, in Spanish.
    for (const line of details) expect(line).toMatch(/^(Explicación · Actualizada el|(Material de consulta|Artículo) · Actualizado el) \d{1,2} de [a-z]+ de \d{4}( · también en (otra sección|\d+ secciones más))?$/);
    expect(details.some((line) => / · también en \d+ secciones más$/.test(line))).toBe(true);
    // A result shown at a section names it for screen readers in Spanish.
    const sectionLabels = await page.locator(`${dialog} a[data-hit] .sr-only`).allTextContents();
    expect(sectionLabels.length).toBeGreaterThan(0);
    for (const label of sectionLabels) expect(label).toBe('Sección: ');
    expect(englishIn(await everyWord(dialog))).toEqual([]);
  });

  it('asks for a second letter, in Spanish', async () => {
    await freshPage();
    await visit(page, `${site}es/`);
    await openDialog();
    await search(dialog, 'm');
    expect(await status(dialog)).toBe('Siga escribiendo: hacen falta al menos dos letras.');
    expect(await resultPaths(dialog)).toEqual([]);
    expect(englishIn(await everyWord(dialog))).toEqual([]);
  });

  it('says in Spanish when nothing matches, with links to the Spanish indexes', async () => {
    await freshPage();
    await visit(page, `${site}es/`);
    await openDialog();
    await search(dialog, 'zzqxv');
    expect(await resultPaths(dialog)).toEqual([]);
    const text = await status(dialog);
    expect(text).toMatch(/^No hay resultados para “zzqxv”\. Revise la ortografía/);
    expect(text).toContain('índice de temas');
    const links = await page.locator(`${dialog} [data-search-status] a`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual(['/es/topics/', '/es/briefs/', '/es/sources/']);
    expect(englishIn(await everyWord(dialog))).toEqual([]);
  });

  it('says in Spanish when a word is not in the index, and which words the results have instead', async () => {
    await freshPage();
    await visit(page, `${site}es/`);
    await openDialog();
    await search(dialog, 'Pakalzzqx');
    expect(await status(dialog)).toMatch(/^No hay coincidencias exactas para “Pakalzzqx”\. \d+ resultados? para palabras parecidas: “Pakal”, “Pakales”\./);
  });

  it('says in Spanish when the search code cannot load', async () => {
    await freshPage();
    await visit(page, `${site}es/`);
    await page.route(/search-ui\.[\w-]+\.js$/, (route) => route.abort('failed'));
    await openDialog();
    await expect.poll(() => status(dialog)).toBe(es.search.loadFailed);
    await page.waitForLoadState('networkidle');
    // The refused file is the only thing the console complains about.
    expect(watched.problems.consoleErrors.every((line) => /search-ui|Failed to load resource|dynamically imported module/i.test(line))).toBe(true);
    watched.problems.consoleErrors.length = 0;
  });
});

describe('Spanish queries on /es/search/', () => {
  const scope = 'main';

  // What ranks first is a judgement on the Spanish content: "migracion" (no accent) is the title
  // word of the migration explainer; "estado de sitio" is a glossary term, and its entry defines it.
  it.each([
    ['a word typed without its accent', 'migracion', '/es/explainers/migration/'],
    ['a Spanish term of three words', 'estado de sitio', '/es/explainers/glossary/'],
  ])('finds %s: "%s" ranks %s first', async (_, query, expected) => {
    await freshPage();
    await visit(page, `${site}es/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="${query}"] a`);
    expect((await resultPaths(scope))[0]).toBe(expected);
    expect(await status(scope)).toMatch(new RegExp(`^\\d+ resultados? para “${query}”\\.$`));
  });

  it('leads "estado de sitio" to its glossary entry', async () => {
    await freshPage();
    await visit(page, `${site}es/search/?q=estado%20de%20sitio`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="estado de sitio"] a`);
    const first = new URL((await page.locator(`${scope} a[data-hit]`).first().getAttribute('href'))!, site);
    expect(first.hash).toBe('#term-estado-de-sitio');
  });

  it('finds a name with "de la" in it by the name, not by every "de", "la" and "fuentes" (sources)', async () => {
    await freshPage();
    await visit(page, `${site}es/search/?q=de%20la%20Fuente`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="de la Fuente"] a`);
    // The sections naming the foreign minister come before those about sources ("fuentes").
    const excerpts = await page.locator(`${scope} [data-search-results] > li`).evaluateAll((items) => items.map((item) => item.textContent ?? ''));
    const found = excerpts.findIndex((text) => !/de la Fuente/i.test(text));
    const firstAboutSources = found === -1 ? excerpts.length : found;
    expect(firstAboutSources).toBeGreaterThan(2);
    expect(excerpts.slice(0, firstAboutSources).every((text) => /de la Fuente/i.test(text))).toBe(true);
    // A result link asks the page to light up the name, never every "de" and "la" on it.
    const highlights = await page.locator(`${scope} a[data-hit]`).evaluateAll((links) => links.flatMap((link) => new URL((link as HTMLAnchorElement).href).searchParams.getAll('pagefind-highlight')));
    expect(highlights).toContain('Fuente');
    expect(highlights.filter((word) => ['de', 'la', 'del'].includes(word.toLowerCase()))).toEqual([]);
  });

  it('ranks an acronym as typed before words that only begin with it: "AP" the news agency, not "apoyo"', async () => {
    await freshPage();
    await visit(page, `${site}es/search/?q=AP`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="AP"] a`);
    // Marked in the excerpt, or named in the section line (an entry of the source list, "AP (en español), vía Pulso").
    const found = await page.locator(`${scope} [data-search-results] > li`).evaluateAll((items) => items.slice(0, 3).map((item) => [
      ...[...item.querySelectorAll('mark')].map((mark) => mark.textContent?.replace(/[^\p{L}]/gu, '')),
      ...(item.querySelector('[data-section]')?.textContent?.split(/[^\p{L}]+/u) ?? []),
    ]));
    expect(found).toHaveLength(3);
    for (const words of found) expect(words).toContain('AP');
  });

  it('says when a name is not on the site, rather than counting pages with a word that starts like it', async () => {
    await freshPage();
    await visit(page, `${site}es/search/?q=Mendieta`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Mendieta"]`, { state: 'attached' });
    // Pagefind matched "men" ("menos"): half a word is no match, so nothing is shown for it.
    await expect.poll(() => status(scope)).toMatch(/^No hay resultados para “Mendieta”\./);
    expect(await page.locator(`${scope} a[data-hit]`).count()).toBe(0);
    // Pagefind matched the conjunction "o", marked alone: a letter is no match for a name either.
    await visit(page, `${site}es/search/?q=Obrador`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Obrador"]`, { state: 'attached' });
    await expect.poll(() => status(scope)).toMatch(/^No hay resultados para “Obrador”\./);
    expect(await page.locator(`${scope} a[data-hit]`).count()).toBe(0);
  });

  it('names the missing words as Spanish does, "ni", not a bare comma', async () => {
    await freshPage();
    await visit(page, `${site}es/search/?q=Izabal%20Belice%20hurac%C3%A1n`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Izabal Belice huracán"] a`);
    expect(await status(scope)).toMatch(/^No hay coincidencias exactas para “Izabal” ni “huracán”\. \d+ resultados? para “Belice”\.$/);
  });

  it('ranks the La Mesilla page first for "incursión", with or without its accent, and finds the other incursion too', async () => {
    await freshPage();
    await visit(page, `${site}es/search/?q=incursi%C3%B3n`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="incursión"] a`);
    const accented = await resultPaths(scope);
    // "La incursión policial en La Mesilla" is the page's Spanish title, as the Spanish press and both
    // governments' notes name the June 2025 events; the December 2025 armed incursion at Agua Zarca is on
    // the organized-crime page.
    expect(accented[0]).toBe('/es/explainers/la-mesilla-incident/');
    expect(accented).toContain('/es/explainers/organized-crime/');
    await search(scope, 'incursion');
    expect(await resultPaths(scope)).toEqual(accented);
  });

  it('describes filters in Spanish and counts with them', async () => {
    await freshPage();
    await visit(page, `${site}es/search/?q=migracion&topic=migration`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="migracion"] a`);
    expect(await status(scope)).toMatch(/^\d+ resultados? para “migracion” en el tema “Migración”\.$/);
    await page.locator(`${scope} input[name="type"][value="explainer"]`).check();
    await page.waitForURL((url) => url.search === '?q=migracion&topic=migration&type=explainer');
    await page.waitForFunction(() => /solo explicaciones\.$/.test(document.querySelector('main [data-search-status]')?.textContent ?? ''));
    expect(await status(scope)).toMatch(/^\d+ resultados? para “migracion” en el tema “Migración”, solo explicaciones\.$/);
    expect(await page.locator(`${scope} select[name="sort"] option`).allInnerTexts()).toEqual([es.search.sort.relevance, es.search.sort.updated]);
    expect(englishIn(await everyWord(scope))).toEqual([]);
  });

  it('runs every example query it suggests, each finding Spanish pages', async () => {
    await freshPage();
    for (const query of es.search.examples) {
      await visit(page, `${site}es/search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector(`${scope} [data-search-results][data-query="${query}"] a`);
      const paths = await resultPaths(scope);
      expect(paths.length, query).toBeGreaterThan(0);
      for (const path of paths) expect(path, query).toMatch(/^\/es\//);
    }
  });

  it('points to the Spanish indexes when JavaScript is off', async () => {
    await freshPage({ javaScriptEnabled: false });
    await visit(page, `${site}es/search/`);
    expect(await page.locator('main').innerText()).toContain(es.search.noScript.heading);
    const links = await page.locator('main noscript ~ * a, main a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of ['/es/topics/', '/es/sources/', '/es/explainers/glossary/', '/es/explainers/timeline/']) expect(links).toContain(path);
  });
});

describe('which index a page searches', () => {
  // Names, places and acronyms that both editions use: each edition must find only its own pages.
  const shared = ['Arevalo', 'La Mesilla', 'GANSEG'];

  it.each(shared)('a Spanish page finds only Spanish pages for "%s", in the dialog and on /es/search/', async (query) => {
    await freshPage();
    await visit(page, `${site}es/explainers/the-border/`);
    await openDialog();
    await search(dialog, query);
    const inDialog = await resultPaths(dialog);
    expect(inDialog.length).toBeGreaterThan(0);
    for (const path of inDialog) expect(path).toMatch(/^\/es\//);
    await visit(page, `${site}es/search/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector(`main [data-search-results][data-query="${query}"] a`);
    for (const path of await resultPaths('main')) expect(path).toMatch(/^\/es\//);
  });

  it.each(shared)('an English page finds only English pages for "%s"', async (query) => {
    await freshPage();
    await visit(page, `${site}explainers/the-border/`);
    await openDialog();
    await search(dialog, query);
    const paths = await resultPaths(dialog);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).not.toMatch(/^\/es\//);
  });
});

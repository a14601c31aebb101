/**
 * Search in the built site, in Chromium: real queries against the real
 * content, the header dialog by keyboard, the /search/ page and its URL,
 * highlighting on arrival, and the promise that an ordinary page fetches
 * nothing of search until the reader opens it.
 */
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { freshPagePerTest, visit, type WatchedPage } from '../helpers/browser';
import { DIALOG, searchUi } from '../helpers/search-ui';
import { htmlFiles, page as builtPage, routeOf } from '../helpers/dist';
import { AXE_VARIANTS, WCAG_TAGS } from '../helpers/gates/a11y';
import { UI } from '../../src/i18n/ui';
import { PAGE_RESULTS } from '../../src/lib/search-config';

const site = inject('siteUrl');
const dialog = DIALOG;

const pages = freshPagePerTest();
let watched: WatchedPage;
let page: Page;

/** A new context and page for this test, checked for problems when the test ends. */
async function freshPage(options: BrowserContextOptions = {}): Promise<void> {
  watched = await pages.open(options);
  page = watched.page;
}

const { openDialog, search, resultPaths, status } = searchUi(() => page);

describe('the header search dialog', () => {
  // What ranks first is a judgement on the real content. "Arévalo" is on every page, and the
  // page with the name in its title wins: the source article, "Sheinbaum to offer Guatemala's
  // Arévalo help…" (the who's-who entry on him comes next, see below).
  it.each([
    ['a person\'s name typed without accents', 'Arevalo', '/article/'],
    ['a place', 'La Mesilla', '/explainers/la-mesilla-incident/'],
    ['a two-word Spanish phrase', 'estado de sitio', '/explainers/glossary/'],
    // The page whose title and summary hold both words, not a section saying none were found.
    ['a subject of two words', 'migration figures', '/explainers/migration/'],
  ])('finds %s: "%s" ranks %s first', async (_, query, expected) => {
    await freshPage();
    await visit(page, `${site}explainers/migration/`);
    await openDialog();
    await search(dialog, query);
    expect((await resultPaths(dialog))[0]).toBe(expected);
    expect(await status(dialog)).toMatch(new RegExp(`^\\d+ results? for “${query}”`));
  });

  it('asks the page it opens to light up the word as typed, not only another form of it', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=Pakal`);
    await page.waitForSelector('main [data-search-results][data-query="Pakal"] a');
    const first = new URL((await page.locator('main a[data-hit]').first().getAttribute('href'))!, site);
    expect(first.searchParams.getAll('pagefind-highlight')).toContain('Pakal');
  });

  it('finds an acronym: "GANSEG" leads first to a section about it, and to its glossary entry', async () => {
    await freshPage();
    await visit(page, `${site}explainers/migration/`);
    await openDialog();
    await search(dialog, 'GANSEG');
    const sections = await page.locator(`${dialog} a[data-hit]`).evaluateAll((links) => links.map((link) => link.querySelector('[data-section]')?.textContent ?? ''));
    expect(sections[0]).toContain('GANSEG');
    const hrefs = await page.locator(`${dialog} a[data-hit]`).evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href)));
    expect(hrefs.map((href) => `${href.pathname}${href.hash}`)).toContain('/explainers/glossary/#term-ganseg');
  });

  it('shows the count at each keystroke, but tells a screen reader once the typing pauses', async () => {
    await freshPage();
    await visit(page, site);
    await openDialog();
    const announcer = page.locator(`${dialog} [data-search-announcer]`);
    expect(await announcer.getAttribute('role')).toBe('status');
    // The visible line hands its live region to the announcer: one voice, not two.
    expect(await page.locator(`${dialog} [data-search-status]`).getAttribute('role')).toBeNull();
    await page.evaluate((scope) => {
      const seen: Record<'shown' | 'said', string[]> = { shown: [], said: [] };
      (window as unknown as { seen: typeof seen }).seen = seen;
      const watch = (selector: string, into: string[]) => {
        const el = document.querySelector(`${scope} ${selector}`)!;
        new MutationObserver(() => into.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
      };
      watch('[data-search-status]', seen.shown);
      watch('[data-search-announcer]', seen.said);
    }, dialog);
    await page.locator(`${dialog} input`).pressSequentially('Arevalo', { delay: 120 });
    await page.waitForSelector(`${dialog} [data-search-results][data-query="Arevalo"] a`);
    // Said once the typing stops: the final count, and no count from the way there. ("Searching…" may come
    // first on a slow machine, while the index loads: it is said once, and is true. So may the one-letter
    // hint, when a busy machine holds the second key back longer than the pause: it is no count either.)
    const final = await status(dialog);
    const said = () => page.evaluate(() => (window as unknown as { seen: { said: string[] } }).seen.said);
    await expect.poll(async () => (await said()).at(-1), { timeout: 5000 }).toBe(final);
    expect((await said()).filter((text) => text !== final && !/^Searching/.test(text) && text !== 'Keep typing: at least two letters.')).toEqual([]);
    expect([...new Set((await said()).filter((text) => /\d+ results?/.test(text)))]).toEqual([final]);
    const seen = await page.evaluate(() => (window as unknown as { seen: { shown: string[] } }).seen);
    expect(new Set(seen.shown.filter(Boolean)).size).toBeGreaterThan(2);
  });

  it('leads a name to the paragraph about the person', async () => {
    await freshPage();
    await visit(page, site);
    await openDialog();
    await search(dialog, 'Arevalo');
    const whosWho = page.locator(`${dialog} a[data-hit][href*="/explainers/whos-who/"]`);
    expect((await resultPaths(dialog)).slice(0, 3)).toContain('/explainers/whos-who/');
    expect(await whosWho.locator('[data-section]').innerText()).toBe('Bernardo Arévalo, Guatemala');
    const $ = builtPage('/explainers/whos-who/');
    const heading = $('h3').filter((_, el) => $(el).text().trim() === 'Bernardo Arévalo, Guatemala');
    expect(decodeURIComponent(new URL((await whosWho.getAttribute('href'))!, site).hash)).toBe(`#${heading.attr('id')}`);
    const whosWhoResult = page.locator(`${dialog} [data-search-results] > li`).filter({ has: page.locator('a[data-hit][href*="/explainers/whos-who/"]') });
    expect(await whosWhoResult.locator('mark').first().innerText()).toBe('Arévalo');
  });

  it('ignores accents both ways and marks the words as the page spells them', async () => {
    await freshPage();
    await visit(page, site);
    await openDialog();
    await search(dialog, 'Tecun Uman');
    expect(await resultPaths(dialog)).toContain('/explainers/the-border/');
    const marked = await page.locator(`${dialog} [data-search-results] li mark`).allInnerTexts();
    expect(marked).toEqual(expect.arrayContaining(['Tecún', 'Umán']));
    await search(dialog, 'Arevalo');
    const withoutAccent = await resultPaths(dialog);
    await search(dialog, 'Arévalo');
    expect(await resultPaths(dialog)).toEqual(withoutAccent);
  });

  it('marks the word in the title when the title is all a result matched on (the article, for "Arevalo")', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=Arevalo`);
    await page.waitForSelector('main [data-search-results][data-query="Arevalo"] a');
    const article = page.locator('main [data-search-results] > li').filter({ has: page.locator('a[data-hit][href^="/article/"]') }).first();
    expect(await article.locator('[id$="-excerpt"]').innerText()).toBe('');
    expect(await article.locator('a[data-hit] span mark').allInnerTexts()).toEqual(['Arévalo']);
    // Named as before: the mark adds no words to the link.
    expect(await article.locator('a[data-hit]').ariaSnapshot()).toMatch(/^- '?link "Sheinbaum to offer Guatemala’s Arévalo help on security: the source article"/);
  });

  it('shows title, section, excerpt (not repeating the heading), type and date, and leads to the section (a glossary entry)', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=GANSEG`);
    await page.waitForSelector('main [data-search-results][data-query="GANSEG"] a');
    const glossary = page.locator('main a[data-hit][href*="/explainers/glossary/"]');
    const result = page.locator('main [data-search-results] > li').filter({ has: page.locator('a[data-hit][href*="/explainers/glossary/"]') });
    expect(await glossary.locator('span').first().innerText()).toBe('Glossary of terms and acronyms');
    expect(await glossary.locator('[data-section]').innerText()).toBe('GANSEG — Grupo de Alto Nivel de Seguridad');
    // The excerpt starts after the heading, which the section line already shows.
    const excerpt = await result.locator('[id$="-excerpt"]').innerText();
    expect(excerpt.length).toBeGreaterThan(20);
    expect(excerpt).not.toMatch(/^(…\s*)?GANSEG/);
    expect(await result.innerText()).toMatch(/Reference · Updated \d{1,2} \w+ \d{4}/);
    expect(new URL(await glossary.getAttribute('href') ?? '', site).hash).toBe('#term-ganseg');
    // Named by title and section, described by the excerpt and details: not a paragraph-long name.
    expect(await glossary.ariaSnapshot()).toMatch(/^- '?link "Glossary of terms and acronyms Section: GANSEG — Grupo de Alto Nivel de Seguridad"'?:\n/);
    // Read through, the list gives each excerpt as text after its link: none is hidden from a screen reader.
    expect(await result.ariaSnapshot()).toContain(excerpt.slice(0, 20));
    expect(await result.locator('[aria-hidden="true"]').allTextContents()).toEqual(['§']);
    // A tap on the excerpt follows the link, which covers the whole result.
    await result.scrollIntoViewIfNeeded();
    const box = (await result.boundingBox())!;
    const hitAt = (y: number) => page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('a[data-hit]')?.getAttribute('href') ?? 'none', [box.x + box.width / 2, y]);
    expect(await hitAt(box.y + box.height - 4)).toBe(await glossary.getAttribute('href'));
    const description = await glossary.evaluate((link) => (link.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? `(no #${id})`).join(' '));
    expect(description.startsWith(excerpt.slice(0, 20))).toBe(true);
    expect(description).toMatch(/Reference · Updated \d{1,2} \w+ \d{4}( · also in (1 more section|\d+ more sections))?$/);
  });

  it('finds a publisher: "La Jornada" leads first to its entry in the source list, marked there, with the pages that cite it', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=La%20Jornada`);
    await page.waitForSelector('main [data-search-results][data-query="La Jornada"] a');
    const first = page.locator('main a[data-hit]').first();
    const href = new URL((await first.getAttribute('href'))!, site);
    expect(href.pathname).toBe('/sources/');
    expect(await first.locator('span').first().innerText()).toBe('Sources');
    expect(await first.locator('[data-section]').innerText()).toBe('La Jornada');
    // Its type, no date (the list has none of its own), and how many more of its entries matched: the page marks them all.
    expect(await page.locator('main [data-search-results] > li').first().innerText()).toMatch(/\nSource list · also in \d+ more sections$/);
    await Promise.all([page.waitForURL((url) => url.pathname === '/sources/'), first.click()]);
    const entry = page.locator(`[id="${decodeURIComponent(href.hash.slice(1))}"]`);
    expect(await entry.locator('.source-entry > b').innerText()).toBe('La Jornada');
    expect(await entry.evaluate((element) => element.matches(':target') && getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(await entry.locator('a.kept').count()).toBeGreaterThan(0);
  });

  it('keeps the source list below the pages for a subject, in both languages: its entries are short, and their headlines hold the same words', async () => {
    await freshPage();
    // Measured when its entries weighed as much as a page's text: third for "security cooperation", fourth for "migration" and "CJNG".
    for (const query of ['security cooperation', 'migration', 'CJNG', 'state of siege', 'es:migración', 'es:estado de sitio']) {
      const [path, words] = query.startsWith('es:') ? ['es/search/', query.slice(3)] : ['search/', query];
      await visit(page, `${site}${path}?q=${encodeURIComponent(words)}`);
      await page.waitForSelector(`main [data-search-results][data-query="${words}"] a`);
      const paths = (await resultPaths('main')).slice(0, 5);
      expect(paths, query).toHaveLength(5);
      expect(paths.filter((shown) => shown.endsWith('/sources/')), query).toEqual([]);
    }
  });

  it('says plainly when nothing matches, and where else to look', async () => {
    await freshPage();
    await visit(page, site);
    await openDialog();
    await search(dialog, 'zzqxv');
    expect(await resultPaths(dialog)).toEqual([]);
    expect(await status(dialog)).toContain('No pages match “zzqxv”');
    expect(await status(dialog)).toMatch(/or browse the topic index, the printable briefs or all sources\.$/);
    const links = await page.locator(`${dialog} [data-search-status] a`).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // The briefs too: a reader searching for "briefing pack" or "PDF" finds no explainer text.
    expect(links).toEqual(['/topics/', '/briefs/', '/sources/']);
  });

  // Pagefind answers a word it does not have with the longest start of it that it has.
  it('says it is searching while a slow network loads the index, then gives the results', async () => {
    await freshPage();
    // As on a slow phone connection: every file of the index arrives a second and a half late.
    await page.route('**/pagefind/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await visit(page, site);
    await openDialog();
    const box = page.locator(`${dialog} input[type="search"]`);
    const says = (text: string) => page.waitForFunction(([scope, wanted]) => document.querySelector(`${scope} [data-search-status]`)?.textContent === wanted, [dialog, text] as const, { timeout: 5000 });
    await box.fill('La');
    // Within the dynamic import of the search code, mounting it and the 300 ms delay, on a busy machine.
    await says('Searching…');
    // Typing on while the first search waits: the status names no query that could be out of date,
    // and is not rewritten (a screen reader would read each rewrite).
    const statusLine = page.locator(`${dialog} [data-search-status]`);
    await statusLine.evaluate((element) => {
      (window as unknown as { rewrites: number }).rewrites = 0;
      new MutationObserver((changes) => ((window as unknown as { rewrites: number }).rewrites += changes.length)).observe(element, { childList: true, characterData: true, subtree: true });
    });
    await box.fill('La Mesilla');
    await page.waitForTimeout(500);
    await says('Searching…');
    expect(await page.evaluate(() => (window as unknown as { rewrites: number }).rewrites)).toBe(0);
    expect(await page.locator(`${dialog} [data-search-results]`).getAttribute('aria-busy')).toBe('true');
    await page.waitForSelector(`${dialog} [data-search-results][data-query="La Mesilla"] a`, { timeout: 30_000 });
    expect(await status(dialog)).toMatch(/^\d+ results? for “La Mesilla”/);
    expect(await page.locator(`${dialog} [data-search-results]`).getAttribute('aria-busy')).toBeNull();
  });

  it('says when a word is not in the index, and which words the results have instead', async () => {
    await freshPage();
    await visit(page, site);
    await openDialog();
    await search(dialog, 'Pakalzzqx');
    expect((await resultPaths(dialog)).length).toBeGreaterThan(0);
    expect(await status(dialog)).toMatch(/^No exact match for “Pakalzzqx”\. \d+ results? for similar words: “Pakal”, “Pakales”\./);
    await search(dialog, 'Pakales');
    expect(await status(dialog)).toMatch(/^\d+ results? for “Pakales”\./);
  });

  it('works from the keyboard alone: Ctrl+K opens, arrows move, Esc closes, ⌘K reopens, Enter opens a result', async () => {
    await freshPage();
    await visit(page, `${site}explainers/migration/`);
    // Start from a link in the page, where focus must return when the dialog closes.
    const start = page.locator('main a[href]').first();
    await start.focus();
    const startHref = await start.getAttribute('href');
    await page.keyboard.press('Control+k');
    await page.waitForSelector(`${dialog}[open]`);
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('a[data-hit]')?.getAttribute('href') ?? document.activeElement?.id);
    expect(await focused()).toBe('search-dialog-input');
    await page.keyboard.type('GANSEG');
    await page.waitForSelector(`${dialog} [data-search-results][data-query="GANSEG"] a`);
    const hrefs = await page.locator(`${dialog} a[data-hit]`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-dialog-input');
    // Typing on a result goes back into the box.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.type('x');
    expect(await focused()).toBe('search-dialog-input');
    expect(await page.inputValue(`${dialog} input`)).toBe('GANSEGx');
    await page.waitForSelector(`${dialog} [data-search-results][data-query="GANSEGx"]`, { state: 'attached' });
    await page.keyboard.press('Backspace');
    await page.waitForSelector(`${dialog} [data-search-results][data-query="GANSEG"] a`);
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(startHref);
    await page.keyboard.press('Meta+k');
    await page.waitForSelector(`${dialog}[open]`);
    expect(await page.inputValue(`${dialog} input`)).toBe('GANSEG');
    await page.waitForSelector(`${dialog} [data-search-results][data-query="GANSEG"] a`);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.pathname === new URL(hrefs[0]!, site).pathname), page.keyboard.press('Enter')]);
  });

  // On a phone (touch, so no "Esc" hint beside Close) the box is narrow; a placeholder cut off
  // mid-word ("Names, places, acronym") reads as a mistake. Measured with the input's own font.
  it.each([
    ['', 320],
    ['', 375],
    ['es/', 320],
    ['es/', 375],
    ['search/', 320],
    ['es/search/', 320],
  ])('/%s at %i px on a phone: the search box shows its whole placeholder', async (path, width) => {
    await freshPage({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
    await visit(page, `${site}${path}`);
    const scope = path.endsWith('search/') ? 'main' : dialog;
    if (scope === dialog) await openDialog();
    // Chromium keeps room for the box's clear (×) button even while the placeholder shows: typed
    // in, the placeholder's text must fit beside that button without scrolling.
    const fit = await page.locator(`${scope} input[type="search"]`).evaluate((input: HTMLInputElement) => {
      const placeholder = input.placeholder;
      input.value = placeholder;
      const result = { placeholder, text: input.scrollWidth, room: input.clientWidth };
      input.value = '';
      return result;
    });
    expect(fit.placeholder).not.toBe('');
    expect(fit.text, `"${fit.placeholder}" needs ${fit.text} px in a ${fit.room} px box`).toBeLessThanOrEqual(fit.room);
  });

  it('shows the keys it answers to, and reads them with the box, but not on a touch screen', async () => {
    await freshPage();
    await visit(page, site);
    await openDialog();
    expect(await page.locator(`${dialog} #search-dialog-keys`).innerText()).toMatch(/to move through results[\s\S]*Enter\s*to open[\s\S]*Esc\s*to close/);
    expect(await page.locator(`${dialog} input[type="search"]`).getAttribute('aria-describedby')).toBe('search-dialog-keys');
    // Heard as sentences, not one run-on phrase.
    const heard = await page.locator(`${dialog} #search-dialog-keys`).evaluate((hints) => {
      const copy = hints.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((glyph) => glyph.remove());
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    });
    expect(heard).toBe('Down arrow or Up arrow to move through results. Enter to open. Esc to close.');
    // On a phone the keys are not shown and do nothing: a screen reader there does not hear them.
    await freshPage({ viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    await visit(page, site);
    await page.locator('header [data-search-open]').click();
    await page.waitForSelector(`${dialog}[open] [data-search-footer] #search-dialog-keys`, { state: 'attached' });
    expect(await page.locator(`${dialog} input[type="search"]`).getAttribute('aria-describedby')).toBeNull();
  });
});

describe('an ordinary page before search is opened', () => {
  it('fetches no search code, style or index; opening search fetches them', async () => {
    await freshPage();
    await visit(page, `${site}explainers/la-mesilla-incident/`);
    // Anything the page would fetch on its own has been asked for once the network is quiet.
    await page.waitForLoadState('networkidle');
    const beforeOpening = [...watched.requests];
    // The trigger is inline in the page: no search file of any kind is fetched.
    expect(beforeOpening.filter((request) => /pagefind|search/i.test(new URL(request).pathname))).toEqual([]);
    await openDialog();
    await search(dialog, 'La Mesilla');
    const afterOpening = watched.requests.slice(beforeOpening.length);
    expect(afterOpening.some((request) => request.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(afterOpening.some((request) => /search-ui\.[\w-]+\.js$/.test(request))).toBe(true);
    expect(afterOpening.some((request) => request.includes('/pagefind/fragment/'))).toBe(true);
  });

  it('still links to /search/ when JavaScript is off', async () => {
    await freshPage({ javaScriptEnabled: false });
    await visit(page, site);
    const link = page.locator('header a[data-search-link]');
    expect(await link.isVisible()).toBe(true);
    expect(new URL(await link.getAttribute('href') ?? '', site).pathname).toBe('/search/');
    await visit(page, `${site}search/`);
    expect(await page.locator('main form[role="search"]').isVisible()).toBe(false);
    const fallback = await page.locator('main').innerText();
    expect(fallback).toContain('Search needs JavaScript');
    expect(await page.locator('main a[href$="/topics/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href$="/sources/"]').count()).toBeGreaterThan(0);
  });
});

describe('the /search/ page', () => {
  const scope = 'main';
  /** Opens the /search/ page at ?q=`query` ("es:" first: the Spanish one) and waits for results and a status matching `pattern`. */
  const searchPageSays = async (query: string, pattern: RegExp) => {
    const [path, words] = query.startsWith('es:') ? ['es/search/', query.slice(3)] : ['search/', query];
    await visit(page, `${site}${path}?q=${encodeURIComponent(words)}`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="${words}"] a`);
    await expect.poll(() => status(scope), { message: query }).toMatch(pattern);
  };

  it('shows the query of the address, and says it is searching, before the search code arrives', async () => {
    await freshPage();
    // As on a slow phone connection: the search code (a script file; the page's own is inline) is late.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/*.js', async (route) => {
      await held;
      await route.continue();
    });
    // Not waiting for the page to load, which waits for its scripts.
    await page.goto(`${site}es/search/?q=Huehuetenango`, { waitUntil: 'commit' });
    await expect.poll(() => page.inputValue(`${scope} input[type="search"]`)).toBe('Huehuetenango');
    expect(await status(scope)).toBe('Buscando…');
    release();
    await page.waitForSelector(`${scope} [data-search-results][data-query="Huehuetenango"] a`);
    expect(await status(scope)).toMatch(/^\d+ resultados? para “Huehuetenango”/);
    // Cleared, the box brings back the example searches, not "Buscando…".
    await page.fill(`${scope} input[type="search"]`, '');
    await expect.poll(() => page.locator(`${scope} [data-search-status] a`).count()).toBeGreaterThan(1);
  });

  it('reads the query from ?q= and keeps the URL and the title in step, so Back returns to the previous search', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=La%20Mesilla`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="La Mesilla"] a`);
    expect(await page.inputValue(`${scope} input[type="search"]`)).toBe('La Mesilla');
    expect(await page.title()).toMatch(/^“La Mesilla” – Search \|/);
    expect((await resultPaths(scope))[0]).toBe('/explainers/la-mesilla-incident/');
    const entries = await page.evaluate(() => history.length);

    // A new search typed adds one entry, which later keystrokes replace…
    await search(scope, 'GANS');
    expect(new URL(page.url()).search).toBe('?q=GANS');
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.locator(`${scope} input[type="search"]`).press('End');
    await page.locator(`${scope} input[type="search"]`).pressSequentially('EG');
    await page.waitForURL((url) => url.search === '?q=GANSEG');
    expect(await page.title()).toMatch(/^“GANSEG” – Search \|/);
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);

    // …submitting keeps it, a filter adds one.
    await page.locator(`${scope} input[type="search"]`).press('Enter');
    await page.locator(`${scope} input[name="type"][value="reference"]`).check();
    await page.waitForURL((url) => url.search === '?q=GANSEG&type=reference');
    expect(await page.evaluate(() => history.length)).toBe(entries + 2);

    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=GANSEG');
    expect(await page.locator(`${scope} input[name="type"][value="reference"]`).isChecked()).toBe(false);
    await page.waitForSelector(`${scope} [data-search-results][data-query="GANSEG"] a`);
    // The list still holds the filtered search's results until Back's search lands: wait for the status.
    await expect.poll(() => status(scope)).toMatch(/^\d+ results? for “GANSEG”\.$/);
    // Back again: the search before the one typed.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'La Mesilla');
    expect(await page.inputValue(`${scope} input[type="search"]`)).toBe('La Mesilla');
    await expect.poll(() => status(scope)).toMatch(/^\d+ results? for “La Mesilla”\.$/);
    await search(scope, '');
    expect(await page.title()).toMatch(/^Search \|/);
  });

  it('shows the next results on "Show more results", and Back from one of them returns to it, as many shown and scrolled as left', async () => {
    await freshPage({ viewport: { width: 375, height: 700 } });
    await visit(page, `${site}search/?q=Guatemala`);
    const items = page.locator(`${scope} [data-search-results] > li`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Guatemala"] a`);
    expect(await items.count()).toBe(PAGE_RESULTS);
    await page.locator(`${scope} [data-search-more]`).click();
    await expect.poll(() => items.count()).toBeGreaterThan(PAGE_RESULTS);
    const shown = await items.count();
    // The first new result has the focus, so a keyboard reader goes on where the list grew.
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('main [data-search-results] > li')[10]?.querySelector('a'))).toBe(true);
    const chosen = items.nth(PAGE_RESULTS + 1).locator('a[data-hit]');
    await chosen.scrollIntoViewIfNeeded();
    const left = await page.evaluate(() => window.scrollY);
    expect(left).toBeGreaterThan(0);
    const href = (await chosen.getAttribute('href'))!;
    await Promise.all([page.waitForURL((url) => url.pathname === new URL(href, site).pathname), chosen.click()]);

    // Playwright's Chromium has no back-forward cache: the page loads again, as an evicted one would.
    await page.goBack();
    await page.waitForSelector(`${scope} [data-search-results][data-query="Guatemala"] a`);
    await expect.poll(() => items.count()).toBe(shown);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(left);
    expect(await page.locator(`${scope} a[data-hit][href="${href}"]`).isVisible()).toBe(true);
  });

  it('counts a query with stop words as found: "state of siege" is no search for a missing "of"', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=state%20of%20siege`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="state of siege"] a`);
    expect(await status(scope)).toMatch(/^\d+ results? for “state of siege”\.$/);
  });

  it('ranks a phrase the reader put in quotes as it ranks the words, and does not double the quotation marks', async () => {
    await freshPage();
    const order = async (query: string) => {
      await visit(page, `${site}search/?q=${encodeURIComponent(query)}`);
      await page.waitForSelector(`${scope} [data-search-results][data-query='${query}'] a`);
      return page.locator(`${scope} a[data-hit]`).evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    };
    const plain = await order('Arevalo');
    // Pagefind returns a phrase's sections in address order: at-a-glance, the glossary, …
    expect(await order('"Arevalo"')).toEqual(plain);
    expect(plain[1]).toBe('/explainers/whos-who/');
    expect(await status(scope)).toMatch(/^\d+ results? for “Arevalo”\.$/);
  });

  it('says when one word of a query is on no page, instead of counting results for all of them', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=Belize%20hurricane`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Belize hurricane"] a`);
    expect(await status(scope)).toMatch(/^No exact match for “hurricane”\. \d+ results? for “Belize”\.$/);
    // Missing words are alternatives ("or"); the words found are all in every result ("and").
    await visit(page, `${site}search/?q=Belize%20hurricane%20tornado`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Belize hurricane tornado"] a`);
    expect(await status(scope)).toMatch(/^No exact match for “hurricane” or “tornado”\. \d+ results? for “Belize”\.$/);
    await visit(page, `${site}search/?q=Belize%20Guatemala%20hurricane`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Belize Guatemala hurricane"] a`);
    expect(await status(scope)).toMatch(/^No exact match for “hurricane”\. \d+ results? for “Belize” and “Guatemala”\.$/);
  });

  it('finds the name a typo meant when Pagefind could match it only by a short start ("Sheinbam" as "She"), and says so', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=Sheinbam`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Sheinbam"] a`);
    await expect.poll(() => status(scope)).toMatch(/^No exact match for “Sheinbam”\. \d+ results for similar words: “Sheinbaum”/);
    const marked = await page.locator(`${scope} [data-search-results] li mark`).allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase(), 'no "she" stands in for "Sheinbam"').toMatch(/^sheinbaum/);
    // Beside a word that was found, the typo is named and the name meant is searched with it.
    await visit(page, `${site}search/?q=Sheinbaun%20Peten`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Sheinbaun Peten"] a`);
    await expect.poll(() => status(scope)).toMatch(/^No exact match for “Sheinbaun”\. \d+ results? for “Peten” and similar words: “Sheinbaum/);
  });

  it('drops a word whose every start is too short to mean anything, and says so', async () => {
    await freshPage();
    // "Shxqzbaun": its longer starts ("Shxqzbau" … "Shxqz") are on no page, "Sh" is no answer, and no
    // indexed word is within two edits of it ("Shxqzbaun" is: it finds "Sheinbaum", see below).
    await visit(page, `${site}search/?q=Shxqzbaun`);
    await expect.poll(() => status(scope)).toMatch(/^No pages match “Shxqzbaun”\. Check the spelling/);
    expect(await page.locator(`${scope} a[data-hit]`).count()).toBe(0);
    // Pagefind matched "X" (the social network), marked alone: one letter is no answer to "xyzzy".
    await visit(page, `${site}search/?q=xyzzy`);
    await expect.poll(() => status(scope)).toMatch(/^No pages match “xyzzy”\. Check the spelling/);
    expect(await page.locator(`${scope} a[data-hit]`).count()).toBe(0);
    await visit(page, `${site}search/?q=Shxqzbaun%20Arevalo`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Shxqzbaun Arevalo"] a`);
    await expect.poll(() => status(scope)).toMatch(/^No exact match for “Shxqzbaun”\. \d+ results? for “Arevalo”\.$/);
    const marked = await page.locator(`${scope} [data-search-results] li mark`).allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase(), 'no "sh" stands in for "Shxqzbaun"').toMatch(/^ar[eé]valo/);
    // The same with punctuation typed; and a stop word left alone is no search at all.
    await visit(page, `${site}search/?q=Shxqzbaun%2C%20Arevalo`);
    await expect.poll(() => status(scope)).toMatch(/^No exact match for “Shxqzbaun”\. \d+ results? for “Arevalo”\.$/);
    await visit(page, `${site}search/?q=the%20Shxqzbaun`);
    await expect.poll(() => status(scope)).toMatch(/^No pages match “the Shxqzbaun”\. Check the spelling/);
    expect(await page.locator(`${scope} a[data-hit]`).count()).toBe(0);
  });

  it('finds the word a typo early in it meant, as the nearest word the index holds, and says so; loading the word list only then', async () => {
    await freshPage();
    // "Guatamala" shares only "Guat" with "Guatemala": Pagefind found nothing at all.
    await searchPageSays('Guatamala', /^No exact match for “Guatamala”\. \d+ results for similar words: “Guatemala”/);
    const marked = await page.locator(`${scope} [data-search-results] li mark`).allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase(), '"Guatemala" stands in for "Guatamala"').toMatch(/guatemala/);
    expect(watched.requests.filter((url) => /\/pagefind\/words\.en_[0-9a-f]+\.json$/.test(url))).toHaveLength(1);
    // Beside a word that was found; two neighbours swapped; two edits in a long word.
    for (const [query, pattern] of [
      ['Chiapas polise', /^No exact match for “polise”\. \d+ results? for “Chiapas” and similar words: “police”/],
      ['Mexcio', /^No exact match for “Mexcio”\. \d+ results? for similar words: “Mexico”/],
      ['Shxinbaun', /^No exact match for “Shxinbaun”\. \d+ results? for similar words: “Sheinbaum”/],
    ] as const) {
      await searchPageSays(query, pattern);
    }
  });

  it('names a typo near the end of a word, which Pagefind matches by its stem, and not another form of a word the results have', async () => {
    await freshPage();
    // Pagefind finds "Chiapas" for "Chiapaz" (they share six letters), and the status said "12 results for “Chiapaz”".
    await searchPageSays('Chiapaz', /^No exact match for “Chiapaz”\. \d+ results for similar words: “Chiapas”/);
    expect(watched.requests.filter((url) => /\/pagefind\/words\.en_[0-9a-f]+\.json$/.test(url))).toHaveLength(1);
    for (const [query, pattern] of [
      // A letter wrong in Spanish: the word in the pages' spelling.
      ['es:polisia', /^No hay coincidencias exactas para “polisia”\. \d+ resultados? para palabras parecidas: .*“policía”/],
      // The results mark only "frontera" for "fronteriso": the word list has the word it is a slip from.
      ['es:fronteriso', /^No hay coincidencias exactas para “fronteriso”\. \d+ resultados? para palabras parecidas: .*“fronterizo”/],
      // Other forms of a word the pages have, which Pagefind's stemming rightly matched, stay as typed.
      ['cartels', /^\d+ results? for “cartels”\.$/],
      ['cooperating', /^\d+ results? for “cooperating”\.$/],
      ['policies', /^\d+ results? for “policies”\.$/],
      // A plural whose stem is half of it ("kill" of "killings") still finds the pages with its
      // other forms; it said "No pages match".
      ['killings', /^No exact match for “killings”\. \d+ results? for similar words: “killed”/],
    ] as const) {
      await searchPageSays(query, pattern);
    }
  });

  it('fetches no word list for a query every word of which is found', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=Chiapas%20police`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Chiapas police"] a`);
    await expect.poll(() => status(scope)).toMatch(/^\d+ results? for “Chiapas police”/);
    expect(watched.requests.filter((url) => url.includes('/pagefind/words.'))).toEqual([]);
  });

  it('does not say a word went unmatched when the results have it beyond their excerpts: "what happened at La Mesilla"', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=what%20happened%20at%20La%20Mesilla`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="what happened at La Mesilla"] a`);
    await expect.poll(() => status(scope)).toMatch(/^\d+ results? for/);
    expect(await status(scope)).not.toMatch(/“La”|“Mesilla”/);
    // The words of a question are not searched for: "what" was named as having no exact match.
    await visit(page, `${site}search/?q=what%20did%20Sheinbaum%20offer`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="what did Sheinbaum offer"] a`);
    await expect.poll(() => status(scope)).toMatch(/^\d+ results? for “what did Sheinbaum offer”\.$/);
  });

  it('repeats a very long query shortened, in the status and the tab\'s title', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=${'x'.repeat(300)}`);
    await expect.poll(() => status(scope)).toMatch(/x…”/);
    // The 300 letters are cut to a few dozen; the rest of the status is the message around them.
    expect(/x+/.exec(await status(scope))![0].length).toBeLessThan(80);
    expect((await page.title()).length).toBeLessThan(120);
  });

  it('does not say a one-letter word went unmatched: "8 June 2025"', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=8%20June%202025`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="8 June 2025"] a`);
    await expect.poll(() => status(scope)).toMatch(/^\d+ results? for “8 June 2025”\.$/);
  });

  it('finds the British spelling for an American one: "defense minister"', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=defense%20minister`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="defense minister"] a`);
    expect(await status(scope)).toMatch(/^\d+ results? for “defense minister”\.$/);
    const marked = (await page.locator(`${scope} [data-search-results] li mark`).allTextContents()).map((word) => word.toLowerCase());
    expect(marked).toContain('defence');
  });

  it('blames the filters, not the spelling, when they leave nothing, and offers to clear them', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=Sheinbaum&topic=cross-border-incident&type=reference`);
    await expect.poll(() => status(scope)).toMatch(/^No pages match “Sheinbaum” in .+\. Clear the filters to search every page\.$/);
    await page.locator(`${scope} [data-search-status] a[data-clear-filters]`).click();
    await page.waitForURL((url) => url.search === '?q=Sheinbaum');
    await page.waitForSelector(`${scope} [data-search-results][data-query="Sheinbaum"] a`);
    expect(await page.locator(`${scope} input[name="topic"]:checked, ${scope} input[name="type"]:checked`).count()).toBe(0);
    // Words that no page has: the spelling, not the filters, is the thing to check.
    await visit(page, `${site}search/?q=zzqxv&topic=migration`);
    await expect.poll(() => status(scope)).toMatch(/^No pages match “zzqxv”\. Check the spelling/);
  });

  it('keeps the search when the reader switches language', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=La%20Mesilla&topic=diplomacy`);
    const language = page.locator('header a.language-switcher');
    // The page's script arrives by dynamic import, which may settle after the load event.
    await expect.poll(async () => new URL((await language.getAttribute('href'))!, site).search).toBe('?q=La+Mesilla&topic=diplomacy');
    await search(scope, 'GANSEG');
    expect(new URL((await language.getAttribute('href'))!, site).search).toBe('?q=GANSEG&topic=diplomacy');
    await Promise.all([page.waitForURL((url) => url.pathname === '/es/search/'), language.click()]);
    await page.waitForSelector(`${scope} [data-search-results][data-query="GANSEG"] a`);
    expect(await page.inputValue(`${scope} input[type="search"]`)).toBe('GANSEG');
    expect(await page.locator(`${scope} input[name="topic"][value="diplomacy"]`).isChecked()).toBe(true);
  });

  it('narrows results with a topic filter, counting the pages under each', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=Arevalo`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Arevalo"] a`);
    const allCount = Number(/^(\d+)/.exec(await status(scope))![1]);
    // Each filter is offered once: no "Reference" under Topic and again under Type.
    const labels = (await page.locator(`${scope} [data-search-filter-panel] label`).allInnerTexts()).map((text) => text.replace(/\s*\(\d+\)\s*$/, '').trim());
    expect(labels.length).toBeGreaterThan(5);
    expect(new Set(labels).size).toBe(labels.length);
    const migrationCount = await page.locator(`${scope} [data-count-for="topic:migration"]`).innerText();
    await page.locator(`${scope} input[name="topic"][value="migration"]`).check();
    await page.waitForURL((url) => url.search === '?q=Arevalo&topic=migration');
    await page.waitForFunction(() => /in Migration/.test(document.querySelector('main [data-search-status]')?.textContent ?? ''));
    const filtered = await resultPaths(scope);
    // The pages the build filed under Migration, read from their HTML.
    const migrationPages = htmlFiles()
      .filter((file) => builtPage(file)('[data-pagefind-filter="topic:migration"]').length > 0)
      .map(routeOf);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(allCount);
    expect(`(${filtered.length})`).toBe(migrationCount);
    for (const path of filtered) expect(migrationPages).toContain(path);
  });

  it('sorts by date when asked, and says so in the status a screen reader hears', async () => {
    await freshPage();
    await visit(page, `${site}search/?q=Arevalo`);
    await page.waitForSelector(`${scope} [data-search-results][data-query="Arevalo"] a`);
    const before = await status(scope);
    expect(before).not.toContain('updated first');
    await page.locator(`${scope} select[name="sort"]`).selectOption('updated');
    await page.waitForURL((url) => url.search === '?q=Arevalo&sort=updated');
    await expect.poll(() => status(scope)).toBe(`${before} Most recently updated first.`);
    // The dates the results show run newest first.
    const dates = await page.locator(`${scope} [data-search-results] li time`).evaluateAll((times) => times.map((time) => (time as HTMLTimeElement).dateTime));
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists every page of a type when only a filter is chosen', async () => {
    await freshPage();
    await visit(page, `${site}search/?type=article`);
    await page.waitForFunction(() => /^1 result/.test(document.querySelector('main [data-search-status]')?.textContent ?? ''));
    expect(await resultPaths(scope)).toEqual(['/article/']);
    // The source list is a type of its own, offered as a filter.
    await visit(page, `${site}search/?type=sources`);
    await page.waitForFunction(() => /^1 result/.test(document.querySelector('main [data-search-status]')?.textContent ?? ''));
    expect(await resultPaths(scope)).toEqual(['/sources/']);
    expect(await page.locator(`${scope} input[name="type"][value="sources"]`).isChecked()).toBe(true);
  });

  it('says so, where results appear, when the search code cannot load', async () => {
    await freshPage();
    await page.route(/search-ui\.[\w-]+\.js$/, (route) => route.abort('failed'));
    await visit(page, `${site}search/?q=La%20Mesilla`);
    await expect.poll(() => status(scope)).toBe(UI.en.search.loadFailed);
    await page.waitForLoadState('networkidle');
    // The refused file is the only thing the console complains about.
    expect(watched.problems.consoleErrors.length).toBeGreaterThan(0);
    expect(watched.problems.consoleErrors.every((line) => /search-ui|Failed to load resource|dynamically imported module/i.test(line))).toBe(true);
    watched.problems.consoleErrors.length = 0;
  });

  it('focuses its own box, not a dialog, on Ctrl+K', async () => {
    await freshPage();
    await visit(page, `${site}search/`);
    await page.locator('body').press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-input');
    expect(await page.locator(`${dialog}[open]`).count()).toBe(0);
  });
});

describe('arriving from a result', () => {
  it('highlights the matched words, accents and all, and shows the section', async () => {
    await freshPage();
    await visit(page, `${site}explainers/migration/`);
    await openDialog();
    await search(dialog, 'Tecun Uman');
    const href = (await page.locator(`${dialog} a[data-hit][href*="/the-border/"]`).first().getAttribute('href'))!;
    await Promise.all([page.waitForURL((url) => url.pathname === '/explainers/the-border/'), page.locator(`${dialog} a[href="${href}"]`).click()]);
    await page.waitForSelector('main mark.search-highlight', { state: 'attached' });
    const marks = await page.locator('main mark.search-highlight').allInnerTexts();
    expect(marks).toEqual(expect.arrayContaining(['Tecún', 'Umán']));
    const target = new URL(page.url()).hash ? page.locator(decodeURIComponent(new URL(page.url()).hash)) : page.locator('main mark.search-highlight').first();
    await expect.poll(() => target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    })).toBe(true);
  });

  it('on a phone, brings the first match of the section into view when it is below the screen, and otherwise stays on the section\'s heading', async () => {
    await freshPage({ viewport: { width: 375, height: 700 } });
    const mark = page.locator('main mark.search-highlight').first();
    /** Whether the first highlight after the heading with `id` is on the screen. */
    const inView = (id: string) => () => page.evaluate((heading) => {
      const start = document.getElementById(heading)!;
      const first = [...document.querySelectorAll('main mark.search-highlight')].find((el) => start.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)!;
      const box = first.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }, id);
    // Who's who's table of Mexico's government: "Trevilla" is more than a screen under its heading.
    await visit(page, `${site}explainers/whos-who/?pagefind-highlight=Trevilla#mexicos-federal-government`);
    await mark.waitFor({ state: 'attached' });
    const gap = await page.evaluate(() => document.querySelector('main mark.search-highlight')!.getBoundingClientRect().top - document.getElementById('mexicos-federal-government')!.getBoundingClientRect().top);
    expect(gap).toBeGreaterThan(700);
    await expect.poll(inView('mexicos-federal-government')).toBe(true);
    // "Arévalo" under his own entry: already in view, so the heading stays at the top.
    await visit(page, `${site}explainers/whos-who/?pagefind-highlight=Ar%C3%A9valo#bernardo-ar%C3%A9valo-guatemala`);
    await mark.waitFor({ state: 'attached' });
    await expect.poll(inView('bernardo-arévalo-guatemala')).toBe(true);
    expect(await page.evaluate(() => Math.round(document.getElementById('bernardo-arévalo-guatemala')!.getBoundingClientRect().top))).toBeLessThan(100);
  });

  it('loads the highlighter only when a result asked for it', async () => {
    await freshPage();
    await visit(page, `${site}explainers/the-border/`);
    await page.waitForLoadState('networkidle');
    expect(watched.requests.filter((request) => request.includes('pagefind-highlight'))).toEqual([]);
    expect(await page.locator('mark').count()).toBe(0);
  });
});

describe('accessibility of search itself', () => {
  const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

  /** axe's WCAG 2.2 A/AA violations inside `selector` only (the rest of the page is tested elsewhere). */
  async function violationsIn(selector: string): Promise<string[]> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(
      ([include, tags]) => (window as unknown as { axe: { run: (context: object, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe.run({ include: [include] }, { runOnly: { type: 'tag', values: tags } }),
      [selector, WCAG_TAGS] as const,
    );
    return result.violations.map((v) => `${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  /** Violations inside `selector` in each variant, keyed by it; every list empty when all pass. */
  async function violationsInEachVariant(selector: string): Promise<Record<string, string[]>> {
    const found: Record<string, string[]> = {};
    for (const { width, colorScheme } of AXE_VARIANTS) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      found[`${colorScheme} at ${width} px`] = await violationsIn(selector);
    }
    return found;
  }
  const NONE = Object.fromEntries(AXE_VARIANTS.map(({ width, colorScheme }) => [`${colorScheme} at ${width} px`, []]));

  it('the open dialog with results passes axe in light and dark at 375 and 1280 px', async () => {
    // axe is injected as a script, which the site's CSP rightly refuses.
    await freshPage({ viewport: { width: 375, height: 800 }, bypassCSP: true });
    await visit(page, `${site}explainers/migration/`);
    await openDialog();
    await search(dialog, 'Arevalo');
    await page.keyboard.press('ArrowDown');
    expect(await violationsInEachVariant(dialog)).toEqual(NONE);
  });

  it('the /search/ page with results and a filter passes axe in light and dark at 375 and 1280 px', async () => {
    await freshPage({ viewport: { width: 375, height: 800 }, bypassCSP: true });
    await visit(page, `${site}search/?q=La%20Mesilla&topic=diplomacy`);
    await page.waitForSelector('main [data-search-results] a');
    expect(await violationsInEachVariant('main')).toEqual(NONE);
  });
});

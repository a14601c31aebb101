/** The frame every page shares: theme toggle, skip link, table of contents, language switcher, the source list's back-links, and how tables and labels sit on a phone. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, lineWidths, newContext, setTextSize, visit, watchedPage, NO_PROBLEMS, settledProblems } from '../helpers/browser';
import { COLOUR_RULES, axeViolations } from '../helpers/gates/a11y';

const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const background = () => getComputedStyle(document.documentElement).backgroundColor;

describe('theme toggle', () => {
  it('switches to dark, says so with aria-pressed, and remembers the choice on the next page', async () => {
    const context = await newContext(browser, { colorScheme: 'light' });
    const watched = await watchedPage(context);
    const { page } = watched;
    await visit(page, `${site}explainers/the-border/`);
    const toggle = page.locator('theme-toggle button');
    await expect.poll(() => toggle.isEnabled()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    const light = await page.evaluate(background);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(background)).not.toBe(light);
    await visit(page, `${site}sources/`);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
    await context.close();
  });

  it('applies a stored dark theme before the first paint (no flash of the light theme)', async () => {
    const context = await newContext(browser, { colorScheme: 'light' });
    await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
    const { page } = await watchedPage(context);
    // Read the background as soon as <main> exists: before stylesheets settle or scripts run.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('main')) {
          (window as unknown as { firstTheme: string | undefined }).firstTheme = document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await visit(page, `${site}`);
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
    await context.close();
  });

  it('follows the system theme when no choice is stored', async () => {
    const context = await newContext(browser, { colorScheme: 'dark' });
    const { page } = await watchedPage(context);
    await visit(page, `${site}`);
    expect(await page.evaluate(background)).toBe('rgb(18, 22, 28)');
    await context.close();
  });
});

describe('the header on a phone', () => {
  it.each([
    ['en', '', 'Dark theme'],
    ['es', 'es/', 'Tema oscuro'],
  ])('(%s) at 375 px puts the controls on the logo\'s row, the theme button a named moon', async (_, prefix, name) => {
    const context = await newContext(browser, { viewport: { width: 375, height: 812 } });
    const { page } = await watchedPage(context);
    await visit(page, `${site}${prefix}explainers/timeline/`);
    const middle = (selector: string) => page.locator(selector).first().evaluate((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2));
    const logo = await middle('header a[href$="/"]');
    expect(await middle('header [data-search-open]')).toBe(logo);
    expect(await middle('theme-toggle button')).toBe(logo);
    const toggle = page.getByRole('button', { name, exact: true });
    expect(await toggle.count()).toBe(1);
    expect(await toggle.evaluate((b) => Math.round(b.getBoundingClientRect().width))).toBeGreaterThanOrEqual(40);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    // The home link shows only its "MX·GT" mark here: a reader who says what they see ("click MX·GT") must find it in its name (WCAG 2.5.3).
    const home = page.getByRole('link', { name: /^MX·GT / });
    expect(await home.count()).toBe(1);
    expect(await home.getAttribute('href')).toBe(`/${prefix}`);
    await context.close();
  });

  it.each(['', 'es/'])('/%s at 375 px with the text set to twice its size, lays the links out in columns that fit', async (prefix) => {
    const context = await newContext(browser, { viewport: { width: 375, height: 812 } });
    const { page } = await watchedPage(context);
    await setTextSize(page, 32);
    await visit(page, `${site}${prefix}explainers/la-mesilla-incident/`);
    const columns = await page.locator('header nav li').evaluateAll((items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().left))).size);
    expect(columns).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await context.close();
  });
});

describe('keyboard', () => {
  it('reaches the skip link first and lands on the main content', async () => {
    const context = await newContext(browser);
    const { page } = await watchedPage(context);
    await visit(page, `${site}explainers/migration/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });
});

describe('table of contents', () => {
  it('is a closed disclosure on phones that opens and jumps to a section', async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 800 } });
    const { page } = await watchedPage(context);
    await visit(page, `${site}explainers/la-mesilla-incident/`);
    const details = page.locator('nav.toc details');
    expect(await details.isVisible()).toBe(true);
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    const first = details.locator('a').first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    await context.close();
  });

  it('is one list, with one "On this page" landmark, at every width', async () => {
    for (const width of [375, 1280]) {
      const context = await newContext(browser, { viewport: { width, height: 900 } });
      const { page } = await watchedPage(context);
      await visit(page, `${site}explainers/la-mesilla-incident/`);
      expect(await page.locator('nav.toc').count()).toBe(1);
      expect(await page.getByRole('navigation', { name: 'On this page' }).count()).toBe(1);
      await context.close();
    }
  });

  it('sits beside the text on wide screens, open, with nothing to toggle', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const { page } = await watchedPage(context);
    await visit(page, `${site}explainers/la-mesilla-incident/`);
    const toc = page.locator('nav.toc');
    expect(await toc.locator('summary').isVisible()).toBe(false);
    expect(await toc.locator('.toc-title').textContent()).toBe('On this page');
    expect(await toc.locator('.toc-title').isVisible()).toBe(true);
    const first = toc.locator('a').first();
    expect(await first.isVisible()).toBe(true);
    const [article, sidebar] = await Promise.all([page.locator('article.explainer').boundingBox(), toc.boundingBox()]);
    expect(sidebar!.x).toBeGreaterThan(article!.x + article!.width - 1);
    // It stays in view beside the text as the reader scrolls.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const box = await first.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    const target = (await first.getAttribute('href'))!;
    await first.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    await context.close();
  });
});

describe('wide tables on a phone', () => {
  // Each row's note mark sits in its last cell, not in a "Source" column of its own, which at 375 px was
  // the column a reader had to swipe to find.
  it('fit a 375 px phone with their note marks in view (the migration figures, in both languages)', async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 812 } });
    const { page, problems } = await watchedPage(context);
    for (const path of ['explainers/migration/', 'es/explainers/migration/']) {
      await visit(page, `${site}${path}`);
      const tables = await page.locator('.prose table').evaluateAll((all) => all.map((t) => ({ fits: t.scrollWidth <= t.clientWidth, marks: t.querySelectorAll('sup.cite').length })));
      expect(tables.length, path).toBeGreaterThanOrEqual(2);
      expect(tables.filter((t) => !t.fits || t.marks === 0), path).toEqual([]);
    }
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('at 320 px, stack (the 2025 figures) or scroll inside their own box, with a shadow at the edge that hides columns', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 812 } });
    const { page, problems } = await watchedPage(context);
    await visit(page, `${site}explainers/migration/`);
    const fits = await page.locator('.prose table').evaluateAll((all) => all.map((t) => t.scrollWidth <= t.clientWidth));
    expect(fits).toEqual([true, true]);
    // No table of ours is wider than a 320 px phone now, so an editor's future one is planted in the page.
    await page.locator('.prose').first().evaluate((prose) => {
      const wide = document.createElement('table');
      wide.innerHTML = `<thead><tr>${'<th>Same period a year earlier</th>'.repeat(5)}</tr></thead><tbody><tr>${'<td>1,051,948</td>'.repeat(5)}</tr></tbody>`;
      prose.append(wide);
    });
    const table = page.locator('.prose table').last();
    const edges = () =>
      table.evaluate((t) => {
        // The two paper-coloured covers scroll with the table (local); the shadows under them stay (scroll).
        const style = getComputedStyle(t);
        return { overflows: t.scrollWidth > t.clientWidth, layers: style.backgroundAttachment, page: document.documentElement.scrollWidth <= innerWidth };
      });
    expect(await edges()).toEqual({ overflows: true, layers: 'local, local, scroll, scroll', page: true });
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('tables of running text (<StackedRows>)', () => {
  /** Where each cell of the first body row sits, and what the accessibility tree calls the table's parts. */
  const firstRow = (page: Page) =>
    page.locator('.stacked-rows table').first().evaluate((table) => {
      const cells = [...table.querySelectorAll('tbody tr:first-child > *')].map((cell) => cell.getBoundingClientRect());
      return {
        lefts: cells.map((c) => Math.round(c.left)),
        tops: cells.map((c) => Math.round(c.top)),
        headerVisible: table.querySelector('thead')!.getBoundingClientRect().height > 1,
        pageFits: document.documentElement.scrollWidth <= innerWidth,
      };
    });
  const tableRoles = async (page: Page) => {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string } }[] };
    const count = (role: string) => nodes.filter((n) => n.role?.value === role).length;
    return { table: count('table'), columnheader: count('columnheader'), rowheader: count('rowheader'), row: count('row'), cell: count('cell') > 0 };
  };

  it("on a phone, show each row's cells one under another, and stay a table with its column and row headers", async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 812 } });
    const { page, problems } = await watchedPage(context);
    await visit(page, `${site}explainers/whos-who/`);
    const row = await firstRow(page);
    expect(new Set(row.lefts).size).toBe(1);
    expect(row.tops[1]).toBeGreaterThan(row.tops[0]);
    expect(row.tops[2]).toBeGreaterThan(row.tops[1]);
    expect(row.headerVisible).toBe(false);
    expect(row.pageFits).toBe(true);
    const tables = await page.locator('.stacked-rows table').count();
    expect(tables).toBe(5);
    // Each body row is headed by its first cell (src/lib/row-headers.ts), the name.
    const bodyRows = await page.locator('.stacked-rows tbody tr').count();
    expect(await tableRoles(page)).toEqual({ table: tables, columnheader: 3 * tables, rowheader: bodyRows, row: bodyRows + tables, cell: true });
    // Each table is named after its section (src/lib/table-names.ts), for moving from table to table.
    for (const name of ["Mexico’s federal government", 'The Chiapas state government', 'Guatemala’s ministers', 'Institutions', 'Others named in the sources']) {
      expect(await page.getByRole('table', { name, exact: true }).count(), name).toBe(1);
    }
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('on a phone, mute the second cell as a role (Who\'s who), or not where it is the main text (second="plain") or a figure (second="labelled")', async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 812 } });
    const { page } = await watchedPage(context);
    const colours = () =>
      page.locator('.stacked-rows table').first().evaluate((table) => {
        const [first, second] = [...table.querySelectorAll('tbody tr:first-child > *')].map((cell) => getComputedStyle(cell).color);
        return { muted: first !== second, stacked: getComputedStyle(table.querySelector('td')!).display === 'block', fits: table.scrollWidth <= table.clientWidth };
      });
    await visit(page, `${site}explainers/whos-who/`);
    expect(await colours()).toEqual({ muted: true, stacked: true, fits: true });
    // What we don't know labels its third column; Migration's figures (second="labelled") its second on.
    const labelled = [['explainers/what-we-dont-know/', 'Covered in'], ['es/explainers/what-we-dont-know/', 'Se trata en'], ['explainers/migration/', '2025 figure'], ['es/explainers/migration/', 'Cifra de 2025']];
    for (const [path, heading] of labelled) {
      await visit(page, `${site}${path}`);
      expect(await colours(), path).toEqual({ muted: false, stacked: true, fits: true });
      // With its column heading hidden, the "Covered in" cell shows the heading itself.
      const label = await page.locator('.stacked-rows td[data-label]').first().evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label, path).toContain(`"${heading}: "`);
    }
    await context.close();
  });

  it('on a wide screen, are ordinary tables', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const { page } = await watchedPage(context);
    await visit(page, `${site}es/explainers/whos-who/`);
    const row = await firstRow(page);
    expect(row.lefts[1]).toBeGreaterThan(row.lefts[0]);
    expect(row.lefts[2]).toBeGreaterThan(row.lefts[1]);
    expect(new Set(row.tops).size).toBe(1);
    expect(row.headerVisible).toBe(true);
    // Every row heading is as bold as the others, a glossary link among them too (Minex, INM).
    const weights = await page.locator('.stacked-rows tbody th').evaluateAll((headings) =>
      headings.map((th) => [th.textContent!.trim(), ...[th, ...th.querySelectorAll('*')].map((el) => getComputedStyle(el).fontWeight)].join(' ')),
    );
    expect(weights.length).toBeGreaterThan(20);
    expect(weights.filter((line) => !/^.+?( 600)+$/.test(line))).toEqual([]);
    expect(weights.some((line) => /^Minex 600 600$/.test(line))).toBe(true);
    // The header row is in sight, so cells carry no heading of their own.
    await visit(page, `${site}explainers/what-we-dont-know/`);
    expect(await page.locator('.stacked-rows td[data-label]').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
    await context.close();
  });
});

describe('page titles', () => {
  it.each([320, 375, 1280])('at %i px break into even lines, with no word left alone on the last', async (width) => {
    const context = await newContext(browser, { viewport: { width, height: 900 } });
    const { page } = await watchedPage(context);
    for (const path of ['', 'es/', 'article/', 'es/article/', 'explainers/the-border/', 'es/explainers/the-border/', 'explainers/la-mesilla-incident/']) {
      await visit(page, `${site}${path}`);
      const lines = await lineWidths(page.locator('main h1').first());
      if (lines.length > 1) expect(lines.at(-1)! / Math.max(...lines), `/${path}: line widths ${lines.join(', ')} px`).toBeGreaterThan(0.4);
    }
    await context.close();
  });
});

describe('titles with a place name', () => {
  it('keep "La Mesilla" on one line, in the page heading and on the home page, in both languages', async () => {
    for (const width of [320, 1280]) {
      const context = await newContext(browser, { viewport: { width, height: 900 } });
      const { page } = await watchedPage(context);
      for (const [path, selector] of [['es/explainers/la-mesilla-incident/', 'main h1'], ['explainers/la-mesilla-incident/', 'main h1'], ['', 'main h3'], ['es/', 'main h3']]) {
        await visit(page, `${site}${path}`);
        const lines = await page.locator(selector).evaluateAll((headings) =>
          headings.flatMap((heading) => {
            const range = document.createRange();
            const text = heading.firstChild?.nodeType === Node.TEXT_NODE ? heading : heading.querySelector('a') ?? heading;
            const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
            const found: number[] = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent!.indexOf('La Mesilla');
              if (at === -1) continue;
              range.setStart(node, at);
              range.setEnd(node, at + 'La Mesilla'.length);
              found.push(new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size);
            }
            return found;
          }),
        );
        expect(lines.length, `/${path} at ${width} px: no "La Mesilla" in ${selector}`).toBeGreaterThan(0);
        for (const count of lines) expect(count, `/${path} at ${width} px: "La Mesilla" over ${count} lines`).toBe(1);
      }
      await context.close();
    }
  });
});

describe('phrases kept on one line (year ranges, place names, dates, codes)', () => {
  /** Each kept phrase in the main text: its text, and how many lines it takes. */
  const keptLines = (page: Page) =>
    page.locator('main .kept').evaluateAll((phrases) =>
      phrases.map((phrase) => {
        const range = document.createRange();
        range.selectNodeContents(phrase);
        return { text: phrase.textContent!.trim(), lines: new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size };
      }),
    );
  const pages = ['', 'es/', 'explainers/at-a-glance/', 'es/explainers/january-2026-offer/', 'es/sources/'];

  it('stay on one line at 320 px', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 900 } });
    const { page } = await watchedPage(context);
    for (const path of pages) {
      await visit(page, `${site}${path}`);
      const phrases = await keptLines(page);
      expect(phrases.length, `/${path}`).toBeGreaterThan(0);
      expect(phrases.filter(({ lines }) => lines !== 1), `/${path}`).toEqual([]);
    }
    await context.close();
  });

  it('break rather than run off a 375 px phone with its text at 200 %, and outside titles only when a whole line is too short for them', async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 900 } });
    const { page } = await watchedPage(context);
    await setTextSize(page, 32);
    for (const path of pages) {
      await visit(page, `${site}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `/${path} runs off the screen`).toBeLessThanOrEqual(375);
    }
    // The title's year range, wider than the phone's line at this size, breaks; the dates under it each move to a line of their own whole.
    await visit(page, `${site}explainers/at-a-glance/`);
    const phrases = await keptLines(page);
    expect(phrases.find(({ text }) => text === '2025–2026')?.lines).toBe(2);
    expect(phrases.filter(({ text }) => /^\d+ \w+ \d{4}$/.test(text)).map(({ lines }) => lines)).toEqual([1, 1]);
    await context.close();
  });
});

describe('the "single source" label', () => {
  it('stays on the line of its citation, and the punctuation after it never starts a line', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 700 } });
    const { page } = await watchedPage(context);
    await visit(page, `${site}explainers/whos-who/`);
    const breaks = await page.locator('main .single-source').evaluateAll((labels) =>
      labels.flatMap((label) => {
        const rects = label.getClientRects();
        const problems: string[] = [];
        if (rects.length !== 1) problems.push(`"${label.textContent}" split over ${rects.length} lines`);
        const mark = label.previousElementSibling;
        if (mark?.matches('sup.cite') && Math.abs(mark.getBoundingClientRect().bottom - label.getBoundingClientRect().bottom) > 8) {
          problems.push(`label on another line than its citation, after "${mark.textContent}"`);
        }
        const next = label.nextSibling;
        if (next?.nodeType === Node.TEXT_NODE && /^[.,;:]/.test(next.textContent ?? '')) {
          const range = document.createRange();
          range.setStart(next, 0);
          range.setEnd(next, 1);
          if (Math.abs(range.getBoundingClientRect().bottom - label.getBoundingClientRect().bottom) > 8) problems.push(`"${next.textContent!.slice(0, 20)}" starts a line`);
        }
        return problems;
      }),
    );
    expect(breaks).toEqual([]);
    await context.close();
  });
});

describe('table of contents focus', () => {
  it("shows a link's whole focus ring in the scrolling column on wide screens", async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const { page } = await watchedPage(context);
    await visit(page, `${site}explainers/la-mesilla-incident/`);
    const link = page.locator('nav.toc a').first();
    await link.focus();
    // The ring (3 px outline, 2 px offset) fits inside the box that scrolls the list.
    const room = await link.evaluate((a) => {
      const body = a.closest('.toc-body')!.getBoundingClientRect();
      const box = a.getBoundingClientRect();
      return Math.min(box.left - body.left, body.right - box.right, box.top - body.top);
    });
    expect(room).toBeGreaterThanOrEqual(5);
    await context.close();
  });
});

describe('language switcher', () => {
  it('keeps the reader on the same page in the other language, and back', async () => {
    const context = await newContext(browser);
    const watched = await watchedPage(context);
    const { page } = watched;
    await visit(page, `${site}explainers/migration/`);
    await page.locator('a.language-switcher').click();
    await page.waitForURL(/\/es\/explainers\/migration\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await page.locator('a.language-switcher').click();
    await page.waitForURL(/\/explainers\/migration\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect((await settledProblems(watched)).consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('source list back-links', () => {
  it.each([
    // A lone "a" is read as the article ("citation uh"), and "Volver a la cita a" as a dangling preposition: the letter is named as one.
    ['en', 'Back to citation', 'Back to citation, letter ', 'explainers/la-mesilla-incident/'],
    ['es', 'Volver a la cita', 'Volver a la cita, letra ', 'es/explainers/la-mesilla-incident/'],
  ])('(%s) are named "%s" and their visible letter, and lead back to the citation', async (_, words, lettered, path) => {
    const context = await newContext(browser);
    const { page, problems } = await watchedPage(context);
    await visit(page, `${site}${path}`);
    // What a screen reader gets: each link's name contains its visible letter (WCAG 2.5.3), in the page's language.
    const several = page.locator('.source-list li:has(.backlinks a + a)').first();
    const letters = await several.locator('.backlinks a').allTextContents();
    expect(letters.slice(0, 2)).toEqual(['a', 'b']);
    const names = (await several.locator('.backlinks').ariaSnapshot()).split('\n').filter((line) => line.startsWith('- link'));
    expect(names).toEqual(letters.map((letter) => `- link "${lettered}${letter}":`));
    const once = page.locator('.source-list li:has(.backlinks a:only-child) .backlinks a').first();
    expect(await once.textContent()).toBe('');
    expect(await page.getByRole('link', { name: words, exact: true }).count()).toBeGreaterThan(0);
    // The arrow stays visible, and Enter on a back-link moves to its citation.
    const second = several.getByRole('link', { name: `${lettered}b`, exact: true });
    expect(await second.evaluate((a) => getComputedStyle(a, '::before').content)).toContain('↩');
    const target = (await second.getAttribute('href'))!;
    await second.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('on a phone, are a 24-pixel place to tap no taller than their line, and keep together when they fit a line', async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
    const { page } = await watchedPage(context);
    await visit(page, `${site}es/explainers/the-border/`);
    const found = await page.locator('main .source-list li').evaluateAll((entries) =>
      entries.flatMap((entry) => {
        const links = [...entry.querySelectorAll<HTMLElement>('.backlinks a')];
        if (links.length === 0) return [];
        entry.scrollIntoView({ block: 'center' });
        const lineHeight = parseFloat(getComputedStyle(entry).lineHeight);
        const problems: string[] = [];
        for (const link of links) {
          const box = link.getBoundingClientRect();
          const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
          if (box.width < 23.5) problems.push(`${entry.id} ${link.textContent}: ${box.width} px wide`);
          if (box.height > lineHeight) problems.push(`${entry.id} ${link.textContent}: ${box.height} px tall in ${lineHeight} px lines`);
          for (const at of [y - 11.5, y + 11.5]) if (document.elementFromPoint(x, at) !== link) problems.push(`${entry.id} ${link.textContent}: no tap at ${Math.round(at - y)} px`);
        }
        const tops = new Set(links.map((link) => Math.round(link.getBoundingClientRect().top)));
        if (links.length * 24 < entry.getBoundingClientRect().width / 2 && tops.size > 1) problems.push(`${entry.id}: ${links.length} back-links split over ${tops.size} lines`);
        return problems;
      }),
    );
    expect(found).toEqual([]);
    await context.close();
  });
});

describe('navigation links on a phone', () => {
  it('are at least 32 px tall to tap: the header\'s and the topic index\'s', async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
    const { page } = await watchedPage(context);
    for (const [route, links] of [['', 'header nav a'], ['topics/', 'main h1 ~ nav a']] as const) {
      await visit(page, `${site}${route}`);
      const heights = await page.locator(links).evaluateAll((found) => found.map((link) => link.getBoundingClientRect().height));
      expect(heights.length, route).toBeGreaterThan(3);
      expect(Math.min(...heights), route || 'home').toBeGreaterThanOrEqual(32);
    }
    await context.close();
  });
});

describe("an explainer's brief links on a phone", () => {
  it('keep the two PDFs on one row, not one of them alone on a third', async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
    const { page } = await watchedPage(context);
    for (const route of ['explainers/la-mesilla-incident/', 'es/explainers/la-mesilla-incident/']) {
      await visit(page, `${site}${route}`);
      const tops = await page.locator('.brief-links a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
      expect(tops, route).toHaveLength(3);
      expect(tops[1], route).toBe(tops[2]);
    }
    await context.close();
  });
});

describe('citation marks', () => {
  it('are underlined like every link, in the text and in the boxes above it', async () => {
    const context = await newContext(browser);
    const { page } = await watchedPage(context);
    for (const route of ['', 'explainers/la-mesilla-incident/']) {
      await visit(page, `${site}${route}`);
      const bare = await page.locator('main .cite a').evaluateAll((links) => links.filter((link) => getComputedStyle(link).textDecorationLine !== 'underline').map((link) => link.id || link.textContent));
      // The home page's three sentences and an explainer's takeaways showed their marks bare.
      expect(bare, route || 'home').toEqual([]);
    }
    await context.close();
  });
});

describe('citation marks on a phone', () => {
  it('are a 24-pixel place to tap, and a back-link lands with the lines above the mark in view', async () => {
    const context = await newContext(browser, { viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
    const { page, problems } = await watchedPage(context);
    await visit(page, `${site}explainers/la-mesilla-incident/`);
    // WCAG 2.5.8 exempts marks in a sentence; a phone's reader still needs something to hit. The place
    // to tap reaches 12 px above and below each mark's middle: a tap there lands on the mark's link.
    const missed = await page.locator('main .prose .cite a').evaluateAll((links) =>
      links.flatMap((link) => {
        link.scrollIntoView({ block: 'center' });
        const box = link.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        return [y - 11.5, y + 11.5].filter((at) => document.elementFromPoint(x, at) !== link).map((at) => `${link.id || link.textContent} at ${Math.round(at - y)} px`);
      }),
    );
    expect(missed).toEqual([]);
    // A mark in the middle of the page, not near its end, where the page cannot scroll it down to its place.
    const back = page.locator('#source-3 .backlinks a').nth(1);
    const citation = (await back.getAttribute('href'))!;
    await back.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(citation);
    await expect.poll(() => page.locator(citation).evaluate((mark) => Math.round(mark.getBoundingClientRect().top)), { timeout: 5000 }).toBeGreaterThan(700 * 0.25);
    const top = await page.locator(citation).evaluate((mark) => mark.getBoundingClientRect().top);
    expect(top).toBeLessThan(700 * 0.4);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('where a link lands', () => {
  const tint = (page: Page, selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);

  it.each(['light', 'dark'] as const)('(%s) is tinted: the source a citation leads to, the citation its back-link returns to, a glossary term, a timeline event', async (colorScheme) => {
    const context = await newContext(browser, { colorScheme, viewport: { width: 375, height: 800 }, bypassCSP: true });
    const { page, problems } = await watchedPage(context);
    await visit(page, `${site}explainers/la-mesilla-incident/`);
    const plain = await tint(page, '#source-3');
    await page.locator('main .prose .cite a[href="#source-3"]').first().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#source-3');
    expect(await tint(page, '#source-3')).not.toBe(plain);
    expect(await tint(page, '#source-4')).toBe(plain);
    // The tint keeps every text colour on it legible (WCAG 1.4.3).
    expect(await axeViolations(page, COLOUR_RULES)).toEqual([]);

    const back = page.locator('#source-3 .backlinks a').nth(1);
    const citation = (await back.getAttribute('href'))!;
    await back.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(citation);
    const otherCitation = await page.locator(`main .prose .cite a:not(${citation})`).first().getAttribute('id');
    expect(await tint(page, citation)).not.toBe(await tint(page, `#${otherCitation}`));

    await visit(page, `${site}explainers/glossary/#term-estado-de-sitio`);
    expect(await tint(page, '#term-estado-de-sitio')).not.toBe(await tint(page, '#term-fge'));
    expect(await axeViolations(page, COLOUR_RULES)).toEqual([]);
    await visit(page, `${site}explainers/timeline/#event-2025-01-15-sheinbaum-arevalo-call`);
    const [landed, next] = await page.locator('.timeline-event:target, .timeline-event:target + .timeline-event').evaluateAll((events) => events.map((event) => getComputedStyle(event).backgroundColor));
    expect(next).toBeDefined();
    expect(landed).not.toBe(next);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('is outlined in forced colours, which drop the tint', async () => {
    const context = await newContext(browser, { forcedColors: 'active' });
    const { page } = await watchedPage(context);
    await visit(page, `${site}explainers/la-mesilla-incident/#source-3`);
    const outline = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(await outline('#source-3')).toBe('solid');
    expect(await outline('#source-4')).toBe('none');
    await context.close();
  });

  it('stays in view on a wide screen when it is a timeline event far down the page', async () => {
    // The events above it are laid out lazily (content-visibility); they must not push it off screen.
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const { page } = await watchedPage(context);
    await visit(page, `${site}explainers/timeline/#event-2025-01-15-sheinbaum-arevalo-call`);
    await page.waitForTimeout(500);
    const box = (await page.locator('#event-2025-01-15-sheinbaum-arevalo-call').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(200);
    await context.close();
  });
});

/** The text a screen reader meets in an element, in order, from Chromium's accessibility tree (CSS-generated text included). */
async function spokenText(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes: [element] } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const text = (id: string): string => {
    const node = byId.get(id);
    if (!node) return '';
    return node.role?.value === 'StaticText' ? String(node.name?.value ?? '') : (node.childIds ?? []).map(text).join('');
  };
  return text(element.nodeId);
}

describe('source list numbers', () => {
  it('number each source in list order, shown and read before its entry, on screen and on paper', async () => {
    const context = await newContext(browser);
    const { page } = await watchedPage(context);
    await visit(page, `${site}es/explainers/la-mesilla-incident/`);
    const count = await page.locator('.source-list ol > li').count();
    expect(await page.locator('.source-list ol > li').evaluateAll((items) => items.map((li) => li.id))).toEqual(Array.from({ length: count }, (_, i) => `source-${i + 1}`));
    for (const n of [1, 10, count]) expect(await spokenText(page, `#source-${n}`)).toMatch(new RegExp(`^${n}\\.\\S`));
    // Drawn in the first column, before the entry, in print too.
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const [number, entry] = await page.locator('#source-10').evaluate((li) => {
        const range = document.createRange();
        range.selectNodeContents(li.querySelector('.source-entry')!);
        return [parseFloat(getComputedStyle(li, '::before').width), range.getBoundingClientRect().left - li.getBoundingClientRect().left];
      });
      expect(number, media).toBeGreaterThan(10);
      expect(entry, media).toBeGreaterThanOrEqual(number);
    }
    await context.close();
  });
});

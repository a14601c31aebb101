/**
 * Briefs in Chromium: every brief prints its title in even lines and only the
 * sheet, carries its numbered notes, and on screen offers a working "Print
 * brief" button and the PDFs. That each brief fits on two pages of US Letter
 * and of A4 is asserted on the build's PDFs (tests/build/pdf-briefs.test.ts):
 * the same Chromium prints them from the same page with the same paper, so
 * printing all 48 again here only repeated that check.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, lineWidths, onCleanPage, setTextSize, type WatchedPage } from '../helpers/browser';
import { readPdfPages } from '../helpers/pdf';
import { DIST } from '../helpers/serve';

const siteUrl = inject('siteUrl');
const address = (route: string) => new URL(route.slice(1), siteUrl).href;
/** Slugs of the briefs under `folder` ("briefs" or "es/briefs"). */
const briefsIn = (folder: string) =>
  existsSync(join(DIST, folder))
    ? readdirSync(join(DIST, folder), { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && entry.name !== 'pack' && existsSync(join(DIST, folder, entry.name, 'index.html')))
        .map((entry) => entry.name)
        .sort()
    : [];
const briefs = briefsIn('briefs');
const allBriefs = [...briefs.map((slug) => `/briefs/${slug}/`), ...briefsIn('es/briefs').map((slug) => `/es/briefs/${slug}/`)];

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

async function pageCount(page: Page, format: 'Letter' | 'A4'): Promise<number> {
  const bytes = await page.pdf({ format });
  return (await PDFDocument.load(bytes)).getPageCount();
}

/** Runs `check` on `route` in a fresh tab; see onCleanPage. */
const onPage = (route: string, check: (page: Page, watched: WatchedPage) => Promise<void>) => onCleanPage(context, address(route), check);

describe('every brief', () => {
  it.each(['', 'es/'])('exists for each explainer of the edition at "/%s"', (prefix) => {
    const explainers = existsSync(join(DIST, prefix, 'explainers')) ? readdirSync(join(DIST, prefix, 'explainers'), { withFileTypes: true }).filter((e) => e.isDirectory()) : [];
    expect(briefsIn(`${prefix}briefs`)).toEqual(explainers.map((e) => e.name).sort());
  });

  it.each(allBriefs)('%s prints its title in even lines, with no word left alone on the last', async (route) => {
    await onPage(route, async (page) => {
      // The A4 text column: 210 mm less 16 mm margins each side, at 96 px to the inch.
      await page.setViewportSize({ width: Math.floor(((210 - 32) / 25.4) * 96), height: 900 });
      await page.emulateMedia({ media: 'print' });
      const lines = await lineWidths(page.locator('.brief-title'));
      if (lines.length < 2) return;
      expect(lines.at(-1)! / Math.max(...lines), `line widths ${lines.join(', ')} px`).toBeGreaterThan(0.5);
    });
  });
});

describe('a printed brief', () => {
  const slug = 'la-mesilla-incident';

  it('shows the sheet only: no site header, navigation, toolbar, buttons or footer', async () => {
    await onPage(`/briefs/${slug}/`, async (page) => {
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['body > header', 'nav', 'body > footer', '.brief-toolbar', 'button', 'a[href$=".pdf"]']) {
        for (const element of await page.locator(selector).all()) expect(await element.isVisible(), selector).toBe(false);
      }
      for (const selector of ['h1', '.brief-bottom-line', '.brief-online svg', '.source-list']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
      }
    });
  });

  it('numbers its citations and lists every cited source in full', async () => {
    await onPage(`/briefs/${slug}/`, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const cited = new Set(await page.locator('sup.cite a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))));
      const notes = page.locator('.source-list ol > li');
      expect(await notes.count()).toBe(cited.size);
      expect(cited.size).toBeGreaterThan(3);
      for (const note of await notes.all()) expect(await note.isVisible()).toBe(true);
      // The full entry: publisher, title and, written out on paper, every address.
      const addresses = await page.locator('.source-list .source-entry a[href^="http"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      expect(addresses.length).toBeGreaterThan(0);
      const printed = (await readPdfPages(await page.pdf({ format: 'Letter' }))).map((p) => p.text).join('').replace(/\s+/g, '');
      for (const href of addresses) expect(printed, href).toContain(decodeURI(href).replace(/\s+/g, ''));
    });
  });

  it('labels the site\'s own analysis in "What to watch"', async () => {
    await onPage(`/briefs/${slug}/`, async (page) => {
      const watch = page.locator('.brief-section', { has: page.getByRole('heading', { name: 'What to watch' }) });
      expect(await watch.locator('.brief-analysis-label').count()).toBeGreaterThan(0);
      expect(await watch.innerText()).toContain('not reported fact');
    });
  });
});

describe('a brief on screen', () => {
  it('has a "Print brief" button that opens the print dialog, and links to its PDFs', async () => {
    await onPage('/briefs/the-border/', async (page) => {
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void ((window as unknown as { printed: number }).printed += 1);
      });
      const button = page.getByRole('button', { name: 'Print brief' });
      await expect.poll(() => button.isEnabled()).toBe(true);
      await button.click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      const pdfs = await page.locator('a[href$=".pdf"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(pdfs).toEqual(['/briefs/the-border/mx-gt-the-border-brief-letter.pdf', '/briefs/the-border/mx-gt-the-border-brief-a4.pdf']);
      const explainer = page.getByRole('link', { name: 'Read the full explainer' });
      expect(await explainer.getAttribute('href')).toBe('/explainers/the-border/');
    });
  });

  it.each(['/briefs/the-border/', '/es/briefs/pack/'])('%s reads at the site\'s size on a phone, not at print size, and fits its width', async (route) => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 700 }, isMobile: true, hasTouch: true });
    try {
      const page = await phone.newPage();
      await page.goto(address(route));
      // What the eye gets: the font size times the CSS zoom that enlarges the sheet on phones.
      const sizes = await page.locator('.brief-items li').evaluateAll((items) => items.map((item) => parseFloat(getComputedStyle(item).fontSize) * (item as HTMLElement & { currentCSSZoom: number }).currentCSSZoom));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(16);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // Each date of the masthead on one line: a phone broke "Updated 7 December / 2026".
      const brokenDates = await page.locator('.brief-masthead time').evaluateAll((times) => times.filter((time) => time.getClientRects().length > 1).map((time) => time.textContent));
      expect(brokenDates).toEqual([]);
      // Enlarged, the sheet still reflows on the narrowest phone (WCAG 1.4.10): its addresses break.
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('.brief-items li').first().evaluate((item) => parseFloat(getComputedStyle(item).fontSize) * (item as HTMLElement & { currentCSSZoom: number }).currentCSSZoom);
      expect(printed, 'paper keeps the point sizes').toBeLessThan(14);
    } finally {
      await phone.close();
    }
  });

  it.each(['/briefs/la-mesilla-incident/', '/es/briefs/pack/'])("%s follows the reader's font size on screen, its title still the largest type, and not on paper", async (route) => {
    const sizesAt = async (defaultFont: number, width: number) => {
      const reader = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await reader.newPage();
        await setTextSize(page, defaultFont);
        await page.goto(address(route));
        const read = () =>
          page.evaluate(() => {
            const size = (selector: string) => [...document.querySelectorAll(selector)].map((el) => parseFloat(getComputedStyle(el).fontSize) * (el as HTMLElement & { currentCSSZoom: number }).currentCSSZoom);
            return { title: Math.max(...size('.brief-title, .pack-cover h1')), text: Math.max(...size('.brief-items li, .brief-masthead, .brief-summary, .pack-cover-lead')), item: size('.brief-items li')[0], fits: document.documentElement.scrollWidth <= innerWidth };
          });
        const screen = await read();
        await page.emulateMedia({ media: 'print' });
        return { screen, paper: await read() };
      } finally {
        await reader.close();
      }
    };
    const usual = await sizesAt(16, 1280);
    for (const [font, width] of [[32, 1280], [24, 375]] as const) {
      const large = await sizesAt(font, width);
      expect(large.screen.fits, `${font} px at ${width} px`).toBe(true);
      expect(large.screen.title, `${font} px at ${width} px: the title stays the largest type`).toBeGreaterThan(large.screen.text);
      expect(large.screen.item, `${font} px at ${width} px`).toBeGreaterThanOrEqual((usual.screen.item * font) / 16 - 0.5);
      expect(large.paper, `${font} px at ${width} px: paper keeps its point sizes`).toEqual(usual.paper);
    }
  });

  it('keeps the print button disabled when scripts do not run', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(address('/briefs/the-border/'));
      expect(await page.getByRole('button', { name: 'Print brief' }).isDisabled()).toBe(true);
    } finally {
      await noScript.close();
    }
  });
});

describe('the briefing pack', () => {
  it('starts every brief, the timeline and the sources on a new page, after a one-page cover', async () => {
    await onPage('/briefs/pack/', async (page) => {
      const parts = await page.locator('.pack > .brief').count();
      expect(parts).toBe(briefs.length + 3);
      const breaks = await page.locator('.pack > .brief').evaluateAll((sheets) => sheets.map((s) => getComputedStyle(s).breakBefore));
      await page.emulateMedia({ media: 'print' });
      const printed = await page.locator('.pack > .brief').evaluateAll((sheets) => sheets.map((s) => getComputedStyle(s).breakBefore));
      expect(breaks.every((b) => b === 'auto')).toBe(true);
      expect(printed).toEqual(['auto', ...Array(parts - 1).fill('page')]);
      expect(await pageCount(page, 'Letter')).toBeGreaterThanOrEqual(parts);
    });
  });

  it('says, printed from the browser, that its contents have page numbers only in the PDFs', async () => {
    await onPage('/briefs/pack/', async (page) => {
      const note = page.locator('.pack-contents-note');
      expect(await note.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await note.isVisible()).toBe(true);
      const cover = (await readPdfPages(await page.pdf({ format: 'Letter' })))[0].text.replace(/\s+/g, ' ');
      expect(cover).toContain('the PDF versions of the pack have them');
    });
  });
});

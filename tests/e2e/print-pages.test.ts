/**
 * Printing any page (src/styles/print.css): the frame is hidden, the text is
 * black on white in either theme, links that leave the page become lettered
 * endnotes, <details> print open, the first page says how to cite the page
 * with a QR code, and every page's margins carry the title, the date, the
 * short address and "Page X of Y".
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, onCleanPage } from '../helpers/browser';
import { readPdfPages } from '../helpers/pdf';
import { DIST } from '../helpers/serve';

const siteUrl = inject('siteUrl');
const address = (route: string) => new URL(route.slice(1), siteUrl).href;
const explainers = readdirSync(join(DIST, 'explainers'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Runs `check` on `route` in a fresh tab (of `options.context`, else the light one); see onCleanPage. */
const onPage = (route: string, check: (page: Page) => Promise<void>, options: { context?: BrowserContext } = {}) => onCleanPage(options.context ?? context, address(route), check);

const visible = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).getClientRects().length > 0).length);

describe('a printed explainer', () => {
  const route = '/explainers/la-mesilla-incident/';

  it('hides the frame: header, navigation, contents, buttons, brief links, citing tools, related pages, reading path, footer', async () => {
    await onPage(route, async (page) => {
      const frame = ['body > header', 'nav', 'body > footer', '.toc', 'button', '.brief-links', '.cite-this-page', '.related', '.reading-path', '.backlinks', 'theme-toggle'];
      const before = await Promise.all(frame.map((selector) => visible(page, selector)));
      expect(before.reduce((a, b) => a + b)).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      const after = Object.fromEntries(await Promise.all(frame.map(async (selector) => [selector, await visible(page, selector)])));
      expect(after).toEqual(Object.fromEntries(frame.map((selector) => [selector, 0])));
      for (const selector of ['h1', '.key-takeaways', '.prose', '.source-list', '.changelog']) expect(await visible(page, selector), selector).toBeGreaterThan(0);
    });
  });

  // At the end of the page, after the sources, a two-line changelog often spilled onto a last page of its own.
  it('prints its changelog after the text it corrects and before the sources, never alone at the end', async () => {
    await onPage(route, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const order = await page.evaluate(() => {
        const [prose, changelog, sources] = ['.prose', '.changelog', '.source-list'].map((selector) => document.querySelector(selector)!);
        const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
        return { afterText: follows(prose, changelog), beforeSources: follows(changelog, sources) };
      });
      expect(order).toEqual({ afterText: true, beforeSources: true });
    });
  });

  it('prints black text on white with no shadows, even in the dark theme', async () => {
    const dark = await browser.newContext({ colorScheme: 'dark' });
    try {
      await onPage(
        route,
        async (page) => {
          expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(0, 0, 0)');
          await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
          const styles = await page.evaluate(() => {
            const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
            return {
              text: style('.prose p').color,
              heading: style('h1').color,
              page: style('html').backgroundColor,
              takeaways: style('.key-takeaways').backgroundColor,
              callout: style('.callout').backgroundColor,
              shadows: [...document.querySelectorAll('main *')].filter((el) => getComputedStyle(el).boxShadow !== 'none').length,
            };
          });
          expect(styles).toEqual({ text: 'rgb(0, 0, 0)', heading: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)', takeaways: 'rgb(255, 255, 255)', callout: 'rgb(255, 255, 255)', shadows: 0 });
        },
        { context: dark },
      );
    } finally {
      await dark.close();
    }
  });

  // An "Accounts differ" box is kept whole, so its versions are read together: that costs la-mesilla a
  // tenth page (the box run on between accounts printed on 9, with "In Mexico" and "In Guatemala" apart).
  it('sets body text in points and keeps headings with what follows, boxes whole, "Accounts differ" boxes whole, and a caution with what it introduces', async () => {
    await onPage(route, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const rules = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return {
          body: style('html').fontSize,
          heading: style('.prose h2').breakAfter,
          callout: style('.callout').breakInside,
          accounts: style('.accounts-differ').breakInside,
          account: style('.accounts-differ li').breakInside,
          accountsHeading: style('.accounts-differ > p').breakAfter,
          caution: style('[data-callout="caution"]').breakAfter,
          // Broken between accounts, the box fills the rest of its first page: no sides, or that blank is framed.
          accountsSides: `${style('.accounts-differ').borderLeftWidth} ${style('.accounts-differ').borderRightWidth}`,
          accountsRules: `${style('.accounts-differ').borderTopWidth} ${style('.accounts-differ').borderBottomWidth}`,
          takeaways: style('.key-takeaways').breakInside,
          orphans: style('.prose p').orphans,
          widows: style('.prose p').widows,
        };
      });
      // 10.5pt = 14px.
      expect(rules).toEqual({ body: '14px', heading: 'avoid', callout: 'avoid', accounts: 'avoid', account: 'avoid', accountsHeading: 'avoid', caution: 'avoid', accountsSides: '0px 0px', accountsRules: '1px 1px', takeaways: 'avoid', orphans: '3', widows: '3' });
    });
  });

  it('prints a source\'s address with its letters, not the escapes its link holds', async () => {
    await onPage('/explainers/the-border/', async (page) => {
      const printed = (await readPdfPages(await page.pdf({ format: 'A4' }))).map((sheet) => sheet.text.replace(/\s+/g, '')).join('');
      expect(printed).toContain('en.wikipedia.org/wiki/Guatemala–Mexico_border');
      expect(printed).not.toMatch(/%[89A-F][0-9A-F]/i);
    });
  });

  it('on paper, keeps a sentence that introduces a list on the page of the list\'s first item', async () => {
    await onPage('/explainers/the-border/', async (page) => {
      const start = (text: string) => text.replace(/\s+/g, '').slice(0, 30);
      const pairs = await page.evaluate(() =>
        [...document.querySelectorAll('.prose p + ul, .prose p + ol')].map((list) => [list.previousElementSibling?.textContent ?? '', list.querySelector('li')?.textContent ?? '']),
      );
      expect(pairs.length).toBeGreaterThan(0);
      for (const format of ['Letter', 'A4'] as const) {
        const printed = (await readPdfPages(await page.pdf({ format }))).map((sheet) => sheet.text.replace(/\s+/g, ''));
        const pageOf = (text: string) => printed.findIndex((sheet) => sheet.includes(start(text)));
        for (const [leadIn, first] of pairs) {
          expect(pageOf(leadIn), `${format}: ${start(leadIn)} not found`).toBeGreaterThanOrEqual(0);
          expect(pageOf(first), `${format}: "${start(leadIn)}" printed apart from "${start(first)}"`).toBe(pageOf(leadIn));
        }
      }
    });
  });

  it.each(['/explainers/la-mesilla-incident/', '/explainers/the-border/', '/explainers/january-2026-offer/', '/explainers/organized-crime/', '/es/explainers/la-mesilla-incident/'].filter((page) => existsSync(join(DIST, page, 'index.html'))))(
    'on paper, %s keeps every version in an "Accounts differ" box on one page, and a caution on the page of what it introduces',
    async (route) => {
      await onPage(route, async (page) => {
        // The start of each account, and of the caution and the paragraph after it, as the PDF's text runs (no spaces).
        const start = (text: string) => text.replace(/\s+/g, '').slice(0, 40);
        const { boxes, cautions } = await page.evaluate(() => ({
          boxes: [...document.querySelectorAll('.accounts-differ')].map((box) => [...box.querySelectorAll('li')].map((account) => account.textContent ?? '')),
          cautions: [...document.querySelectorAll('[data-callout="caution"]')].map((caution) => [caution.textContent ?? '', caution.nextElementSibling?.textContent ?? '']),
        }));
        expect(boxes.length).toBeGreaterThan(0);
        const printed = (await readPdfPages(await page.pdf({ format: 'Letter' }))).map((sheet) => sheet.text.replace(/\s+/g, ''));
        const pageOf = (text: string) => printed.findIndex((sheet) => sheet.includes(start(text)));
        for (const accounts of [...boxes, ...cautions]) {
          const pages = accounts.map(pageOf);
          expect(pages.every((found) => found >= 0), `${route}: ${accounts.map(start).join(' | ')} not found`).toBe(true);
          expect(new Set(pages).size, `${route}: ${accounts.map(start).join(' | ')} printed on pages ${pages.map((found) => found + 1).join(', ')}`).toBe(1);
        }
      });
    },
  );

  it('lists links that leave the page as lettered endnotes with full addresses, on paper only', async () => {
    await onPage(route, async (page) => {
      const links = await page.locator('.prose a[href^="/"]:not(.term)').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
      expect(links.length).toBeGreaterThan(0);
      expect(await visible(page, '.link-endnotes')).toBe(0);
      expect(await visible(page, '.link-endnote-mark')).toBe(0);
      await page.emulateMedia({ media: 'print' });
      expect(await visible(page, '.link-endnote-mark')).toBe(await page.locator('.link-endnote-mark').count());
      const notes = await page.locator('.link-endnotes li').allInnerTexts();
      expect(notes).toHaveLength(links.length);
      notes.forEach((note, index) => {
        expect(note).toMatch(new RegExp(`^${String.fromCharCode(97 + index)}\\s`));
        expect(note).toMatch(/https:\/\/[^/]+\/(explainers|article)\//);
      });
    });
  });

  it('begins with a "Cite as" line and a QR code to the online page, on paper only', async () => {
    await onPage(route, async (page) => {
      const block = page.locator('.print-cite-as');
      expect(await block.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await block.isVisible()).toBe(true);
      expect(await block.innerText()).toContain(`Cite as: Mexico–Guatemala Security Explainer. (2026`);
      expect(await block.innerText()).toContain(`/explainers/la-mesilla-incident/`);
      // The code is an image file fetched with the page (not inline, to keep the first load light): it must be loaded and drawn.
      const qr = block.locator('img.print-cite-qr');
      expect(await qr.getAttribute('alt')).toMatch(/QR code/);
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect((await qr.boundingBox())?.width).toBeGreaterThan(40);
      // The address starts a line and fits on it: a break at the hyphen in "mexico-guatemala" read as a hyphenated word.
      const address = await block.locator('.print-cite-line').evaluate((line) => {
        const text = [...line.childNodes].at(-1)!;
        const range = document.createRange();
        range.selectNodeContents(text);
        return { text: text.textContent, lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size };
      });
      expect(address).toEqual({ text: expect.stringMatching(/^https:\/\/[^ ]+\/explainers\/la-mesilla-incident\/$/), lines: 1 });
      // It comes before the title, so it is on the first page.
      const before = await page.evaluate(() => Boolean(document.querySelector('.print-cite-as')!.compareDocumentPosition(document.querySelector('h1')!) & Node.DOCUMENT_POSITION_FOLLOWING));
      expect(before).toBe(true);
    });
  });
});

describe('the printed article', () => {
  it('lists the explainers it points to as lettered endnotes with their addresses', async () => {
    await onPage('/article/', async (page) => {
      const links = await page.locator('section[aria-labelledby="context-heading"] ul li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(links.length).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      const notes = await page.locator('.link-endnotes li').allInnerTexts();
      expect(notes).toHaveLength(links.length);
      notes.forEach((note, index) => {
        expect(note).toMatch(new RegExp(`^${String.fromCharCode(97 + index)}\\s`));
        expect(note).toMatch(new RegExp(`https://[^/]+${new URL(links[index]).pathname}$`));
      });
    });
  });

  it.each(['/article/', '/es/article/'])('%s draws the text\'s rule beside each block, unbroken, so a page break ends it with the text', async (route) => {
    await onPage(route, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const blocks = await page.locator('.article-text').evaluate((text) => ({
        whole: getComputedStyle(text).borderInlineStartWidth,
        parts: [...text.children].map((block) => {
          const box = block.getBoundingClientRect();
          return { rule: getComputedStyle(block).borderInlineStartWidth, top: Math.round(box.top), bottom: Math.round(box.bottom) };
        }),
      }));
      // A rule on the whole text runs on to the foot of the page where the text breaks.
      expect(blocks.whole).toBe('0px');
      expect(blocks.parts.length).toBeGreaterThan(5);
      blocks.parts.forEach((part, index) => {
        expect(part.rule, `block ${index + 1}`).not.toBe('0px');
        if (index > 0) expect(part.top, `gap above block ${index + 1}`).toBe(blocks.parts[index - 1].bottom);
      });
      // The Spanish page's summary keeps its heading and label with it, not alone at the foot of a page.
      const summary = await page.locator('.article-translation > *').evaluateAll((parts) => parts.map((part) => getComputedStyle(part).breakAfter));
      if (route.startsWith('/es/')) expect(summary).toEqual(['avoid', 'avoid', 'auto']);
    });
  });
});

describe('printed source numbers', () => {
  // "107." broke into "10" and "7." in a column sized for two digits.
  it.each(['/explainers/timeline/', '/briefs/pack/'])('%s gives each number, up to the last, room on one line', async (route) => {
    await onPage(route, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const tooWide = await page.locator('.source-list ol > li').evaluateAll((items) => {
        const canvas = document.createElement('canvas').getContext('2d')!;
        return items.flatMap((li, index) => {
          const number = getComputedStyle(li, '::before');
          canvas.font = `${number.fontWeight} ${number.fontSize} ${number.fontFamily}`;
          const column = parseFloat(getComputedStyle(li).gridTemplateColumns.split(' ')[0]);
          const width = canvas.measureText(`${index + 1}.`).width;
          return width > column ? [`${index + 1}. needs ${width.toFixed(1)} px, has ${column.toFixed(1)}`] : [];
        });
      });
      expect(await page.locator('.source-list ol > li').count()).toBeGreaterThan(99);
      expect(tooWide).toEqual([]);
    });
  });
});

describe('printed tables, maps and timelines', () => {
  const breakInside = (page: Page, selector: string) => page.locator(selector).evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));

  it.each([
    ['/explainers/the-border/', ['.prose tr', '.locator-map svg']],
    ['/explainers/timeline/', ['.timeline-event']],
    ['/sources/', ['.source-record']],
  ] as const)('%s keeps each table row, map, event and source whole on a page', async (route, selectors) => {
    await onPage(route, async (page) => {
      await page.emulateMedia({ media: 'print' });
      for (const selector of selectors) {
        const values = await breakInside(page, selector);
        expect(values.length, selector).toBeGreaterThan(0);
        expect(new Set(values), selector).toEqual(new Set(['avoid']));
      }
    });
  });

  // Kept whole, a table that did not fit under its heading moved to the next page and left most of a page blank.
  it('lets a table run on between rows, its header row repeating', async () => {
    await onPage('/explainers/what-we-dont-know/', async (page) => {
      await page.emulateMedia({ media: 'print' });
      expect(new Set(await breakInside(page, '.prose table'))).toEqual(new Set(['auto']));
      expect(await page.locator('.prose table thead').count()).toBeGreaterThan(0);
    });
  });
});

describe('printing <details>', () => {
  it('prints the content of closed details open (the map as text)', async () => {
    await onPage('/explainers/the-border/', async (page) => {
      const content = page.locator('.lm-text ul').first();
      expect(await content.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await content.isVisible()).toBe(true);
    });
  });
});

describe('the margins of every printed page', () => {
  const spanish = ['/es/explainers/the-border/', '/es/'].filter((route) => existsSync(join(DIST, route, 'index.html')));
  it.each([...explainers.map((slug) => `/explainers/${slug}/`), '/article/', '/sources/', '/briefs/the-border/', ...spanish])('%s carries its date, short address and "Page X of Y", and its title over every page after the first', async (route) => {
    await onPage(route, async (page) => {
      const provenance = await page.evaluate(() => ({ ...document.documentElement.dataset }));
      const [pageWord, ofWord] = (await page.evaluate(() => document.documentElement.lang)) === 'es' ? ['Página', 'de'] : ['Page', 'of'];
      expect(provenance.printTitle).toBeTruthy();
      const pages = await readPdfPages(await page.pdf({ format: 'A4' }));
      expect(pages.length).toBeGreaterThan(0);
      pages.forEach((printed, index) => {
        const where = `${route}, page ${index + 1}`;
        expect(printed.runningHead, where).toBe(index === 0 ? '' : provenance.printTitle);
        expect(printed.text, where).toContain(`${pageWord} ${index + 1} ${ofWord} ${pages.length}`);
        expect(printed.text, where).toContain(provenance.printUrl);
        expect(printed.text, where).toContain(provenance.printDate);
      });
    });
  });
});

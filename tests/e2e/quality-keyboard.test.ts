/**
 * The whole site works from the keyboard alone: the skip link, the main
 * navigation, the theme toggle, the copy buttons and search, driven only by
 * key presses, with the focus always where a reader expects it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { launchBrowser, visit, watchedPage, type WatchedPage, NO_PROBLEMS, settledProblems } from '../helpers/browser';
import { realSite } from '../helpers/gates/site';

const siteUrl = inject('siteUrl');
const explainer = realSite().pages.find((p) => p.route.startsWith('/explainers/'))!.route;
const address = (route: string) => new URL(route.slice(1), siteUrl).href;

let browser: Browser;
let context: BrowserContext;
let watched: WatchedPage;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  watched = await watchedPage(context);
  page = watched.page;
  await visit(page, address(explainer));
  return async () => {
    expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
    await page.close();
  };
});

/** What has focus, described as "tag: accessible text". */
const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}: ${text}`;
  });

/** Presses Tab until `match` has focus (at most `limit` times); returns the stops passed on the way. */
async function tabTo(p: Page, match: RegExp, limit = 40): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await p.keyboard.press('Tab');
    const now = await focused(p);
    stops.push(now);
    if (match.test(now)) return stops;
  }
  throw new Error(`Tab never reached ${match}; stops: ${stops.join(' | ')}`);
}

describe('keyboard-only use', () => {
  it('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a: Skip to main content');
    const box = await page.locator('a[href="#main-content"]').boundingBox();
    expect(box && box.width > 10 && box.height > 10 && box.y >= 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^main#main-content/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  // A header laid out in rows must be tabbed through row by row, left to right (WCAG 2.4.3): on
  // phones the navigation once sat below the controls while Tab reached it first.
  it.each([320, 375, 800, 1280])('at %i px, Tab goes through the header in the order it reads: every main navigation link, search, language and theme', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await page.locator('header [data-search-open]').waitFor({ state: 'visible', timeout: 20_000 });
    await page.keyboard.press('Tab'); // the skip link, drawn over the header
    const stops: { name: string; top: number; bottom: number; left: number; right: number }[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.closest('header')) return null;
        const box = el.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
        return { name: `${el.tagName.toLowerCase()}: ${name}`, top: box.top, bottom: box.bottom, left: box.left, right: box.right };
      });
      if (!stop) break;
      stops.push(stop);
    }
    const names = stops.map((s) => s.name);
    const navLinks = (await page.locator('nav[aria-label="Main"] a').allTextContents()).map((t) => `a: ${t.trim()}`);
    expect(names.filter((n) => navLinks.includes(n))).toEqual(navLinks);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^button: Search/), expect.stringMatching(/^a: .*Español/), expect.stringMatching(/^button: .*theme/)]));
    // Each stop is right of the one before on the same row, or on a row below it.
    const outOfOrder = stops.slice(1).flatMap((stop, i) => {
      const before = stops[i];
      const sameRow = stop.top < before.bottom && before.top < stop.bottom;
      const reads = sameRow ? stop.left >= before.right - 1 : stop.top >= before.bottom - 1;
      return reads ? [] : [`${before.name} → ${stop.name}`];
    });
    expect(outOfOrder).toEqual([]);
  });

  it('the theme toggle switches with Enter and Space and says which theme is on', async () => {
    await tabTo(page, /^button: .*theme/);
    const toggle = page.locator('theme-toggle button');
    const before = await toggle.getAttribute('aria-pressed');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).not.toBe(before);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(before === 'true' ? 'light' : 'dark');
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe(before);
  });

  it('a copy button is in the tab order, copies its citation with Enter and says so, again on a second copy, then clears', async () => {
    // Tabbing through a whole explainer to the end takes hundreds of presses: start from the button before.
    const buttons = page.locator('copy-button button');
    await expect.poll(() => buttons.first().isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await buttons.first().evaluate((el) => (el as HTMLButtonElement).tabIndex)).toBe(0);
    await buttons.first().focus();
    await page.keyboard.press('Tab');
    // The next tab stop is the next button: the citation text wraps and never scrolls, so it is not one.
    expect(await focused(page)).toMatch(/^button: Copy/);
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatch(/^button: Copy/);
    const id = await page.evaluate(() => (document.activeElement as HTMLButtonElement).dataset.copy!);
    await page.keyboard.press('Enter');
    const status = page.locator(`copy-button:has(button[data-copy="${id}"]) [role="status"]`);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Copied');
    const expected = await page.locator(`#${id}`).textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    // A live region announces a change: the second copy empties it and says it again.
    await status.evaluate((el) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen), { timeout: 10_000 }).toEqual(['', 'Copied']);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('');
  });

  it('Ctrl+K opens search with focus in the box, drawn with a visible focus ring; "/" alone does nothing (WCAG 2.1.4)', async () => {
    // The header's Search button appears once the search trigger is running: only then can a shortcut work.
    await page.locator('header [data-search-open]').waitFor({ state: 'visible', timeout: 20_000 });
    // The trigger opens the dialog within the key's own event, so it would be open by now.
    await page.locator('body').press('/');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.locator('body').press('Control+k');
    const input = page.locator('dialog[open] input[type="search"]');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    const ring = await input.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
  });

  it('the Search button opens search from the keyboard; typing finds results, arrows reach them, Esc closes it and focus returns', async () => {
    await tabTo(page, /^button: Search/);
    await page.keyboard.press('Enter');
    const input = page.locator('dialog[open] input[type="search"]');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
    await page.keyboard.type('Mesilla');
    const firstResult = page.locator('dialog[open] [data-search-results][data-query="Mesilla"] a').first();
    await firstResult.waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-search-results]') || document.activeElement?.getAttribute('aria-activedescendant') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count(), { timeout: 10_000 }).toBe(0);
    expect(await focused(page)).toMatch(/^button: Search/);
  });
});

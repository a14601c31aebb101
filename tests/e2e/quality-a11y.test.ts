/**
 * Accessibility of every built page in Chromium: axe's WCAG 2.2 A and AA
 * rules at phone and desktop widths (in the dark theme, the rules that depend
 * on colour: contrast and links told apart from text), reflow at 320 px and on
 * a 375 px phone with its text at 200 %, and forced-colours mode. Each page is loaded once and re-laid-out for each
 * check (viewport and media emulation), in one of two tabs that go from page
 * to page: a tab's renderer stays warm, so axe loads and runs in about half
 * the time it takes in a new tab. That keeps the suite fast enough to run on
 * every page of the site.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, setTextSize } from '../helpers/browser';
import { AXE_VARIANTS, axeViolations, COLOUR_RULES } from '../helpers/gates/a11y';
import { forcedColorsProblems } from '../helpers/gates/forced-colors';
import { reflowProblems } from '../helpers/gates/reflow';
import { realSite } from '../helpers/gates/site';

const siteUrl = inject('siteUrl');
const routes = realSite().pages.map((p) => p.route);
const address = (route: string) => new URL(route.slice(1), siteUrl).href;


let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  // axe is injected as a script, which the page's CSP rightly refuses: this context bypasses
  // the policy. The policy itself is checked in quality-runtime.test.ts.
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Two tabs, one per core, lent to the tests in turn. */
const TABS = 2;
const idle: Page[] = [];
const waiting: ((tab: Page) => void)[] = [];
let opened = 0;
async function borrowTab(): Promise<Page> {
  const tab = idle.pop();
  if (tab) return tab;
  if (opened < TABS) {
    opened++;
    return context.newPage();
  }
  return new Promise((lend) => waiting.push(lend));
}
/** Back to the pool; a tab a failed check may have left half-way is closed, and the next borrower gets a new one. */
async function returnTab(tab: Page, finished: boolean): Promise<void> {
  if (!finished) {
    await tab.close();
    tab = await context.newPage();
  }
  const next = waiting.shift();
  if (next) next(tab);
  else idle.push(tab);
}

describe.concurrent('accessibility of every page', () => {
  it.each(routes)('%s: no axe violation in light and dark at 375 and 1280 px, reflows at 320 px and with text at 200 % on phones of 375 and 320 px, keeps its outlines and borders in forced colours', { timeout: 300_000 }, async (route) => {
    const page = await borrowTab();
    let finished = false;
    try {
      // As a new tab would open it: the last page left this one in forced colours.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
      await page.goto(address(route), { waitUntil: 'load' });
      const found: Record<string, string[]> = {};
      for (const { width, colorScheme } of AXE_VARIANTS) {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme, forcedColors: 'none' });
        // Only colours differ between themes: the dark theme gets the colour rules, the light one all.
        found[`axe at ${width} px, ${colorScheme}`] = await axeViolations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined);
      }
      await page.setViewportSize({ width: 320, height: 640 });
      found['reflow at 320 px'] = await reflowProblems(page);
      // A phone set to text at 200 %: what WCAG's 320 px case stands for, reached the other way.
      await page.setViewportSize({ width: 375, height: 640 });
      const largeText = await setTextSize(page, 32);
      found['reflow at 375 px with text at 200 %'] = await reflowProblems(page);
      // And the narrowest phone so set, where a word wider than a column once pushed the page sideways.
      await page.setViewportSize({ width: 320, height: 640 });
      found['reflow at 320 px with text at 200 %'] = await reflowProblems(page);
      await largeText.restore();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
      found['forced colours'] = await forcedColorsProblems(page);
      finished = true;
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((key) => [key, []])));
    } finally {
      await returnTab(page, finished);
    }
  });
});

/**
 * The border locator map in the browser: one land, drawn by the wide map on wide screens and by
 * the narrow map (cropped, scaled) on phones, with one image for assistive technology either way.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext, settledProblems, visit, watchedPage } from '../helpers/browser';

const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the locator map on the-border', () => {
  it.each([
    [375, 'lm-narrow'],
    [1280, 'lm-wide'],
  ] as const)('at %i px shows the %s map, drawing the shared land with lines of the same width on screen', async (width, layout) => {
    const context = await newContext(browser, { viewport: { width, height: 900 } });
    const watched = await watchedPage(context);
    const { page } = watched;
    await visit(page, `${site}explainers/the-border/`);
    const images = page.getByRole('img', { name: 'Locator map of the Mexico–Guatemala border region', exact: true });
    expect(await images.count()).toBe(1);
    expect(await images.getAttribute('class')).toBe(`lm-svg ${layout}`);
    const drawn = await images.evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const border = svg.querySelector<SVGUseElement>('use.lm-border')!;
      const ctm = border.getCTM()!;
      const box = border.getBBox();
      // Screen pixels per unit of the land's own coordinates (the CTM includes the viewBox's scale).
      const landScale = ctm.a;
      return { box: box.width * landScale, borderPx: parseFloat(getComputedStyle(border).strokeWidth) * landScale, mapWidth: svg.getBoundingClientRect().width, scale };
    });
    // The border is drawn across a good part of the map, from the shared shapes.
    expect(drawn.box).toBeGreaterThan(drawn.mapWidth / 4);
    // 3.5 units of the layout's own drawing, whichever layout shows: the narrow map widens the land's lines by the scale it shrinks them.
    expect(drawn.borderPx / drawn.scale).toBeCloseTo(3.5, 1);
    expect((await settledProblems(watched)).consoleErrors).toEqual([]);
    await context.close();
  });
});

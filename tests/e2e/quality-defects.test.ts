/**
 * Each browser gate catches the defect it exists for: the clean fixture site
 * passes every one in Chromium, and a planted fault makes the right gate fail.
 */
import { rmSync } from 'node:fs';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_SITE, plantDefect, type DefectName } from '../fixtures/defects/defects';
import { launchBrowser, visit, watchedPage, NO_PROBLEMS, settledProblems } from '../helpers/browser';
import { axeViolations, COLOUR_RULES } from '../helpers/gates/a11y';
import { forcedColorsProblems } from '../helpers/gates/forced-colors';
import { reflowProblems } from '../helpers/gates/reflow';
import { serveDirectory, type RunningServer } from '../helpers/serve';

let browser: Browser;
const cleanup: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  await browser?.close();
});

/** Serves `dir` and opens its home page in a fresh context; the page is watched for errors. */
async function open(dir: string, options: BrowserContextOptions = {}) {
  const server: RunningServer = await serveDirectory(dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  cleanup.push(() => server.close(), () => context.close());
  const watched = await watchedPage(context);
  await visit(watched.page, server.url);
  return watched;
}

function planted(name: DefectName): string {
  const dir = plantDefect(name);
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the clean fixture site in Chromium', () => {
  it('passes axe, reflow, forced colours and the run-time checks', async () => {
    const axe = await open(CLEAN_SITE, { bypassCSP: true });
    expect(await axeViolations(axe.page)).toEqual([]);
    const narrow = await open(CLEAN_SITE, { viewport: { width: 320, height: 640 } });
    expect(await reflowProblems(narrow.page)).toEqual([]);
    const forced = await open(CLEAN_SITE, { forcedColors: 'active' });
    expect(await forcedColorsProblems(forced.page)).toEqual([]);
    expect(await settledProblems(narrow)).toEqual(NO_PROBLEMS);
  });
});

describe('planted defects fail the browser gates', () => {
  it('an image without alt text fails axe', async () => {
    const { page } = await open(planted('missingAlt'), { bypassCSP: true });
    expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt \(critical\)/m);
  });

  it('an unlabeled button fails axe', async () => {
    const { page } = await open(planted('unlabeledButton'), { bypassCSP: true });
    expect((await axeViolations(page)).join('\n')).toMatch(/^button-name \(critical\)/m);
  });

  it('two landmarks of the same role and name fail axe', async () => {
    const { page } = await open(planted('duplicateLandmarks'), { bypassCSP: true });
    expect((await axeViolations(page)).join('\n')).toMatch(/^landmark-unique \(moderate\)/m);
  });

  it('text unreadable only in the dark theme fails the dark-theme colour rules', async () => {
    const dir = planted('darkThemeLowContrast');
    const light = await open(dir, { bypassCSP: true });
    expect(await axeViolations(light.page)).toEqual([]);
    const dark = await open(dir, { bypassCSP: true, colorScheme: 'dark' });
    expect((await axeViolations(dark.page, COLOUR_RULES)).join('\n')).toMatch(/^color-contrast \(serious\)/m);
  });

  it('an inline script without a hash is blocked and reported as a CSP violation', async () => {
    const watched = await open(planted('unhashedInlineScript'));
    const { page } = watched;
    expect((await settledProblems(watched)).cspViolations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    expect(await page.title()).toBe('Clean fixture page');
  });

  it('a style attribute is blocked and reported as a CSP violation', async () => {
    expect((await settledProblems(await open(planted('styleAttribute')))).cspViolations).toEqual([expect.stringMatching(/^style-src-attr blocked inline/)]);
  });

  it('a script error is reported as a console error', async () => {
    expect((await settledProblems(await open(planted('consoleError')))).consoleErrors).toEqual([expect.stringMatching(/^uncaught: .*null/)]);
  });

  it('an error after the page settled once, from data a click fetched, is still reported', async () => {
    const watched = await open(planted('lateError'));
    expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
    await watched.page.locator('#late').click();
    expect((await settledProblems(watched)).consoleErrors).toEqual([expect.stringMatching(/^uncaught: .*null/)]);
  });

  it('a third-party image is stopped by the policy and reported', async () => {
    expect((await settledProblems(await open(planted('thirdPartyImage')))).cspViolations).toEqual([expect.stringMatching(/^img-src blocked https:\/\/tracker\.example\.com\/pixel\.png/)]);
  });

  it('a third-party image on a page without a policy is caught as a request to another origin', async () => {
    expect((await settledProblems(await open(planted('thirdPartyImageNoPolicy')))).foreignRequests).toEqual(['https://tracker.example.com/pixel.png']);
  });

  it('content wider than 320 px fails the reflow check', async () => {
    const { page } = await open(planted('wideContent'), { viewport: { width: 320, height: 640 } });
    expect(await reflowProblems(page)).toEqual([expect.stringMatching(/^the page is \d+ px wide in a 320 px viewport: <table\.wide> ends at \d+ px/)]);
  });

  it('a focus indicator drawn with box-shadow fails the forced-colours check', async () => {
    const { page } = await open(planted('focusOutlineRemoved'), { forcedColors: 'active' });
    expect((await forcedColorsProblems(page)).join('\n')).toMatch(/shows no outline when focused/);
  });

  it('a button with no border fails the forced-colours check', async () => {
    const { page } = await open(planted('borderlessButton'), { forcedColors: 'active' });
    expect(await forcedColorsProblems(page)).toEqual(['<button> "Copy citation" has no border, so its edge vanishes']);
  });
});

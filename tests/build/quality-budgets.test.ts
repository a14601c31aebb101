import { describe, expect, it } from 'vitest';
import { budgetProblems, EXPLAINER_BUDGET, navigationProblems } from '../helpers/gates/budgets';
import { realSite, type BuiltPage } from '../helpers/gates/site';

const site = realSite();

/**
 * Every explainer page, in both languages, is held to the quality issue's budget
 * (EXPLAINER_BUDGET: 25 KB gzip of HTML, CSS and JS on first load, at most 10 KB of CSS, no
 * script file), except the pages below, which cannot meet it without dropping content.
 *
 * Measured on the build (Nov 2026, after the weight work): the frame (head, header with
 * search, footer) and the one stylesheet (7.5 KB, print rules included) come to about 12 KB
 * of every page; the 25 KB pages carry up to ~13 KB of content on top. What is above that
 * below is content: each numbered source is a full entry with its address and back-links to
 * its citations, plus its address again in the JSON-LD (0.1–0.2 KB gzip a source); no
 * source, citation, event or the map is dropped to meet a number. Each ceiling is the
 * heavier language's figure plus at least 0.25 KB for dates and small edits, rounded up to
 * 0.5 KB (Spanish runs 0.6–1.5 KB heavier). Lower a ceiling when a page gets lighter; never
 * raise one to fit a regression.
 */
const OVER_BUDGET: Record<string, { kb: number; why: string }> = {
  'the-border': { kb: 28.5, why: 'the locator map: its land drawn once in inline SVG, labelled for wide and narrow screens, and its 1 KB stylesheet' },
  'la-mesilla-incident': { kb: 29.5, why: '50 sources cited 128 times' },
  // Dec 2026: 29.5 → 30 KB, and the timeline 44.5 → 45 KB: the Spanish pages were within 0.05 KB of
  // their ceilings, and a reader’s review added 0.05–0.08 KB of corrections (capitalised month
  // headings, page names in cross-references, no "…." after a shortened title).
  'security-cooperation': { kb: 30, why: '60 sources cited 118 times' },
  'what-we-dont-know': { kb: 30, why: '65 sources cited 106 times' },
  'whos-who': { kb: 33.5, why: '77 sources cited 155 times, and the people tables' },
  timeline: { kb: 45, why: 'every dated event (67) on one page, citing 109 sources 219 times; only a shorter timeline would be lighter' },
};

/** Explainer pages in every language (/explainers/x/, /es/explainers/x/). */
const explainers = site.pages.filter((p) => /\/explainers\/[^/]+\/$/.test(p.route));
const slugOf = (page: BuiltPage) => page.route.match(/\/explainers\/([^/]+)\/$/)![1];
const ceilingOf = (page: BuiltPage) => {
  const over = OVER_BUDGET[slugOf(page)];
  return over ? { ...EXPLAINER_BUDGET, total: over.kb * 1024 } : EXPLAINER_BUDGET;
};
const kb = (bytes: number) => `${bytes / 1024} KB`;

describe('page weight budgets (gzip, measured on the files in the build)', () => {
  it('every page allowed over the budget exists, and at least half the explainer pages meet the budget itself', () => {
    const slugs = new Set(explainers.map(slugOf));
    // A page renamed or removed: its entry above goes with it (renamed, the ceiling follows the page).
    expect(Object.keys(OVER_BUDGET).filter((slug) => !slugs.has(slug)), 'OVER_BUDGET in tests/build/quality-budgets.test.ts names pages the build does not have').toEqual([]);
    expect(explainers.filter((p) => !(slugOf(p) in OVER_BUDGET)).length).toBeGreaterThanOrEqual(explainers.length / 2);
  });

  it.each(explainers.map((p) => [p.route, kb(ceilingOf(p).total), p] as const))('%s loads at most %s (target 25 KB) of HTML, CSS and JS, with at most 10 KB of CSS and no script file', (_, _ceiling, page) => {
    expect(budgetProblems(site, page, ceilingOf(page))).toEqual([]);
  });
});

describe("a page's size does not grow with the number of pages", () => {
  it.each(site.pages.map((p) => [p.route, p] as const))('%s has no navigation listing every page', (_, page) => {
    expect(navigationProblems(page)).toEqual([]);
  });
});

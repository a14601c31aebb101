import { describe, expect, it } from 'vitest';
import { budgetProblems, navigationProblems } from '../helpers/gates/budgets';
import { realSite } from '../helpers/gates/site';

const site = realSite();
/** Explainer pages in every language (/explainers/x/, /es/explainers/x/). */
const explainers = site.pages.filter((p) => /\/explainers\/[^/]+\/$/.test(p.route));

describe('page weight budgets (gzip, measured on the files in the build)', () => {
  it('there are explainer pages to measure', () => {
    expect(explainers.length).toBeGreaterThan(0);
  });

  it.each(explainers.map((p) => [p.route, p] as const))('%s loads at most 25 KB of HTML, CSS and JS, with at most 10 KB of CSS and no script file', (_, page) => {
    expect(budgetProblems(site, page)).toEqual([]);
  });
});

describe("a page's size does not grow with the number of pages", () => {
  it.each(site.pages.map((p) => [p.route, p] as const))('%s has no navigation listing every page', (_, page) => {
    expect(navigationProblems(page)).toEqual([]);
  });
});

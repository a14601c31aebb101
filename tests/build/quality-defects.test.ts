/**
 * Each static gate catches the defect it exists for: the clean fixture site
 * passes every gate, and one planted fault makes exactly the right gate fail.
 * The browser gates get the same treatment in tests/e2e/quality-defects.test.ts.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CLEAN_SITE, plantDefect, type DefectName } from '../fixtures/defects/defects';
import { budgetProblems, navigationProblems } from '../helpers/gates/budgets';
import { cspProblems } from '../helpers/gates/csp';
import { htmlErrors } from '../helpers/gates/html';
import { linkProblems } from '../helpers/gates/links';
import { privacyProblems } from '../helpers/gates/privacy';
import { treeDifferences } from '../helpers/gates/reproducible';
import { sharingProblems } from '../helpers/gates/sharing';
import { loadSite, type BuiltSite } from '../helpers/gates/site';

const planted: string[] = [];
afterAll(() => planted.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The fixture site with `name` planted, and its home page. */
function defective(name: DefectName) {
  const dir = plantDefect(name);
  planted.push(dir);
  const site = loadSite(dir);
  return { site, home: site.pages.find((p) => p.route === '/')! };
}

/** Every static gate over every page of `site`. */
async function allStaticProblems(site: BuiltSite): Promise<string[]> {
  const problems: string[] = [];
  for (const page of site.pages) {
    problems.push(
      ...(await htmlErrors(page.html, page.file)),
      ...linkProblems(site, page),
      ...cspProblems(page),
      ...privacyProblems(site, page),
      ...budgetProblems(site, page),
      ...navigationProblems(page),
      ...sharingProblems(page),
    );
  }
  return problems;
}

describe('the clean fixture site', () => {
  it('passes every static gate, so each failure below is the planted defect', async () => {
    expect(await allStaticProblems(loadSite(CLEAN_SITE))).toEqual([]);
  });
});

describe('planted defects fail the static gates', () => {
  it('invalid HTML fails html-validate', async () => {
    const { home } = defective('invalidHtml');
    const errors = await htmlErrors(home.html, home.file);
    expect(errors.join('\n')).toMatch(/no-dup-id/);
    expect(errors.join('\n')).toMatch(/element-permitted-content|close-order|no-implicit-close/);
  });

  it('an image without alt text fails html-validate', async () => {
    const { home } = defective('missingAlt');
    expect((await htmlErrors(home.html, home.file)).join('\n')).toMatch(/wcag\/h37/);
  });

  it('a link to a missing #fragment fails the link gate', () => {
    const { site, home } = defective('brokenFragment');
    expect(linkProblems(site, home)).toEqual(['/: "/other/#no-such-section": /other/ has no element with id "no-such-section"']);
  });

  it('a link to a missing page fails the link gate', () => {
    const { site, home } = defective('brokenPageLink');
    expect(linkProblems(site, home)).toEqual(['/: "/missing/" points at /missing/, which is not in the build']);
  });

  it('an http link fails the link gate unless it is an allowed source citation', () => {
    const { site, home } = defective('insecureLink');
    expect(linkProblems(site, home)).toEqual(['/: "http://example.org/report" is not https']);
    expect(linkProblems(site, home, { httpAllowed: new Set(['http://example.org/report']) })).toEqual([]);
  });

  it('an inline script without a hash fails the CSP gate', () => {
    const { home } = defective('unhashedInlineScript');
    expect(cspProblems(home)).toEqual([`/: has an inline script whose hash is not in script-src: "document.title = 'changed';"`]);
  });

  it('a style attribute fails the CSP gate', () => {
    const { home } = defective('styleAttribute');
    expect(cspProblems(home)).toEqual(['/: has a style attribute, which the policy blocks: <h1 style="color: red">']);
  });

  it('a third-party image fails the privacy gate', () => {
    const { site, home } = defective('thirdPartyImage');
    expect(privacyProblems(site, home)).toEqual(['/: fetches from another origin: <img src="https://tracker.example.com/pixel.png">']);
  });

  it('a web font from a CDN fails the privacy gate', () => {
    const { site, home } = defective('thirdPartyFont');
    expect(privacyProblems(site, home)).toEqual(['/: fetches from another origin: <link rel="stylesheet" href="https://fonts.example.com/css?family=Inter">']);
  });

  it('a script file loaded with the page fails the budget gate', () => {
    const { site, home } = defective('externalScript');
    expect(budgetProblems(site, home)).toEqual(['/: loads the script file /app.js before any interaction']);
  });

  it('a page over the byte budget fails the budget gate', () => {
    const { site, home } = defective('missingAlt');
    expect(budgetProblems(site, home, { total: 1024, css: 100 })).toEqual([
      expect.stringMatching(/^\/: first load is \d+\.\d KB gzip .*the budget is 1\.0 KB$/),
      expect.stringMatching(/^\/: CSS is 0\.\d KB gzip; the budget is 0\.1 KB$/),
    ]);
  });

  it('a nav listing every page fails the page-size gate', () => {
    const { home } = defective('navListingEveryPage');
    expect(navigationProblems(home)).toEqual(['/: the "All pages" nav links to 30 pages; at most 10, so it cannot grow with the site', '/: has 33 links outside <main>; at most 25, so the frame cannot grow with the site']);
  });

  it('missing social tags fail the sharing gate', () => {
    const { home } = defective('missingSocialTags');
    expect(sharingProblems(home)).toEqual(['/: needs an absolute https canonical URL (found none)', '/: has no og:image']);
  });

  it('article JSON-LD without dates or citations fails the sharing gate', () => {
    const { home } = defective('articleWithoutDates');
    expect(sharingProblems(home)).toEqual(['/: JSON-LD Article has no dateModified', '/: JSON-LD Article cites nothing']);
  });

  it('a build that differs by one byte fails the reproducibility gate', () => {
    const first = plantDefect('styleAttribute');
    const second = plantDefect('missingAlt');
    planted.push(first, second);
    expect(treeDifferences(first, second)).toEqual(['/index.html: bytes differ']);
    expect(treeDifferences(first, CLEAN_SITE)).toEqual(['/index.html: bytes differ']);
    expect(treeDifferences(CLEAN_SITE, CLEAN_SITE)).toEqual([]);
  });
});

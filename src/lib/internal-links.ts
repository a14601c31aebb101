/**
 * Internal links in the built site: every link, asset reference and
 * #fragment that stays on the site must reach a file in the build (and an
 * element id on that page). Pure logic; src/integrations/link-check.ts feeds
 * it the built HTML and fails the build on what it finds.
 */
import type { ContentProblem } from './errors';
import { orList, suggest } from './edit-distance';

/** What one built HTML page offers and references. */
export interface PageLinks {
  /** Site path of the page, without the base: `/explainers/migration/`, `/404.html`. */
  route: string;
  /** Every URL the page references (href, src, srcset candidates, og:url…), as written. */
  references: string[];
  /** Every id a fragment can scroll to (ids and legacy `<a name>`). */
  anchors: Set<string>;
}

export interface LinkSite {
  /** Every file in the build, as a site path without the base: `/index.html`, `/briefs/x-letter.pdf`. */
  files: Set<string>;
  /** The base the site is deployed under, e.g. `/` or `/mg/`. */
  base: string;
  /** The production origin, so absolute links to the site itself (canonical, og:url) are checked too. */
  origin: string;
}

export interface BrokenLink {
  /** The page the link is on. */
  route: string;
  /** The link as written. */
  reference: string;
  /** What is wrong with it. */
  found: string;
  /** What would fix it. */
  fix: string;
}

/** The file a site path is served from, if the build has one (`/x/` → `/x/index.html`). */
export function fileForPath(files: Set<string>, path: string): string | undefined {
  const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/** The page route a built HTML file is served at (`/x/index.html` → `/x/`). */
export function routeForFile(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** Every broken internal link on every page. External links are not this check's business. */
export function brokenInternalLinks(site: LinkSite, pages: PageLinks[]): BrokenLink[] {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const anchorsByFile = new Map(pages.map((page) => [fileForPath(site.files, page.route) ?? page.route, page.anchors]));
  const routes = new Set(pages.map((page) => page.route));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(base.slice(0, -1) + page.route, site.origin);
    for (const reference of new Set(page.references)) {
      const problem = checkReference(reference, pageUrl, base, site.files, anchorsByFile, routes);
      if (problem) broken.push({ route: page.route, reference, ...problem });
    }
  }
  return broken;
}

function checkReference(
  reference: string,
  pageUrl: URL,
  base: string,
  files: Set<string>,
  anchorsByFile: Map<string, Set<string>>,
  routes: Set<string>,
): Pick<BrokenLink, 'found' | 'fix'> | undefined {
  let target: URL;
  try {
    target = new URL(reference.trim(), pageUrl);
  } catch {
    return { found: 'is not a well-formed URL', fix: 'write a site path such as /explainers/migration/ or a full https:// address' };
  }
  if (target.origin !== pageUrl.origin) return undefined;
  if (!`${target.pathname}/`.startsWith(base)) {
    return { found: `points outside the site's base ${base}`, fix: `in content, write site paths as Markdown links and images ([text](/path/), ![alt](/images/x.png)) or <Figure src>, which add the base ${base}; a literal <a href> or <img src> tag does not` };
  }
  const path = safeDecode(`/${target.pathname.slice(base.length)}`);
  const file = fileForPath(files, path);
  if (!file) {
    return { found: `points at ${path}, and the build has no page or file there`, fix: `link to a page that exists${suggest(path, routes)}, or remove the link` };
  }
  if (!target.hash || target.hash === '#' || !file.endsWith('.html')) return undefined;
  const fragment = safeDecode(target.hash.slice(1));
  const anchors = anchorsByFile.get(file);
  if (!anchors || fragment === 'top' || anchors.has(fragment)) return undefined;
  return { found: `points at #${fragment}, and ${path} has no element with that id`, fix: `link to an id that exists on ${path}${suggestFragment(fragment, anchors)}, or drop the #fragment` };
}

/**
 * The ids a missing #fragment most likely meant: the nearest by spelling (suggest), or else those
 * it begins or is a whole word of ("#trade" for "#trade-and-development-aid": a heading's id is
 * all its words), up to three; and how a heading's id is made, when none is near.
 */
function suggestFragment(fragment: string, anchors: ReadonlySet<string>): string {
  const near = suggest(fragment, anchors);
  if (near) return near;
  const word = fragment.toLowerCase();
  const longer = [...anchors].filter((id) => id.startsWith(`${word}-`) || id.includes(`-${word}-`) || id.endsWith(`-${word}`)).slice(0, 3);
  if (longer.length) return ` (did you mean ${orList(longer.map((id) => `"${id}"`))}?)`;
  return ' (a heading\'s id is its words in lower case joined by hyphens: "## Formal crossings" is #formal-crossings)';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Broken links as content problems, each naming the file an editor must
 * change. `sourceFileFor` maps a route to the content file it is built from,
 * or undefined when the page is made by code. The same mistake seen on
 * several pages built from one file (an explainer and its brief) is one problem.
 */
export function linkProblems(broken: BrokenLink[], sourceFileFor: (route: string) => string | undefined): ContentProblem[] {
  const problems = new Map<string, ContentProblem>();
  for (const link of broken) {
    const source = sourceFileFor(link.route);
    const file = source ? `${source} (page ${link.route})` : `page ${link.route} (made by a route in src/pages/)`;
    // By what is missing, not by how the link is written: a printed page's endnotes repeat each link as a full address.
    const key = `${source ?? link.route}\n${link.found}`;
    if (!problems.has(key)) problems.set(key, { file, field: 'link', found: `"${link.reference}" ${link.found}`, fix: link.fix });
  }
  return [...problems.values()];
}

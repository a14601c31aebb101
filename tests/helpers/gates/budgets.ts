/**
 * Budgets, asserted on bytes in the build, never on times: what a first
 * visit to a page downloads before the reader does anything, and whether a
 * page's navigation grows with the number of pages on the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileFor, type BuiltPage, type BuiltSite } from './site';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface FirstLoad {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Stylesheet and script files the page loads on its own, as site paths. */
  files: { css: string[]; js: string[] };
}

/** The limits from the quality issue, in bytes after gzip. */
export const EXPLAINER_BUDGET = { total: 25 * 1024, css: 10 * 1024 };
/** A nav may link to this many other pages at most: enough for a header, never a list of every page. */
export const NAV_PAGE_LINKS = 10;
/** Links outside <main> (header, footer, skip link): a fixed frame, whatever the site's size. */
export const FRAME_LINKS = 25;

/** Size of `data` raw and gzipped (level 6, the common server default). */
export function bytes(data: Buffer | string): Bytes {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
}

const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/**
 * What a first visit fetches before any interaction: the HTML, every
 * stylesheet it links (print ones too: browsers fetch them at load) and every
 * script file it loads or preloads. Inline scripts are part of the HTML.
 */
export function firstLoad(site: BuiltSite, page: BuiltPage): FirstLoad {
  const { $ } = page;
  const local = (href: string) => {
    const url = new URL(href, new URL(site.base.replace(/\/$/, '') + page.route, site.origin));
    const file = fileFor(site.dir, url.pathname.slice(site.base.length - 1));
    if (!file) throw new Error(`${page.route} loads ${href}, which is not in the build`);
    return file;
  };
  const css = $('link[rel~="stylesheet"][href]').map((_, el) => local(el.attribs.href)).get();
  const js = [
    ...$('script[src]').map((_, el) => local(el.attribs.src)).get(),
    ...$('link[rel~="modulepreload"][href], link[rel~="preload"][as="script"][href]').map((_, el) => local(el.attribs.href)).get(),
  ];
  const sum = (files: string[]) => files.map((f) => bytes(readFileSync(join(site.dir, f)))).reduce(add, { raw: 0, gzip: 0 });
  return { html: bytes(page.html), css: sum(css), js: sum(js), files: { css, js } };
}

/** Every way an explainer page's first load breaks the budget, one line each. */
export function budgetProblems(site: BuiltSite, page: BuiltPage, budget = EXPLAINER_BUDGET): string[] {
  const load = firstLoad(site, page);
  const problems: string[] = [];
  const total = load.html.gzip + load.css.gzip + load.js.gzip;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (total > budget.total) problems.push(`first load is ${kb(total)} gzip (HTML ${kb(load.html.gzip)}, CSS ${kb(load.css.gzip)}, JS ${kb(load.js.gzip)}); the budget is ${kb(budget.total)}`);
  if (load.css.gzip > budget.css) problems.push(`CSS is ${kb(load.css.gzip)} gzip; the budget is ${kb(budget.css)}`);
  for (const file of load.files.js) problems.push(`loads the script file ${file} before any interaction`);
  return problems.map((line) => `${page.route}: ${line}`);
}

/**
 * Navigation that would grow with the site: a nav linking to more than
 * NAV_PAGE_LINKS other pages, or more than FRAME_LINKS links outside <main>.
 * Links to #fragments on the same page (tables of contents) do not count.
 */
export function navigationProblems(page: BuiltPage): string[] {
  const { $ } = page;
  const problems: string[] = [];
  const otherPages = (links: string[]) => new Set(links.filter((href) => !href.startsWith('#')).map((href) => href.split('#')[0]));
  $('nav').each((_, nav) => {
    const targets = otherPages($(nav).find('a[href]').map((_, a) => a.attribs.href).get());
    if (targets.size > NAV_PAGE_LINKS) {
      const name = nav.attribs['aria-label'] ?? nav.attribs['aria-labelledby'] ?? 'unnamed';
      problems.push(`the "${name}" nav links to ${targets.size} pages; at most ${NAV_PAGE_LINKS}, so it cannot grow with the site`);
    }
  });
  const frame = $('a[href]').filter((_, a) => $(a).closest('main').length === 0).length;
  if (frame > FRAME_LINKS) problems.push(`has ${frame} links outside <main>; at most ${FRAME_LINKS}, so the frame cannot grow with the site`);
  return problems.map((line) => `${page.route}: ${line}`);
}

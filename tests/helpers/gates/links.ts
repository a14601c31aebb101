/**
 * Links: every internal link, asset reference and #fragment resolves to a
 * file (and an element id) in the build; every external link is https and
 * well-formed. Canonical, Open Graph and Twitter URLs point at the production
 * origin and are checked as internal links.
 */
import type { CheerioAPI } from 'cheerio';
import { fileFor, type BuiltPage, type BuiltSite } from './site';

/** Attributes that reference another document or asset. */
const REFERENCES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

export interface LinkOptions {
  /**
   * External http:// URLs allowed anyway, each exactly as written. For source
   * citations published only at an http address; anything else must be https.
   */
  httpAllowed?: ReadonlySet<string>;
}

/** Every broken or insecure link on `page`, one line each. */
export function linkProblems(site: BuiltSite, page: BuiltPage, options: LinkOptions = {}): string[] {
  const problems: string[] = [];
  const pageUrl = new URL(site.base.replace(/\/$/, '') + page.route, site.origin);
  const refs: string[] = [];
  for (const [selector, attribute] of REFERENCES) {
    page.$(selector).each((_, el) => void refs.push(page.$(el).attr(attribute)!));
  }
  page.$('img[srcset], source[srcset]').each((_, el) => {
    for (const candidate of page.$(el).attr('srcset')!.split(',')) refs.push(candidate.trim().split(/\s+/)[0]);
  });
  // SVG <use> and friends point at ids on the same page.
  page.$('[xlink\\:href], use[href]').each((_, el) => void refs.push(page.$(el).attr('href') ?? page.$(el).attr('xlink:href')!));

  for (const raw of refs) {
    const problem = checkReference(site, page, pageUrl, raw, options);
    if (problem) problems.push(`${page.route}: ${problem}`);
  }
  return problems;
}

function checkReference(site: BuiltSite, page: BuiltPage, pageUrl: URL, raw: string, options: LinkOptions): string | undefined {
  if (raw.trim() === '') return 'empty link';
  if (raw !== raw.trim() || /\s/.test(raw)) return `"${raw}" has white space in it`;
  if (raw === '#') return '"#" links nowhere';
  let target: URL;
  try {
    target = new URL(raw, pageUrl);
  } catch {
    return `"${raw}" is not a well-formed URL`;
  }
  if (target.protocol === 'mailto:' || target.protocol === 'tel:') return undefined;
  if (target.origin === pageUrl.origin) return checkInternal(site, page, target, raw);
  if (target.protocol === 'http:') return options.httpAllowed?.has(raw) ? undefined : `"${raw}" is not https`;
  if (target.protocol !== 'https:') return `"${raw}" uses ${target.protocol}, not https`;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(target.hostname)) return `"${raw}" has no valid host name`;
  if (target.username || target.password) return `"${raw}" carries credentials`;
  return undefined;
}

function checkInternal(site: BuiltSite, page: BuiltPage, target: URL, raw: string): string | undefined {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  if (!(target.pathname + '/').startsWith(base)) return `"${raw}" points outside the site's base ${site.base}`;
  const path = decodeURIComponent('/' + target.pathname.slice(base.length));
  const file = fileFor(site.dir, path);
  if (!file) return `"${raw}" points at ${path}, which is not in the build`;
  if (!target.hash) return undefined;
  if (!file.endsWith('.html')) return undefined; // e.g. a PDF page number
  const fragment = decodeURIComponent(target.hash.slice(1));
  const targetPage = file === page.file ? page : site.pages.find((p) => p.file === file);
  if (!targetPage) return `"${raw}" points at ${file}, which was not read`;
  return hasAnchor(targetPage.$, fragment) ? undefined : `"${raw}": ${path} has no element with id "${fragment}"`;
}

const anchorCache = new WeakMap<CheerioAPI, Set<string>>();

/** Whether a page has an element a fragment can scroll to (an id, or a legacy <a name>). */
function hasAnchor($: CheerioAPI, fragment: string): boolean {
  if (fragment === 'top') return true; // HTML scrolls to the top for #top
  let anchors = anchorCache.get($);
  if (!anchors) {
    anchors = new Set([...$('[id]').map((_, el) => el.attribs.id), ...$('a[name]').map((_, el) => el.attribs.name)]);
    anchorCache.set($, anchors);
  }
  return anchors.has(fragment);
}

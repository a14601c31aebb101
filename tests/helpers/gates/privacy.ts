/**
 * Privacy, read from the built files: no page makes the browser fetch
 * anything from another origin (no web fonts, analytics, CDN scripts or
 * third-party images). Links a reader chooses to follow are not fetches.
 * The browser half (every request actually made) is in the e2e gate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor, type BuiltPage, type BuiltSite } from './site';

/** <link rel> values that make the browser fetch (or connect) without a click. */
const FETCHING_RELS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender', 'mask-icon']);

const RESOURCE_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['source[src]', 'src'],
  ['track[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[type="image"][src]', 'src'],
  ['image[href]', 'href'],
];

/** Whether `url`, as written in a page at `pageUrl`, is fetched from another origin. */
function isThirdParty(url: string, pageUrl: URL): boolean {
  if (/^(data|blob):/i.test(url.trim())) return false;
  try {
    return new URL(url.trim(), pageUrl).origin !== pageUrl.origin;
  } catch {
    return false; // Malformed URLs are the link gate's business.
  }
}

/** url(…) and @import targets in a stylesheet. */
export function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)].map((m) => m[2]);
  const imports = [...css.matchAll(/@import\s+(['"])(.*?)\1/g)].map((m) => m[2]);
  return [...urls, ...imports];
}

/** Every third-party fetch `page` would trigger, one line each. */
export function privacyProblems(site: BuiltSite, page: BuiltPage): string[] {
  const { $ } = page;
  const pageUrl = new URL(site.base.replace(/\/$/, '') + page.route, site.origin);
  const found: string[] = [];
  for (const [selector, attribute] of RESOURCE_ATTRIBUTES) {
    $(selector).each((_, el) => {
      if (!('attribs' in el)) return;
      const url = el.attribs[attribute];
      if (isThirdParty(url, pageUrl)) found.push(`<${el.tagName} ${attribute}="${url}">`);
    });
  }
  $('img[srcset], source[srcset]').each((_, el) => {
    for (const candidate of el.attribs.srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (isThirdParty(url, pageUrl)) found.push(`<${el.tagName} srcset="${url}">`);
    }
  });
  $('link[href]').each((_, el) => {
    const rels = (el.attribs.rel ?? '').toLowerCase().split(/\s+/);
    if (rels.some((rel) => FETCHING_RELS.has(rel)) && isThirdParty(el.attribs.href, pageUrl)) found.push(`<link rel="${el.attribs.rel}" href="${el.attribs.href}">`);
  });
  $('meta[http-equiv="refresh" i]').each((_, el) => {
    const url = /url=(.*)$/i.exec(el.attribs.content ?? '')?.[1];
    if (url && isThirdParty(url, pageUrl)) found.push(`<meta http-equiv="refresh"> to ${url}`);
  });
  const inlineCss = [$('style').text(), ...$('[style]').map((_, el) => el.attribs.style).get()].join('\n');
  for (const url of cssUrls(inlineCss)) if (isThirdParty(url, pageUrl)) found.push(`inline CSS url(${url})`);
  $('link[rel~="stylesheet"][href]').each((_, el) => {
    const href = el.attribs.href;
    if (isThirdParty(href, pageUrl)) return;
    const path = new URL(href, pageUrl).pathname.slice(site.base.length - 1);
    const file = fileFor(site.dir, path);
    if (!file) return;
    for (const url of cssUrls(readFileSync(join(site.dir, file), 'utf8'))) {
      if (isThirdParty(url, pageUrl)) found.push(`${file} loads url(${url})`);
    }
  });
  return found.map((line) => `${page.route}: fetches from another origin: ${line}`);
}

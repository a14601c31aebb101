/**
 * The sitemap, made from the built pages themselves so that every page any
 * route produces is listed without a list to keep in step.
 * @see https://www.sitemaps.org/protocol.html
 */
import { decodeHTMLAttribute } from 'entities';
import { escapeXml } from './xml.ts';

export interface SitemapEntry {
  /** Absolute URL of the page. */
  loc: string;
  /** Date the content last changed (YYYY-MM-DD), when the page states one. */
  lastmod?: string;
}

/** What the sitemap needs to know from a built page's HTML. */
export interface PageFacts {
  canonical?: string;
  noindex: boolean;
  /** `dateModified` from the page's JSON-LD, if any. */
  modified?: string;
}

/**
 * Reads the canonical URL and robots noindex from a built page's <head>, and the JSON-LD
 * dateModified from wherever its structured data is (BaseLayout writes it at the end of <body>).
 */
export function pageFacts(html: string): PageFacts {
  const headEnd = html.indexOf('</head>');
  const head = headEnd === -1 ? html : html.slice(0, headEnd);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
  const noindex = /<meta name="robots" content="[^"]*noindex/.test(head);
  let modified: string | undefined;
  for (const match of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
    const data = JSON.parse(match[1]) as { dateModified?: unknown };
    if (typeof data.dateModified === 'string') modified = data.dateModified;
  }
  return { canonical: canonical && decodeHTMLAttribute(canonical), noindex, modified };
}

/** A sitemap document for `entries`, sorted by URL so the output never depends on file order. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  const urls = sorted.map(
    (entry) => `  <url><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${entry.lastmod}</lastmod>` : ''}</url>`,
  );
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}


/**
 * Sharing and discovery: every page has a canonical URL, Open Graph
 * and Twitter card tags with an image, a favicon and a theme colour; article
 * pages describe themselves in JSON-LD with a date, publisher and citations
 * (or, for a reproduced text, what it is based on).
 * (That the URLs resolve is the link gate's job.)
 */
import type { BuiltPage } from './site';

const REQUIRED_META = ['og:type', 'og:title', 'og:description', 'og:url', 'og:image', 'og:site_name', 'twitter:card', 'twitter:image'];

export interface ArticleLd {
  '@type'?: string;
  headline?: string;
  datePublished?: string;
  dateModified?: string;
  publisher?: { name?: string };
  citation?: unknown[];
  /** What a reproduced work is based on: the source article page cites its original this way. */
  isBasedOn?: unknown;
}

/** The page's JSON-LD objects. A block that is not JSON is reported by `sharingProblems`. */
export function jsonLd(page: BuiltPage): unknown[] {
  return page.$('script[type="application/ld+json"]').map((_, el) => JSON.parse(page.$(el).html() ?? '')).get();
}

/** Every missing or malformed sharing tag on `page`, one line each. */
export function sharingProblems(page: BuiltPage): string[] {
  const { $ } = page;
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${page.route}: ${message}`);
  const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
  const canonical = $('link[rel="canonical"]').attr('href');
  if (!canonical || !/^https:\/\//.test(canonical)) say(`needs an absolute https canonical URL (found ${canonical ?? 'none'})`);
  for (const key of REQUIRED_META) if (!meta(key)) say(`has no ${key}`);
  if (canonical && meta('og:url') && meta('og:url') !== canonical) say(`og:url ${meta('og:url')} differs from the canonical URL ${canonical}`);
  if (meta('og:image') && !/^https:\/\/.+\.(png|jpe?g)$/.test(meta('og:image')!)) say(`og:image must be an absolute https PNG or JPEG URL (found ${meta('og:image')})`);
  if (!$('link[rel~="icon"]').attr('href')) say('has no favicon link');
  if (!$('meta[name="theme-color"]').attr('content')) say('has no theme-color');
  if (!$('link[rel="alternate"][type="application/atom+xml"], link[rel="alternate"][type="application/rss+xml"]').length) say('does not point to the feed');

  let data: unknown[] = [];
  try {
    data = jsonLd(page);
  } catch (error) {
    say(`has JSON-LD that does not parse: ${(error as Error).message}`);
  }
  if (meta('og:type') === 'article') {
    const article = data.find((d): d is ArticleLd => (d as ArticleLd)['@type'] === 'Article');
    if (!article) say('is an article but has no JSON-LD Article');
    else {
      if (!article.headline) say('JSON-LD Article has no headline');
      if (!article.dateModified || !/^\d{4}-\d{2}-\d{2}/.test(article.dateModified)) say('JSON-LD Article has no dateModified');
      if (!article.publisher?.name) say('JSON-LD Article has no publisher');
      const cites = (Array.isArray(article.citation) && article.citation.length > 0) || article.isBasedOn !== undefined;
      if (!cites) say('JSON-LD Article cites nothing');
    }
  }
  return problems;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jsonLd, sharingProblems, type ArticleLd } from '../helpers/gates/sharing';
import { realSite } from '../helpers/gates/site';
import { t, toLocale } from '../../src/i18n/ui';

const site = realSite();
const indexable = site.pages.filter((p) => p.$('meta[name="robots"][content*="noindex"]').length === 0);
const read = (file: string) => readFileSync(join(site.dir, file), 'utf8');

describe('sharing tags', () => {
  it.each(site.pages.map((p) => [p.route, p] as const))('%s has a canonical URL, Open Graph and Twitter tags, favicon, theme colour and feed link', (_, page) => {
    expect(sharingProblems(page)).toEqual([]);
  });

  it('gives each explainer, in each language, its own social image, a 1200×630 PNG made at build time', async () => {
    const explainers = site.pages.filter((p) => /^\/(es\/)?explainers\//.test(p.route));
    const images = explainers.map((p) => p.$('meta[property="og:image"]').attr('content')!);
    expect(new Set(images).size).toBe(explainers.length);
    for (const [i, page] of explainers.entries()) {
      const file = join(site.dir, new URL(images[i]).pathname.slice(site.base.length - 1));
      expect(file, page.route).toMatch(page.route.startsWith('/es/') ? /\/social\/es\/[a-z0-9-]+\.png$/ : /\/social\/[a-z0-9-]+\.png$/);
      const { width, height, format } = await sharp(file).metadata();
      expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
    }
  });

  it.each(site.pages.map((p) => [p.route, p] as const))('%s names its language in og:locale and its edition in og:site_name', (_, page) => {
    const lang = toLocale(page.$('html').attr('lang'));
    expect(page.$('meta[property="og:locale"]').attr('content')).toBe({ en: 'en_GB', es: 'es_MX' }[lang]);
    expect(page.$('meta[property="og:site_name"]').attr('content')).toBe(t(lang).site.title);
  });

  it('serves an SVG favicon', () => {
    expect(read('favicon.svg')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});

/** Explainer pages in every language (/explainers/x/, /es/explainers/x/). */
const allExplainers = site.pages.filter((p) => /\/explainers\/[^/]+\/$/.test(p.route));

describe('structured data', () => {
  const explainers = allExplainers;

  it.each(explainers.map((p) => [p.route, p] as const))('%s describes itself as an Article with both dates, the publisher and every cited source', (_, page) => {
    const article = jsonLd(page).find((d) => (d as ArticleLd)['@type'] === 'Article') as ArticleLd;
    expect(article.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.datePublished! <= article.dateModified!).toBe(true);
    expect(article.publisher?.name).toBeTruthy();
    const listed = page.$('.source-list ol > li').length;
    expect(listed).toBeGreaterThan(0);
    expect(article.citation).toHaveLength(listed);
  });
});

describe('discovery files', () => {
  it('lists every indexable page in sitemap.xml, with absolute URLs and no 404', () => {
    const $ = load(read('sitemap.xml'), { xml: true });
    const locs = $('url > loc').map((_, el) => $(el).text()).get();
    const canonicals = indexable.map((p) => p.$('link[rel="canonical"]').attr('href'));
    expect(locs.sort()).toEqual(canonicals.sort());
    expect(locs.some((loc) => loc.includes('404'))).toBe(false);
  });

  it('dates each explainer in the sitemap by its last content change', () => {
    const $ = load(read('sitemap.xml'), { xml: true });
    for (const page of allExplainers) {
      const canonical = page.$('link[rel="canonical"]').attr('href');
      const modified = (jsonLd(page).find((d) => (d as ArticleLd)['@type'] === 'Article') as ArticleLd).dateModified;
      const url = $('url').filter((_, el) => $(el).find('loc').text() === canonical);
      expect(url.find('lastmod').text(), page.route).toBe(modified);
    }
  });

  it('allows crawling and names the sitemap in robots.txt', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    expect(robots).toContain(`Sitemap: ${site.origin}${site.base}sitemap.xml`);
  });

  it.each([
    ['feed.xml', 'en', /^\/explainers\/[^/]+\/$/],
    ['es/feed.xml', 'es', /^\/es\/explainers\/[^/]+\/$/],
  ] as const)('publishes %s: an Atom feed in its language with one entry per explainer of that edition, newest change first', (file, language, explainerRoute) => {
    const $ = load(read(file), { xml: true });
    expect($('feed').attr('xml:lang')).toBe(language);
    expect($('feed > title').text()).toBe(t(language).site.title);
    const explainers = site.pages.filter((p) => explainerRoute.test(p.route));
    const entries = $('entry');
    expect(entries.length).toBe(explainers.length);
    const updated = entries.map((_, el) => $(el).find('updated').text()).get();
    expect(updated).toEqual([...updated].sort().reverse());
    expect($('feed > updated').text()).toBe(updated[0]);
    const links = entries.map((_, el) => $(el).find('link').attr('href')).get();
    expect(links.sort()).toEqual(explainers.map((p) => p.$('link[rel="canonical"]').attr('href')).sort());
    const titles = entries.map((_, el) => $(el).find('title').text()).get();
    expect(titles.sort()).toEqual(explainers.map((p) => p.$('h1').first().text().trim()).sort());
    for (const content of entries.map((_, el) => $(el).find('content').text()).get()) expect(content).toMatch(new RegExp(`^${t(language).feed.updated} \\d{1,2} (de )?\\p{L}+ (de )?\\d{4}: `, 'u'));
  });

  it.each(site.pages.map((p) => [p.route, p] as const))('%s points to the feed of its own language', (_, page) => {
    const feed = page.$('link[rel="alternate"][type="application/atom+xml"]').attr('href');
    expect(feed).toBe(`${site.base}${page.route.startsWith('/es/') ? 'es/' : ''}feed.xml`);
  });
});

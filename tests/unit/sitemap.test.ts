import { describe, expect, it } from 'vitest';
import { pageFacts, sitemapXml } from '../../src/lib/sitemap';

const page = (head: string, body = '') => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('pageFacts', () => {
  it('reads the canonical URL and the JSON-LD dateModified', () => {
    const html = page('<link rel="canonical" href="https://x.org/a/?b=1&amp;c=2"><script type="application/ld+json">{"dateModified":"2026-01-02"}</script>');
    expect(pageFacts(html)).toEqual({ canonical: 'https://x.org/a/?b=1&c=2', noindex: false, modified: '2026-01-02' });
  });

  it('reads the JSON-LD dateModified at the end of <body>, where BaseLayout writes it', () => {
    const html = page('<link rel="canonical" href="https://x.org/a/">', '<main></main><script type="application/ld+json">{"dateModified":"2026-03-04"}</script>');
    expect(pageFacts(html).modified).toBe('2026-03-04');
  });

  it('sees a noindex robots tag', () => {
    expect(pageFacts(page('<meta name="robots" content="noindex">')).noindex).toBe(true);
  });

  it('ignores a canonical-looking link in the body', () => {
    expect(pageFacts(page('', '<link rel="canonical" href="https://x.org/wrong/">')).canonical).toBeUndefined();
  });
});

describe('sitemapXml', () => {
  it('lists URLs sorted, escaped, with lastmod only when known', () => {
    expect(sitemapXml([{ loc: 'https://x.org/b/' }, { loc: 'https://x.org/a/?q=1&r=2', lastmod: '2026-01-02' }])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://x.org/a/?q=1&amp;r=2</loc><lastmod>2026-01-02</lastmod></url>',
        '  <url><loc>https://x.org/b/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});

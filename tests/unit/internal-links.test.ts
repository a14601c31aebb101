import { describe, expect, it } from 'vitest';
import { contentFileFor, readLinks } from '../../src/integrations/link-check';
import { brokenInternalLinks, fileForPath, linkProblems, routeForFile, type PageLinks } from '../../src/lib/internal-links';

const files = new Set(['/index.html', '/sources/index.html', '/explainers/migration/index.html', '/briefs/migration-letter.pdf', '/404.html', '/_astro/site.css']);
const site = { files, base: '/', origin: 'https://example.org' };
const page = (route: string, references: string[], anchors: string[] = []): PageLinks => ({ route, references, anchors: new Set(anchors) });

describe('internal links', () => {
  it('maps site paths to built files and back', () => {
    expect(fileForPath(files, '/sources/')).toBe('/sources/index.html');
    expect(fileForPath(files, '/sources')).toBe('/sources/index.html');
    expect(fileForPath(files, '/404')).toBe('/404.html');
    expect(fileForPath(files, '/nope/')).toBeUndefined();
    expect(routeForFile('/explainers/migration/index.html')).toBe('/explainers/migration/');
    expect(routeForFile('/404.html')).toBe('/404.html');
  });

  it('accepts pages, assets, PDFs, fragments that exist, external and mailto links', () => {
    const pages = [
      page('/', ['/sources/#src-a', '/briefs/migration-letter.pdf#page=2', '/_astro/site.css', '#top', 'https://elsewhere.org/x', 'mailto:a@b.org', 'https://example.org/']),
      page('/sources/', ['../explainers/migration/'], ['src-a']),
      page('/explainers/migration/', []),
    ];
    expect(brokenInternalLinks(site, pages)).toEqual([]);
  });

  it('reports a missing page with the nearest route, and a missing fragment with the nearest id', () => {
    const pages = [page('/', ['/sorces/', '/sources/#src-b', 'https://example.org/gone/']), page('/sources/', [], ['src-a'])];
    const broken = brokenInternalLinks(site, pages);
    expect(broken.map((b) => [b.reference, b.found])).toEqual([
      ['/sorces/', 'points at /sorces/, and the build has no page or file there'],
      ['/sources/#src-b', 'points at #src-b, and /sources/ has no element with that id'],
      ['https://example.org/gone/', 'points at /gone/, and the build has no page or file there'],
    ]);
    expect(broken[0].fix).toContain('did you mean "/sources/"?');
    expect(broken[1].fix).toContain('did you mean "src-a"?');
  });

  it('suggests, for a fragment nothing is near, the ids it is a whole word of, or else says how a heading\'s id is made', () => {
    const anchors = ['trade-and-development-aid', 'formal-crossings', 'aid-and-trade', 'sources-heading'];
    const fixFor = (reference: string) => brokenInternalLinks(site, [page('/', [reference]), page('/sources/', [], anchors)])[0].fix;
    expect(fixFor('/sources/#trade')).toBe('link to an id that exists on /sources/ (did you mean "trade-and-development-aid" or "aid-and-trade"?), or drop the #fragment');
    expect(fixFor('/sources/#crossing')).toContain('(a heading\'s id is its words in lower case joined by hyphens: "## Formal crossings" is #formal-crossings)');
    expect(fixFor('/sources/#formal-crosings')).toContain('(did you mean "formal-crossings"?)');
  });

  it('checks links under a base path and refuses ones that leave it', () => {
    const based = { ...site, base: '/mg/' };
    expect(brokenInternalLinks(based, [page('/', ['/mg/sources/', 'sources/'])])).toEqual([]);
    expect(brokenInternalLinks(based, [page('/', ['/sources/'])])[0].found).toContain("outside the site's base /mg/");
  });

  it('names the content file once for the same mistake on an explainer and its brief', () => {
    const broken = brokenInternalLinks(site, [page('/explainers/x/', ['/nope/']), page('/briefs/x/', ['/nope/']), page('/sources/', ['/nope/'])]);
    const problems = linkProblems(broken, (route) => (/\/x\/$/.test(route) ? 'content/explainers/x.mdx' : undefined));
    expect(problems.map((p) => p.file)).toEqual(['content/explainers/x.mdx (page /explainers/x/)', 'page /sources/ (made by a route in src/pages/)']);
    expect(problems[0]).toMatchObject({ field: 'link', found: '"/nope/" points at /nope/, and the build has no page or file there' });
  });

  it('reports a link once when the printed endnotes repeat it as a full address', () => {
    const broken = brokenInternalLinks(site, [page('/explainers/x/', ['/explainers/y/#gone', `${site.origin}/explainers/y/#gone`]), page('/explainers/y/', [])]);
    expect(broken).toHaveLength(2);
    const problems = linkProblems(broken, () => 'content/explainers/x.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0].found).toMatch(/^"\/explainers\/y\/#gone" points at /);
  });
});

describe('reading a built page', () => {
  it('collects references from links, assets, srcset, SVG use and sharing metas, and every id', () => {
    const html = `<html><head><link rel="stylesheet" href="/a.css"><meta property="og:url" content="https://example.org/x/"></head>
      <body><a href="/b/">b</a><a name="old"></a><img src="/c.png" srcset="/c1.png 1x, /c2.png 2x" alt="">
      <svg><use href="#icon"></use></svg><h2 id="part&amp;one">x</h2><script src="/d.js"></script></body></html>`;
    const links = readLinks('/x/', html);
    expect(links.references).toEqual(['/a.css', 'https://example.org/x/', '/b/', '/c.png', '/c1.png', '/c2.png', '#icon', '/d.js']);
    expect([...links.anchors]).toEqual(['old', 'part&one']);
  });

  it('maps explainer and brief routes to their MDX file, in either language', () => {
    const root = new URL('../..', import.meta.url).pathname;
    expect(contentFileFor(root, '/explainers/migration/')).toBe('content/explainers/migration.mdx');
    expect(contentFileFor(root, '/es/briefs/migration/')).toBe('content/es/explainers/migration.mdx');
    expect(contentFileFor(root, '/article/')).toBe('content/article/article.md');
    expect(contentFileFor(root, '/sources/')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { bodyLinkProblems } from '../../src/lib/body-links';

const found = (body: string, locale: 'en' | 'es' = 'en') => bodyLinkProblems('content/explainers/x.mdx', body, locale).map((p) => [p.found, p.fix]);

describe('links in a page body', () => {
  it('pass site paths, fragments, external addresses and mail', () => {
    expect(found('[a](/explainers/the-border/) [b](#sources) [c](https://example.org/) [d](mailto:x@example.org) [e](/explainers/the-border/#the-1882-treaty "title")')).toEqual([]);
    expect(found('[a](/es/explainers/the-border/) [b](#x)', 'es')).toEqual([]);
  });

  it('find a relative link, with the site path to write', () => {
    expect(found('See [the border](the-border/).')).toEqual([["a relative link, the-border/ (line 1), which a browser reads from this page's own address", 'write the site path, from its first /: /explainers/the-border/ for an explainer']]);
    expect(found('Ver [la frontera](../the-border/).', 'es')[0][1]).toBe('write the site path, from its first /: /es/explainers/the-border/ for an explainer');
  });

  it('tell a relative image from a relative link, and pass one from public/images/ and link text with brackets', () => {
    expect(found('![The map](./map.png) ![The map](/images/map.png) [the [1882] treaty](/explainers/the-border/)')).toEqual([
      ['a relative image address, ./map.png (line 1)', 'put the file in public/images/ and write its site path, /images/name.png, as CONTRIBUTING.md shows (the build gives it the base path)'],
    ]);
  });

  it('find a raw <a> to a site path, which would miss the base path', () => {
    expect(found('<a href="/explainers/the-border/">the border</a> <a href="https://example.org/">ok</a>')).toEqual([
      ['a raw <a href="/explainers/the-border/"> (line 1), which the build does not give the base path: it would break on a site deployed under one', 'write it as a Markdown link, [the words](/explainers/the-border/)'],
    ]);
  });

  it('find a raw <img> with a site path, which would miss the base path too, and a relative one', () => {
    expect(found('<img src="/images/map.png" alt="A map" /> <img src="https://example.org/x.png" alt="x" /> <img alt="y" src=\'map.png\' />')).toEqual([
      ['a raw <img src="/images/map.png"> (line 1), which the build does not give the base path: it would break on a site deployed under one', 'write it as <Figure src="/images/map.png" alt="…" width={…} height={…} caption="…" cite="…" /> or a Markdown image, ![the alt text](/images/map.png), as CONTRIBUTING.md shows'],
      ['a relative image address, map.png (line 1)', 'put the file in public/images/ and write its site path, /images/name.png, as CONTRIBUTING.md shows (the build gives it the base path)'],
    ]);
  });

  it('name each link\'s line in the file, in the order written, Markdown and tags alike', () => {
    const body = 'Intro.\n\n<a href="/explainers/the-border/">the border</a>\n\nSee [migration](migration/).';
    expect(bodyLinkProblems('content/explainers/x.mdx', body, 'en', () => 30).map((p) => p.found)).toEqual([
      'a raw <a href="/explainers/the-border/"> (line 32), which the build does not give the base path: it would break on a site deployed under one',
      "a relative link, migration/ (line 34), which a browser reads from this page's own address",
    ]);
  });

  it('find a Spanish page linking to an English one', () => {
    expect(found('[la frontera](/explainers/the-border/) y [el artículo](/article/)', 'es')).toEqual([
      ['links to the English page /explainers/the-border/ (line 1)', 'link to the Spanish one, /es/explainers/the-border/'],
      ['links to the English page /article/ (line 1)', 'link to the Spanish one, /es/article/'],
    ]);
  });
});

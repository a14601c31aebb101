import { describe, expect, it } from 'vitest';
import { insecureLinks } from '../../src/lib/external-links';

describe('http links in an explainer body', () => {
  const found = (body: string) => insecureLinks('content/explainers/x.mdx', body).map((problem) => problem.found);

  it('are problems wherever MDX would make a link of them: Markdown links, autolinks, href and bare addresses', () => {
    expect(found('See [the report](http://example.org/a) and <http://example.org/b>, <a href="http://example.org/c">c</a>, or http://example.org/d.')).toEqual([
      'links to http://example.org/a (line 1), which is not https',
      'links to http://example.org/b (line 1), which is not https',
      'links to http://example.org/c (line 1), which is not https',
      'links to http://example.org/d (line 1), which is not https',
    ]);
  });

  it('name every line an address is on, counted in the file', () => {
    expect(insecureLinks('content/explainers/x.mdx', 'One http://example.org/a.\n\nTwo [a](http://example.org/a) and [http://example.org/a](http://example.org/a).', () => 40).map((problem) => problem.found)).toEqual(['links to http://example.org/a (lines 40, 42), which is not https']);
  });

  it('name the file and the https address to try, once per address', () => {
    const problems = insecureLinks('content/explainers/x.mdx', '[a](http://example.org/a) [again](http://example.org/a)');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/explainers/x.mdx', field: 'link' });
    expect(problems[0].fix).toMatch(/^link to https:\/\/example\.org\/a if the page is there; a page published only at http belongs in content\/sources\/sources\.yaml/);
  });

  it('leave https links alone', () => {
    expect(found('[a](https://example.org/a) https://example.org/b')).toEqual([]);
  });
});

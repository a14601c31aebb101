import { describe, expect, it } from 'vitest';
import { addLinkEndnotes, endnoteMarker } from '../../src/lib/link-endnotes';

const pageUrl = 'https://site.example/explainers/the-border/';
const mark = (letter: string) => `<sup class="link-endnote-mark" aria-hidden="true">${letter}</sup>`;

describe('link endnote letters', () => {
  it('run a…z, then aa, ab…', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(endnoteMarker)).toEqual(['a', 'b', 'z', 'aa', 'ab', 'az', 'ba']);
  });
});

describe('addLinkEndnotes', () => {
  it('marks a link to another page and lists its absolute address', () => {
    const { html, notes } = addLinkEndnotes('<p>See <a href="/explainers/migration/">migration</a>.</p>', { pageUrl });
    expect(html).toBe(`<p>See <a href="/explainers/migration/">migration</a>${mark('a')}.</p>`);
    expect(notes).toEqual([{ marker: 'a', href: 'https://site.example/explainers/migration/', text: 'migration' }]);
  });

  it('marks external links and keeps their query strings, decoded', () => {
    const { notes } = addLinkEndnotes('<a class="x" href="https://other.example/a?b=1&amp;c=2">The <em>report</em></a>', { pageUrl });
    expect(notes).toEqual([{ marker: 'a', href: 'https://other.example/a?b=1&c=2', text: 'The report' }]);
  });

  it('leaves in-page anchors, citations and links to this page alone', () => {
    const input = '<a href="#source-1">1</a> <a href="#top">top</a> <a href="/explainers/the-border/#crossings">crossings</a>';
    expect(addLinkEndnotes(input, { pageUrl })).toEqual({ html: input, notes: [] });
  });

  it('leaves glossary terms, opted-out links and non-web links alone', () => {
    const input = [
      '<a href="/explainers/glossary/#term-ganseg" class="term" title="x">GANSEG</a>',
      '<a href="https://x.example/" data-endnote="off">x</a>',
      '<a href="mailto:a@b.example">mail</a>',
      '<a name="old">anchor</a>',
    ].join(' ');
    expect(addLinkEndnotes(input, { pageUrl }).notes).toEqual([]);
  });

  it('gives a target linked twice the same letter', () => {
    const { html, notes } = addLinkEndnotes('<a href="/a/">A</a> <a href="/b/">B</a> <a href="https://site.example/a/">A again</a>', { pageUrl });
    expect(notes.map((n) => n.marker)).toEqual(['a', 'b']);
    expect(html.match(/>a<\/sup>/g)).toHaveLength(2);
  });

  it('does not touch <abbr>, <area> or markup inside scripts and styles', () => {
    const input = '<abbr title="x">X</abbr><script>const s = "<a href=\'/x/\'>x</a>";</script><style>a[href="/y/"]{}</style>';
    expect(addLinkEndnotes(input, { pageUrl })).toEqual({ html: input, notes: [] });
  });

  it('uses the marker class it is given', () => {
    const { html } = addLinkEndnotes('<a href="/a/">A</a>', { pageUrl, markerClass: 'hidden print:inline' });
    expect(html).toContain('<sup class="hidden print:inline" aria-hidden="true">a</sup>');
  });
});

describe('character references in the listed links', () => {
  it('are decoded, named ones included, in the text and the address', () => {
    const { notes } = addLinkEndnotes('<a href="https://other.example/?q=Ar&eacute;valo&amp;x=1">Ar&eacute;valo &amp; co &#8212; &quot;PNC&quot;</a>', { pageUrl });
    expect(notes).toEqual([{ marker: 'a', href: 'https://other.example/?q=Ar%C3%A9valo&x=1', text: 'Arévalo & co — "PNC"' }]);
  });
});

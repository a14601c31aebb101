import { describe, expect, it } from 'vitest';
import { briefSourceOrder, packSourceOrder } from '../../src/lib/brief';
import { printDateLabel, printStrings, shortUrl, urlLineBreaks } from '../../src/lib/print';

const brief = {
  bottomLine: { cite: ['b'] },
  takeaways: [{ cite: ['a', 'b'] }, { cite: ['c'] }],
  background: [{ cite: ['d'] }],
  watch: [{ cite: ['a'] }, {}],
};

describe('brief notes', () => {
  it('are numbered in reading order: bottom line, key points, background, what to watch', () => {
    const { order, counts } = briefSourceOrder(brief);
    expect(order).toEqual(['b', 'a', 'c', 'd']);
    expect(Object.fromEntries(counts)).toEqual({ b: 2, a: 2, c: 1, d: 1 });
  });

  it('skip watch items that are analysis without a source', () => {
    expect(briefSourceOrder({ ...brief, watch: [{}] }).order).toEqual(['b', 'a', 'c', 'd']);
  });

  it('run through the whole pack once: briefs in turn, then the timeline', () => {
    const second = { bottomLine: { cite: ['e'] }, takeaways: [{ cite: ['a'] }], background: [{ cite: ['f'] }], watch: [] };
    const { order, counts } = packSourceOrder([brief, second], [{ cite: ['g', 'a'] }]);
    expect(order).toEqual(['b', 'a', 'c', 'd', 'e', 'f', 'g']);
    expect(counts.get('a')).toBe(4);
  });
});

describe('print provenance', () => {
  it('prints the address without its scheme', () => {
    expect(shortUrl('https://site.example/explainers/the-border/')).toBe('site.example/explainers/the-border/');
    expect(shortUrl('http://127.0.0.1:4321/a/?q=1')).toBe('127.0.0.1:4321/a/?q=1');
    // Line breaks fall after a slash, never inside a folder name.
    expect(urlLineBreaks('site.example/explainers/la-mesilla-incident/')).toEqual(['site.example/', 'explainers/', 'la-mesilla-incident/']);
    expect(urlLineBreaks('site.example/a/?q=1')).toEqual(['site.example/', 'a/', '?q=1']);
    expect(urlLineBreaks('site.example')).toEqual(['site.example']);
  });

  it('dates a page by its content, else by the build', () => {
    const built = new Date('2026-12-01T10:00:00Z');
    expect(printDateLabel(new Date('2026-11-27T00:00:00Z'), built)).toBe('Updated 27 November 2026');
    expect(printDateLabel(undefined, built)).toBe('Site built 1 December 2026');
  });

  it('speaks the page\'s language, English for any other', () => {
    const updated = new Date('2026-11-27T00:00:00Z');
    expect(printDateLabel(updated, updated, 'es')).toBe('Última actualización: 27 de noviembre de 2026');
    expect(printStrings('es').citeAs).toBe('Cómo citar:');
    expect(printStrings('fr')).toEqual(printStrings('en'));
  });
});

import { describe, expect, it } from 'vitest';
import { editDistance, nearestName, nearestNames, orList, suggest } from '../../src/lib/edit-distance';

describe('edit distance', () => {
  it('counts the letters to add, remove or change', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('"did you mean", one rule for every message', () => {
  const sources = ['ap-2025-06-09', 'noroeste-2025-06', 'mdp-2026-01-24'];

  it('names the nearest known name within three edits', () => {
    expect(nearestName('noroeste-2025-6', sources)).toBe('noroeste-2025-06');
    expect(nearestName('Callot', ['Callout', 'Cite', 'Term'])).toBe('Callout');
    expect(nearestName('sumary', ['title', 'summary', 'order'])).toBe('summary');
  });

  it('ignores letter case, and allows a quarter of a long name', () => {
    expect(nearestName('Summary', ['title', 'summary'])).toBe('summary');
    expect(nearestName('/explainers/la-mesila-incidnt-pge/', ['/explainers/la-mesilla-incident/', '/explainers/the-border/'])).toBe('/explainers/la-mesilla-incident/');
  });

  it('offers nothing when no name is close', () => {
    expect(nearestName('author', ['title', 'summary', 'order', 'topics'])).toBeUndefined();
    expect(suggest('zzzzzzzz', new Set(sources))).toBe('');
    // Near in edits, but with one letter in common: a short glossary id is not another.
    expect(nearestName('tlc', ['pnc', 'sre', 'inm'])).toBeUndefined();
    expect(nearestName('pnx', ['pnc', 'sre', 'inm'])).toBe('pnc');
    expect(nearestName('sumry', ['title', 'summary'])).toBe('summary');
  });

  it('words the suggestion for a message', () => {
    expect(suggest('mdp-2026-01-42', sources)).toBe(' (did you mean "mdp-2026-01-24"?)');
  });

  it('offers every name tied for nearest, up to three, rather than picking one', () => {
    const razon = ['razon-2025-06-09', 'razon-2025-08-08', 'razon-2025-08-16', 'razon-2025-08-14'];
    expect(nearestNames('razon-2025-08-61', razon)).toEqual(['razon-2025-08-08', 'razon-2025-08-16', 'razon-2025-08-14']);
    expect(suggest('razon-2025-08-61', razon.slice(0, 3))).toBe(' (did you mean "razon-2025-08-08" or "razon-2025-08-16"?)');
    expect(suggest('razon-2025-08-61', razon)).toBe(' (did you mean "razon-2025-08-08", "razon-2025-08-16" or "razon-2025-08-14"?)');
    expect(nearestNames('abc', ['abd', 'abe', 'abf', 'abg'])).toEqual(['abd', 'abe', 'abf']);
    expect([orList([]), orList(['a']), orList(['a', 'b']), orList(['a', 'b', 'c'])]).toEqual(['', 'a', 'a or b', 'a, b or c']);
  });
});

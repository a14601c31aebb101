import { describe, expect, it } from 'vitest';
import { escapeRegExp, splitAtWords } from '../../src/lib/whole-words';

describe('whole words', () => {
  it('escapes every character a regular expression gives a meaning to', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
  });

  it('finds whole words only, longest first, accents and combining marks counted as letters', () => {
    expect(splitAtWords('Plan Mercurio, Mercurios and Plan Cinturón de Fuego', ['Plan', 'Mercurio', 'Plan Cinturón de Fuego'])).toEqual([
      { text: 'Plan', found: true },
      { text: ' ', found: false },
      { text: 'Mercurio', found: true },
      { text: ', Mercurios and ', found: false },
      { text: 'Plan Cinturón de Fuego', found: true },
    ]);
    // "Arévalo" written with a combining accent: "Are" is not a word of it.
    expect(splitAtWords('Are\u0301valo', ['Are'])).toEqual([{ text: 'Are\u0301valo', found: false }]);
    expect(splitAtWords('', ['x'])).toEqual([]);
    expect(splitAtWords('no words', [])).toEqual([{ text: 'no words', found: false }]);
  });
});

import { describe, expect, it } from 'vitest';
import { joinWords, spanishAnd, spanishOr } from '../../src/lib/word-list';
import { SEARCH_CLIENT_STRINGS } from '../../src/i18n/ui';

describe('lists in running text', () => {
  it('joins one, two and more items the way the site writes', () => {
    expect(joinWords([], 'or')).toBe('');
    expect(joinWords(['a'], 'or')).toBe('a');
    expect(joinWords(['a', 'b'], 'or')).toBe('a or b');
    expect(joinWords(['a', 'b', 'c'], 'and')).toBe('a, b and c');
  });

  it('writes Spanish "e" and "u" before the sounds "y" and "o" would run into', () => {
    expect(joinWords(['Chiapas', 'Izabal'], spanishAnd)).toBe('Chiapas e Izabal');
    expect(joinWords(['“Chiapas”', '“Huehuetenango”'], spanishAnd)).toBe('“Chiapas” y “Huehuetenango”');
    expect(joinWords(['“pandillas”', '“Iglesia”'], spanishAnd)).toBe('“pandillas” e “Iglesia”');
    expect(spanishAnd('hijos')).toBe('e');
    expect(spanishAnd('hielo')).toBe('y');
    expect(spanishAnd('yodo')).toBe('y');
    expect(spanishOr('ocho')).toBe('u');
    expect(spanishOr('Honduras')).toBe('u');
    expect(spanishOr('México')).toBe('o');
  });
});

describe('search status words', () => {
  it('names the words that matched nothing as alternatives, in each language', () => {
    expect(SEARCH_CLIENT_STRINGS.en.noExactMatch(['“state”', '“siege”'])).toBe('No exact match for “state” or “siege”. ');
    expect(SEARCH_CLIENT_STRINGS.es.noExactMatch(['“state”', '“siege”'])).toBe('No hay coincidencias exactas para “state” ni “siege”. ');
    expect(SEARCH_CLIENT_STRINGS.es.noExactMatch(['“hurricane”'])).toBe('No hay coincidencias exactas para “hurricane”. ');
  });

  it('names the words that were found together', () => {
    expect(SEARCH_CLIENT_STRINGS.en.allOf(['“Belize”', '“Mexico”'])).toBe('“Belize” and “Mexico”');
    expect(SEARCH_CLIENT_STRINGS.es.allOf(['“Belice”', '“Izabal”'])).toBe('“Belice” e “Izabal”');
  });
});

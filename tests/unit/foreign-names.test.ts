import { describe, expect, it } from 'vitest';
import { OTHER_SPANISH_NAMES, foreignNames, markNames } from '../../src/lib/foreign-names';

const terms = [
  { term: 'Cinturón de Fuego', lang: 'es' },
  { term: 'GANSEG', expansion: 'Grupo de Alto Nivel de Seguridad', lang: 'es' },
  { term: 'CCyG', expansion: 'Cártel Chiapas-Guatemala', lang: 'es' },
  { term: 'brecha', lang: 'es' },
  { term: 'coincident operations', lang: 'en' },
];

describe('foreignNames', () => {
  it('takes the terms and expansions in another language than the page, and the other Spanish names, but no acronym', () => {
    const english = foreignNames(terms, 'en');
    expect(english.map((name) => name.text)).toEqual(['Cinturón de Fuego', 'Grupo de Alto Nivel de Seguridad', 'Cártel Chiapas-Guatemala', 'brecha', ...OTHER_SPANISH_NAMES]);
    expect(english.every((name) => name.lang === 'es')).toBe(true);
    expect(foreignNames(terms, 'es')).toEqual([{ text: 'coincident operations', lang: 'en', name: false }]);
  });

  it('tells a proper name (upright) from a word (italics) by its capital', () => {
    const names = foreignNames(terms, 'en');
    expect(names.find((name) => name.text === 'Cinturón de Fuego')?.name).toBe(true);
    expect(names.find((name) => name.text === 'brecha')?.name).toBe(false);
  });
});

describe('markNames', () => {
  const names = foreignNames([...terms, { term: 'Plan Mercurio', lang: 'es' }, { term: 'Plan', lang: 'es' }], 'en');
  const es = (text: string) => ({ text, lang: 'es', name: true });

  it('splits out each name, as a whole phrase', () => {
    expect(markNames('Guatemala launched Plan Mercurio and Cinturón de Fuego in 2025.', names)).toEqual([
      'Guatemala launched ',
      es('Plan Mercurio'),
      ' and ',
      es('Cinturón de Fuego'),
      ' in 2025.',
    ]);
  });

  it('takes the longer of two names that start at the same place, and a name with regex characters as written', () => {
    expect(markNames('Plan Mercurio', names)).toEqual([es('Plan Mercurio')]);
    expect(markNames('the Cártel Chiapas-Guatemala (CCyG)', names)).toEqual(['the ', es('Cártel Chiapas-Guatemala'), ' (CCyG)']);
  });

  it('leaves a longer word that only contains a name, a name with a combining accent after it, and text without names, as they are', () => {
    expect(markNames('Plan Mercuriosa', names)).toEqual([es('Plan'), ' Mercuriosa']);
    expect(markNames('Cinturón de Fuego\u0301', names)).toEqual(['Cinturón de Fuego\u0301']);
    expect(markNames('No names here.', names)).toEqual(['No names here.']);
    expect(markNames('Text', [])).toEqual(['Text']);
  });

  it('marks the names the glossary does not hold', () => {
    expect(markNames("Chiapas's Secretaría de Seguridad del Pueblo", foreignNames([], 'en'))).toEqual(["Chiapas's ", es('Secretaría de Seguridad del Pueblo')]);
  });
});

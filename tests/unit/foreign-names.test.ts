import { describe, expect, it } from 'vitest';
import { foreignNames, markNames } from '../../src/lib/foreign-names';

const terms = [
  { term: 'Cinturón de Fuego', lang: 'es' },
  { term: 'GANSEG', expansion: 'Grupo de Alto Nivel de Seguridad', lang: 'es' },
  { term: 'Plan Mercurio', lang: 'es' },
  { term: 'coincident operations', lang: 'en' },
];

describe('foreignNames', () => {
  it('takes the terms and expansions in another language than the page, but not acronyms, longest first', () => {
    expect(foreignNames(terms, 'en')).toEqual([
      { text: 'Grupo de Alto Nivel de Seguridad', lang: 'es' },
      { text: 'Cinturón de Fuego', lang: 'es' },
      { text: 'Plan Mercurio', lang: 'es' },
    ]);
    expect(foreignNames(terms, 'es')).toEqual([{ text: 'coincident operations', lang: 'en' }]);
  });
});

describe('markNames', () => {
  const names = foreignNames(terms, 'en');

  it('splits out each name, as a whole phrase', () => {
    expect(markNames('Guatemala launched Plan Mercurio and Cinturón de Fuego in 2025.', names)).toEqual([
      'Guatemala launched ',
      { text: 'Plan Mercurio', lang: 'es' },
      ' and ',
      { text: 'Cinturón de Fuego', lang: 'es' },
      ' in 2025.',
    ]);
  });

  it('leaves a longer word that only contains a name, and text without names, as they are', () => {
    expect(markNames('Plan Mercuriosa', names)).toEqual(['Plan Mercuriosa']);
    expect(markNames('No names here.', names)).toEqual(['No names here.']);
    expect(markNames('Text', [])).toEqual(['Text']);
  });
});

import { describe, expect, it } from 'vitest';
import { allowedEdits, buildWordList, foldWord, holdsWord, isListable, nearestIndexedWord, slipAmongListed, slipNearEnd, typingDistance } from '../../src/lib/search-words';

describe('the index word list', () => {
  it('lists each word once, most used first, in the spelling used most, leaving out short words and figures', () => {
    const list = buildWordList(['Guatemala and México: the border of Guatemala.', 'guatemala, Mexico, México, 2025, G7s, Petén', 'Petén']);
    expect(list).toEqual(['Guatemala', 'México', 'Petén', 'border']);
  });

  it('orders words used as often alphabetically, so two builds write the same file', () => {
    expect(buildWordList(['zeta alfa mike'])).toEqual(['alfa', 'mike', 'zeta']);
    expect(buildWordList(['mike zeta alfa'])).toEqual(['alfa', 'mike', 'zeta']);
  });

  it('compares words without case or accents', () => {
    expect(foldWord('Arévalo')).toBe('arevalo');
    expect(foldWord('MIGRACIÓN')).toBe('migracion');
  });
});

describe('typing distance', () => {
  it('counts a letter added, dropped or changed as one edit, and two neighbours swapped as one', () => {
    expect(typingDistance('mexcio', 'mexico')).toBe(1);
    expect(typingDistance('guatamala', 'guatemala')).toBe(1);
    expect(typingDistance('ebrad', 'ebrard')).toBe(1);
    expect(typingDistance('polise', 'police')).toBe(1);
    expect(typingDistance('kitten', 'sitting')).toBe(3);
    expect(typingDistance('same', 'same')).toBe(0);
  });

  it('allows one edit up to seven letters and two from eight', () => {
    expect([4, 7, 8, 9].map(allowedEdits)).toEqual([1, 1, 2, 2]);
  });
});

describe('the nearest indexed word', () => {
  const words = ['Guatemala', 'Mexico', 'police', 'border', 'Ebrard', 'Arévalo', 'poise', 'Petén'];

  it('finds the word a typo early in it meant, in the index spelling', () => {
    expect(nearestIndexedWord('Guatamala', words)).toBe('Guatemala');
    expect(nearestIndexedWord('Gautemala', words)).toBe('Guatemala');
    expect(nearestIndexedWord('Mexcio', words)).toBe('Mexico');
    expect(nearestIndexedWord('Arevlao', words)).toBe('Arévalo');
    expect(nearestIndexedWord('Ebrad', words)).toBe('Ebrard');
    // Two edits in nine letters.
    expect(nearestIndexedWord('Shxinbaun', ['Sheinbaum'])).toBe('Sheinbaum');
  });

  it('prefers the word used most when two are as near ("polise" is one edit from "police" and from "poise")', () => {
    expect(nearestIndexedWord('polise', words)).toBe('police');
    expect(nearestIndexedWord('polise', ['poise', 'police'])).toBe('poise');
  });

  it('offers nothing for a word the index holds, with or without its accent: the other words are what find nothing', () => {
    expect(nearestIndexedWord('Peten', words)).toBeUndefined();
    expect(nearestIndexedWord('BORDER', words)).toBeUndefined();
  });

  it('offers nothing for a short word, or one too far from every indexed word', () => {
    expect(nearestIndexedWord('pol', words)).toBeUndefined();
    expect(nearestIndexedWord('zzqxv', words)).toBeUndefined();
    // Two edits: too many below eight letters ("Mencho", a nickname no page has, is two from "mucho").
    expect(nearestIndexedWord('Mexoc', ['Mexico'])).toBeUndefined();
    expect(nearestIndexedWord('Mencho', ['mucho'])).toBeUndefined();
    expect(nearestIndexedWord('hurricane', words)).toBeUndefined();
  });

  it('offers only a word beginning with the letter typed', () => {
    expect(nearestIndexedWord('Nexico', ['Mexico'])).toBeUndefined();
    expect(nearestIndexedWord('Éxodo', ['exodos'])).toBe('exodos');
  });
});

describe('whether the word list holds a typed word', () => {
  it('ignores case and accents, and holds nothing it does not list', () => {
    expect(holdsWord(['Chiapas', 'policía'], 'CHIAPAS')).toBe(true);
    expect(holdsWord(['Chiapas', 'policía'], 'policia')).toBe(true);
    expect(holdsWord(['Chiapas', 'policía'], 'Chiapaz')).toBe(false);
    expect(holdsWord([], 'Chiapas')).toBe(false);
  });

  it('can vouch only for words of the kind it lists: four letters or more, no figures', () => {
    expect(isListable('país')).toBe(true);
    expect(isListable('ley')).toBe(false);
    expect(isListable('G20s')).toBe(false);
  });
});

describe('a typo near the end of a word, among the words the results marked for it', () => {
  it('is one slip from the word meant: a letter wrong, or two swapped, accents aside', () => {
    expect(slipNearEnd('Chiapaz', ['Chiapas', 'Chiapa'])).toBe('Chiapas');
    expect(slipNearEnd('polisia', ['Policías', 'policía', 'policial'])).toBe('policía');
    expect(slipNearEnd('seguridat', ['Seguridad'])).toBe('Seguridad');
    expect(slipNearEnd('fronterzio', ['frontera', 'fronterizo'])).toBe('fronterizo');
  });

  it('is not another form of the word, a word two slips away, or one that begins otherwise', () => {
    expect(slipNearEnd('cartels', ['Cartel'])).toBeUndefined();
    expect(slipNearEnd('shootings', ['shooting', 'shootout'])).toBeUndefined();
    expect(slipNearEnd('migrant', ['migrants'])).toBeUndefined();
    expect(slipNearEnd('cooperating', ['cooperation'])).toBeUndefined();
    expect(slipNearEnd('policies', ['policy', 'police'])).toBeUndefined();
    expect(slipNearEnd('Chiapaz', ['hiapas'])).toBeUndefined();
  });
});

describe('a typo near the end of a word, among the listed words, when the results marked none it is a slip from', () => {
  it('is a listed word one slip away sharing more of its start than the marked words', () => {
    expect(slipAmongListed('fronteriso', ['frontera'], ['frontera', 'fronterizos', 'fronterizo', 'fronteriza'])).toBe('fronterizo');
    expect(slipAmongListed('fronterisa', ['frontera'], ['frontera', 'fronterizo', 'fronteriza'])).toBe('fronteriza');
  });

  it('is none when a marked word shares as much, or no listed word is one slip away', () => {
    // "policies" would have marked "policy"/"policies": "police" shares no more of "policy".
    expect(slipAmongListed('policy', ['policies'], ['police', 'policies'])).toBeUndefined();
    expect(slipAmongListed('fronterisos', ['frontera'], ['frontera', 'fronterizo'])).toBeUndefined();
    expect(slipAmongListed('fronteriso', ['frontera'], [])).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { translateSources } from '../../src/lib/source-translations';

const FILE = 'content/es/sources/sources.yaml';
const english = [
  { id: 'with-date-note', publisher: 'EFE via Infobae', dateNote: 'from URL' },
  { id: 'with-notes', publisher: 'El Sol de México (opinion column)', dateNote: 'date in text', note: 'Opinion column.' },
  { id: 'plain', publisher: 'Prensa Libre' },
];

describe('translated source text', () => {
  it('lays each translation over its English text; a publisher without one keeps its English form', () => {
    const { texts, problems } = translateSources(english, [
      { id: 'with-date-note', publisher: 'EFE vía Infobae', dateNote: 'según la URL' },
      { id: 'with-notes', dateNote: 'fecha en el texto', note: 'Columna de opinión.' },
    ], FILE);
    expect(problems).toEqual([]);
    expect(texts.get('with-date-note')).toEqual({ publisher: 'EFE vía Infobae', dateNote: 'según la URL' });
    expect(texts.get('with-notes')).toEqual({ publisher: 'El Sol de México (opinion column)', dateNote: 'fecha en el texto', note: 'Columna de opinión.' });
    expect(texts.get('plain')).toEqual({ publisher: 'Prensa Libre' });
  });

  it('names a source whose note has no translation, and the field', () => {
    const { problems } = translateSources(english, [{ id: 'with-notes', dateNote: 'fecha en el texto' }], FILE);
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, field: 'with-date-note: dateNote', fix: 'add an entry with id: with-date-note and its dateNote translated' }),
      expect.objectContaining({ file: FILE, field: 'with-notes: note', found: 'no translation of the English note "Opinion column."', fix: 'add note to the entry with id: with-notes' }),
    ]);
  });

  it('refuses a translation of a note the English does not have, and an unknown id', () => {
    const { problems } = translateSources(english, [
      { id: 'with-date-note', dateNote: 'según la URL' },
      { id: 'with-notes', dateNote: 'fecha en el texto', note: 'Columna de opinión.' },
      { id: 'plain', note: 'Nota inventada.' },
      { id: 'no-such-source', publisher: 'Nadie' },
    ], FILE);
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['plain: note', 'a note the English source does not have'],
      ['id', 'an entry for "no-such-source", which is not in content/sources/sources.yaml'],
    ]);
  });

  it('translates a [description] title, and refuses one that is missing, unbracketed, or a translated headline', () => {
    const titled = [
      { id: 'described', publisher: 'Soy502', title: '[Sheinbaum says she will contact Arévalo]' },
      { id: 'headline', publisher: 'Prensa Libre', title: 'Estado de sitio en Guatemala' },
    ];
    const good = translateSources(titled, [{ id: 'described', title: '[Sheinbaum dice que se comunicará con Arévalo]' }], FILE);
    expect(good.problems).toEqual([]);
    expect(good.texts.get('described')?.title).toBe('[Sheinbaum dice que se comunicará con Arévalo]');
    expect(good.texts.get('headline')?.title).toBeUndefined();

    const bad = translateSources(titled, [{ id: 'headline', title: 'State of siege in Guatemala' }], FILE);
    expect(bad.problems.map((p) => [p.field, p.found, p.fix])).toEqual([
      ['described: title', 'no translation of the English description [Sheinbaum says she will contact Arévalo]', 'add an entry with id: described and its title translated, in square brackets'],
      ['headline: title', 'a translation of the headline "Estado de sitio en Guatemala"', 'remove it: a headline is shown as published; only a [description] in square brackets is translated'],
    ]);
    const unbracketed = translateSources(titled, [{ id: 'described', title: 'Sheinbaum dice que se comunicará' }], FILE);
    expect(unbracketed.problems.map((p) => p.found)).toEqual(['"Sheinbaum dice que se comunicará", not in square brackets']);
  });
});

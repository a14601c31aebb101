import { describe, expect, it } from 'vitest';
import { translateSourceNotes } from '../../src/lib/source-notes';

const FILE = 'content/es/sources/notes.yaml';
const english = [
  { id: 'with-date-note', dateNote: 'from URL' },
  { id: 'with-notes', dateNote: 'date in text', note: 'Opinion column.' },
  { id: 'plain' },
];

describe('translated source notes', () => {
  it('lays each translation over its English note, and leaves sources without notes empty', () => {
    const { notes, problems } = translateSourceNotes(english, [
      { id: 'with-date-note', dateNote: 'según la URL' },
      { id: 'with-notes', dateNote: 'fecha en el texto', note: 'Columna de opinión.' },
    ], FILE);
    expect(problems).toEqual([]);
    expect(notes.get('with-date-note')).toEqual({ dateNote: 'según la URL' });
    expect(notes.get('with-notes')).toEqual({ dateNote: 'fecha en el texto', note: 'Columna de opinión.' });
    expect(notes.get('plain')).toEqual({});
  });

  it('names a source whose note has no translation, and the field', () => {
    const { problems } = translateSourceNotes(english, [{ id: 'with-notes', dateNote: 'fecha en el texto' }], FILE);
    expect(problems).toEqual([
      expect.objectContaining({ file: FILE, field: 'with-date-note: dateNote', fix: 'add an entry with id: with-date-note and its dateNote translated' }),
      expect.objectContaining({ file: FILE, field: 'with-notes: note', found: 'no translation of the English note "Opinion column."', fix: 'add note to the entry with id: with-notes' }),
    ]);
  });

  it('refuses a translation of a note the English does not have, and an unknown id', () => {
    const { problems } = translateSourceNotes(english, [
      { id: 'with-date-note', dateNote: 'según la URL' },
      { id: 'with-notes', dateNote: 'fecha en el texto', note: 'Columna de opinión.' },
      { id: 'plain', note: 'Nota inventada.' },
      { id: 'no-such-source', dateNote: 'según la URL' },
    ], FILE);
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['plain: note', 'a note the English source does not have'],
      ['id', 'notes for "no-such-source", which is not in content/sources/sources.yaml'],
    ]);
  });
});

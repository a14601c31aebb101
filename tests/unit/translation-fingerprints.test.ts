import { describe, expect, it } from 'vitest';
import { entryLine, outdatedEntries, textFingerprint, translatedFields } from '../../src/lib/translation-fingerprints';

const english = { id: 'a', date: '2025-06-08', event: 'Police crossed the border.', dateNote: 'Reported on 9 June.', cite: 'x' };

describe('the fingerprint of the English text a Spanish entry translates', () => {
  it('is eight letters a YAML file reads as text, the same for the same text whatever the order of the fields', () => {
    const fingerprint = textFingerprint(english, ['event', 'dateNote']);
    expect(fingerprint).toMatch(/^[a-p]{8}$/);
    expect(textFingerprint({ ...english }, ['dateNote', 'event'])).toBe(fingerprint);
    expect(textFingerprint({ ...english, event: 'Police crossed the line.' }, ['event', 'dateNote'])).not.toBe(fingerprint);
    // Only the fields named: the date is taken from the English entry, never translated.
    expect(textFingerprint({ ...english, date: '2025-06-07' }, ['event', 'dateNote'])).toBe(fingerprint);
  });

  it('covers the fields the Spanish entry has, but its id and fingerprint', () => {
    expect(translatedFields({ id: 'a', translates: 'abcdefgh', event: 'x', places: ['y'] })).toEqual(['event', 'places']);
  });
});

describe('outdatedEntries', () => {
  it('names a Spanish entry without a fingerprint, or with another text\'s, and passes one brought up to date', () => {
    const current = textFingerprint(english, ['event']);
    expect(outdatedEntries([english], [{ id: 'a', event: 'La policía cruzó la frontera.', translates: current }])).toEqual([]);
    expect(outdatedEntries([english], [{ id: 'a', event: 'x' }])).toEqual([{ id: 'a', fields: ['event'], fingerprint: current, written: undefined }]);
    expect(outdatedEntries([english], [{ id: 'a', event: 'x', translates: 'abcdefgh' }])).toEqual([{ id: 'a', fields: ['event'], fingerprint: current, written: 'abcdefgh' }]);
    // Mistyped, or read by YAML as a number, it is outdated too, and the build gives the letters to write.
    expect(outdatedEntries([english], [{ id: 'a', event: 'x', translates: 12345678 }])).toEqual([{ id: 'a', fields: ['event'], fingerprint: current, written: '12345678' }]);
    // An entry with no English entry is named by its own check (unknownTranslationIds).
    expect(outdatedEntries([english], [{ id: 'b', event: 'x' }])).toEqual([]);
  });

  it('finds an entry\'s line by its id', () => {
    expect(entryLine('# a comment\n\n- id: a\n  event: x\n- id: "b"\n', 'b')).toBe(5);
    expect(entryLine('- id: a\n', 'c')).toBe(0);
  });
});

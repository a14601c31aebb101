import { describe, expect, it } from 'vitest';
import { outdatedEntries, outdatedTranslationWarnings, textFingerprint, TRANSLATED_FIELDS } from '../../src/lib/translation-fingerprints';

const english = { id: 'a', date: '2025-06-08', event: 'Police crossed the border.', dateNote: 'Reported on 9 June.', cite: 'x' };
const FIELDS = TRANSLATED_FIELDS.timeline;

describe('the fingerprint of the English text a Spanish entry translates', () => {
  it('is eight letters a YAML file reads as text, the same for the same text whatever the order of the fields', () => {
    const fingerprint = textFingerprint(english, ['event', 'dateNote']);
    expect(fingerprint).toMatch(/^[a-p]{8}$/);
    expect(textFingerprint({ ...english }, ['dateNote', 'event'])).toBe(fingerprint);
    expect(textFingerprint({ ...english, event: 'Police crossed the line.' }, ['event', 'dateNote'])).not.toBe(fingerprint);
    // Only the fields named: the date is taken from the English entry, never translated.
    expect(textFingerprint({ ...english, date: '2025-06-07' }, ['event', 'dateNote'])).toBe(fingerprint);
  });
});

describe('outdatedEntries', () => {
  const current = textFingerprint(english, FIELDS);

  it('names a Spanish entry without a fingerprint, or with another text\'s, and passes one brought up to date', () => {
    expect(outdatedEntries([english], [{ id: 'a', event: 'La policía cruzó la frontera.', translates: current }], FIELDS)).toEqual([]);
    const missing = { id: 'a', at: { spanish: 0, english: 0 }, fields: ['event', 'dateNote'], fingerprint: current, written: undefined };
    expect(outdatedEntries([english], [{ id: 'a', event: 'x' }], FIELDS)).toEqual([missing]);
    expect(outdatedEntries([english], [{ id: 'a', event: 'x', translates: 'abcdefgh' }], FIELDS)).toEqual([{ ...missing, written: 'abcdefgh' }]);
    // Mistyped, or read by YAML as a number, it is outdated too, and the build gives the letters to write.
    expect(outdatedEntries([english], [{ id: 'a', event: 'x', translates: 12345678 }], FIELDS)).toEqual([{ ...missing, written: '12345678' }]);
    // An entry with no English entry is named by its own check (unknownTranslationIds); one without an id, by the list's.
    expect(outdatedEntries([english], [{ id: 'b', event: 'x' }, { event: 'y' }, null], FIELDS)).toEqual([]);
  });

  it('covers every field the list translates, not only those the Spanish entry writes', () => {
    const spanish = [{ id: 'a', event: 'La policía cruzó la frontera.', translates: current }];
    // Places added in English: the Spanish event (no places of its own) shows them in English until translated.
    expect(outdatedEntries([{ ...english, places: ['Guatemala City'] }], spanish, FIELDS).map((entry) => entry.fields)).toEqual([['event', 'dateNote', 'places']]);
    // A field dropped from the Spanish entry does not silence it, nor blame the English.
    expect(outdatedEntries([english], [{ id: 'a', event: 'x', translates: current }], FIELDS)).toEqual([]);
  });

  it('places each entry by its position, whatever its first field or style', () => {
    const englishText = '- date: 2025-06-08\n  id: a\n  event: Police crossed the border.\n';
    const spanishText = '# Traducción\n\n- {event: "x", id: a}\n';
    const outdated = outdatedEntries([{ ...english, event: 'Police crossed the border.' }], [{ id: 'a', event: 'x' }], FIELDS);
    expect(outdatedTranslationWarnings(outdated, { file: 'content/es/timeline/events.yaml', text: spanishText, englishFile: 'content/timeline/events.yaml', englishText })).toEqual([
      `content/es/timeline/events.yaml, entry "a" (line 3) has no translates: line, which says which English text it translates (event, dateNote): check it against the English entry (content/timeline/events.yaml, line 1), then write translates: ${outdated[0].fingerprint} in it.`,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { translationIdProblems, unknownTranslationIds, untranslatedIds } from '../../src/lib/translation-ids';

const EN = 'content/timeline/events.yaml';
const ES = 'content/es/timeline/events.yaml';

describe('Spanish entries against the English ids', () => {
  it('names a Spanish id no English entry has, with the nearest, and an English id with no Spanish entry', () => {
    expect(unknownTranslationIds(['2025-06-08-la-mesila-shootout'], new Set(['2025-06-08-la-mesilla-shootout']), ES, EN)[0].fix).toBe(`correct the id to one in ${EN} (did you mean "2025-06-08-la-mesilla-shootout"?), or remove the entry`);
    expect(untranslatedIds(['a', 'b'], new Set(['a']), ES, 'term')).toEqual([{ file: ES, field: 'id', found: 'no Spanish definition for "b"', fix: 'add an entry with id: b and its definition in Spanish' }]);
  });

  it('reads one unknown id and one untranslated id as one entry renamed in English, in one problem with the id to write', () => {
    expect(translationIdProblems(['2025-06-10-mexico-apology', 'x'], ['2025-06-10-sre-apology', 'x'], ES, EN, 'event')).toEqual([
      {
        file: ES,
        field: 'id',
        found: `an entry for "2025-06-10-sre-apology", which is not in ${EN}, where "2025-06-10-mexico-apology" has no Spanish entry`,
        fix: 'if the entry for "2025-06-10-sre-apology" is that event (renamed in English, or mistyped), write id: 2025-06-10-mexico-apology on it; if not, add an entry with id: 2025-06-10-mexico-apology and its event text in Spanish, and remove the entry for "2025-06-10-sre-apology"',
      },
    ]);
  });

  it('names each on its own when they do not pair one to one', () => {
    expect(translationIdProblems(['a', 'b', 'c'], ['a', 'z'], ES, EN, 'event').map((problem) => problem.found)).toEqual([`an entry for "z", which is not in ${EN}`, 'no Spanish text for event "b"', 'no Spanish text for event "c"']);
    expect(translationIdProblems(['a'], ['a'], ES, EN, 'event')).toEqual([]);
  });
});

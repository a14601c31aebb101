/**
 * Translated entries (Spanish events, terms, source notes) are matched to the
 * English ones by id. An id that matches none (a typo, or an English entry
 * since removed) would leave its text unused without a word, so it is a
 * content problem naming the file, the id and the nearest English id.
 */
import { suggest } from './edit-distance';
import type { ContentProblem } from './errors';

/** A problem for each of `translatedIds` that is not in `englishIds` (the entries of `englishFile`). */
export function unknownTranslationIds(translatedIds: readonly string[], englishIds: ReadonlySet<string>, file: string, englishFile: string): ContentProblem[] {
  const known = new Set(englishIds);
  return translatedIds
    .filter((id) => !known.has(id))
    .map((id) => ({ file, field: 'id', found: `an entry for "${id}", which is not in ${englishFile}`, fix: `correct the id to one in ${englishFile}${suggest(id, known)}, or remove the entry` }));
}

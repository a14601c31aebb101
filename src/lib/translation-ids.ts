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

/** What a Spanish entry holds, to say what is missing: an event's text, or a term's definition. */
const TRANSLATED = {
  event: { found: (id: string) => `no Spanish text for event "${id}"`, fix: (id: string) => `add an entry with id: ${id} and its event text in Spanish` },
  term: { found: (id: string) => `no Spanish definition for "${id}"`, fix: (id: string) => `add an entry with id: ${id} and its definition in Spanish` },
} as const;

/** A problem for each of `englishIds` with no entry among `translatedIds` (the entries of `file`). */
export function untranslatedIds(englishIds: readonly string[], translatedIds: ReadonlySet<string>, file: string, kind: keyof typeof TRANSLATED): ContentProblem[] {
  return englishIds.filter((id) => !translatedIds.has(id)).map((id) => ({ file, field: 'id', found: TRANSLATED[kind].found(id), fix: TRANSLATED[kind].fix(id) }));
}

/**
 * The Spanish list's problems against the English ids: its unknown ids and the English ids it
 * lacks. One of each is most likely one entry renamed in English only, or mistyped: then a single
 * problem says so, with the id to write, where two would send the editor to add a new entry and
 * delete the old.
 */
export function translationIdProblems(englishIds: readonly string[], translatedIds: readonly string[], file: string, englishFile: string, kind: keyof typeof TRANSLATED): ContentProblem[] {
  const unknown = unknownTranslationIds(translatedIds, new Set(englishIds), file, englishFile);
  const missing = untranslatedIds(englishIds, new Set(translatedIds), file, kind);
  if (unknown.length !== 1 || missing.length !== 1) return [...unknown, ...missing];
  const [old] = translatedIds.filter((id) => !englishIds.includes(id));
  const [renamed] = englishIds.filter((id) => !translatedIds.includes(id));
  return [{ file, field: 'id', found: `an entry for "${old}", which is not in ${englishFile}, where "${renamed}" has no Spanish entry`, fix: `if the entry for "${old}" is that ${kind} (renamed in English, or mistyped), write id: ${renamed} on it; if not, ${TRANSLATED[kind].fix(renamed)}, and remove the entry for "${old}"` }];
}

/**
 * The reader-facing notes of the sources file (how a date was found, why there
 * is no URL, why a source is read with care) in another language, laid over
 * the English by source id. Every English note needs its translation, and a
 * translation needs an English note to translate: anything else is a content
 * problem naming the file, the source and the fix.
 */
import type { ContentProblem } from './errors';

export const NOTE_FIELDS = ['dateNote', 'urlNote', 'note'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];
export type SourceNotes = Partial<Record<NoteField, string>>;

/**
 * Notes by source id in the other language. `english` holds every source
 * (with or without notes); `translated` the entries of `file`.
 */
export function translateSourceNotes(
  english: ({ id: string } & SourceNotes)[],
  translated: ({ id: string } & SourceNotes)[],
  file: string,
): { notes: Map<string, SourceNotes>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const byId = new Map(translated.map((entry) => [entry.id, entry]));
  const known = new Set(english.map((source) => source.id));
  const notes = new Map<string, SourceNotes>();
  for (const source of english) {
    const translation = byId.get(source.id);
    const result: SourceNotes = {};
    for (const field of NOTE_FIELDS) {
      const original = source[field];
      const text = translation?.[field];
      if (original && text) result[field] = text;
      else if (original) {
        problems.push({ file, field: `${source.id}: ${field}`, found: `no translation of the English ${field} "${original}"`, fix: translation ? `add ${field} to the entry with id: ${source.id}` : `add an entry with id: ${source.id} and its ${field} translated` });
      } else if (text) {
        problems.push({ file, field: `${source.id}: ${field}`, found: `a ${field} the English source does not have`, fix: `remove it, or add the English ${field} to content/sources/sources.yaml` });
      }
    }
    notes.set(source.id, result);
  }
  for (const entry of translated) {
    if (!known.has(entry.id)) {
      problems.push({ file, field: 'id', found: `notes for "${entry.id}", which is not in content/sources/sources.yaml`, fix: 'correct the id to one in the sources file, or remove the entry' });
    }
  }
  return { notes, problems };
}

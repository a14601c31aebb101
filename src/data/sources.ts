/** The sources collection as a lookup table, and its notes in each language. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/ui';
import { assertNoProblems } from '../lib/errors';
import { translateSourceNotes, type SourceNotes } from '../lib/source-notes';

export type Source = CollectionEntry<'sources'>;

let cache: Promise<Map<string, Source>> | undefined;

/** Every source by id. Cached for the build. */
export function getSourceMap(): Promise<Map<string, Source>> {
  cache ??= getCollection('sources').then((all) => new Map(all.map((s) => [s.id, s])));
  return cache;
}

const notesCache = new Map<Locale, Promise<Map<string, SourceNotes>>>();

/**
 * The notes of every source (dateNote, urlNote, note) in `locale`, by id.
 * A missing Spanish note fails the build, naming the source and the field.
 */
export function getSourceNotes(locale: Locale): Promise<Map<string, SourceNotes>> {
  let notes = notesCache.get(locale);
  if (!notes) {
    notes = loadNotes(locale);
    notesCache.set(locale, notes);
  }
  return notes;
}

async function loadNotes(locale: Locale): Promise<Map<string, SourceNotes>> {
  const english = [...(await getSourceMap()).values()].map(({ id, data: { dateNote, urlNote, note } }) => ({ id, dateNote, urlNote, note }));
  if (locale === 'en') return new Map(english.map(({ id, ...notes }) => [id, notes]));
  const translated = (await getCollection('sourcesEs')).map((entry) => ({ ...entry.data, id: entry.id }));
  const { notes, problems } = translateSourceNotes(english, translated, 'content/es/sources/notes.yaml');
  assertNoProblems(problems);
  return notes;
}

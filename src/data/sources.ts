/** The sources collection as a lookup table, in each language. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/ui';
import { CONTENT_FILES } from '../lib/content-files';
import { assertNoProblems } from '../lib/errors';
import { latestPartialDate } from '../lib/dates';
import { translateSources } from '../lib/source-translations';
import { oncePerLocale } from './per-locale';

export type Source = CollectionEntry<'sources'>;

/**
 * Every source by id, with its publisher and notes in `locale` (the Spanish
 * ones from content/es/sources/sources.yaml). Loaded once per language in a
 * build, on every call in `astro dev` (oncePerLocale). A missing Spanish note
 * fails the build, naming the source and the field.
 */
export const getSourceMap: (locale: Locale) => Promise<Map<string, Source>> = oncePerLocale(load);

/** The date of the newest of these sources, or of every source, as precise as its source gives it (latestPartialDate). */
export async function newestSourceDate(ids?: Iterable<string>): Promise<string | undefined> {
  const sources = await getSourceMap('en');
  const chosen = ids ? [...ids].map((id) => sources.get(id)) : [...sources.values()];
  return latestPartialDate(chosen.flatMap((source) => (source ? [source.data.date] : [])));
}

async function load(locale: Locale): Promise<Map<string, Source>> {
  const english = await getCollection('sources');
  if (locale === 'en') return new Map(english.map((source) => [source.id, source]));
  const translated = (await getCollection('sourcesEs')).map((entry) => ({ ...entry.data, id: entry.id }));
  const { texts, problems } = translateSources(english.map((source) => ({ ...source.data, id: source.id })), translated, CONTENT_FILES.sourcesEs);
  assertNoProblems(problems);
  return new Map(english.map((source) => [source.id, { ...source, data: { ...source.data, ...texts.get(source.id)! } }]));
}

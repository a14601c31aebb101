/** The sources collection as a lookup table, in each language. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/ui';
import { CONTENT_FILES } from '../lib/content-files';
import { assertNoProblems } from '../lib/errors';
import { latestPartialDate } from '../lib/dates';
import { translateSources } from '../lib/source-translations';

export type Source = CollectionEntry<'sources'>;

const cache = new Map<Locale, Promise<Map<string, Source>>>();

/**
 * Every source by id, with its publisher and notes in `locale` (the Spanish
 * ones from content/es/sources/sources.yaml). Cached for the build. A missing
 * Spanish note fails the build, naming the source and the field.
 */
export function getSourceMap(locale: Locale): Promise<Map<string, Source>> {
  let sources = cache.get(locale);
  if (!sources) {
    sources = load(locale);
    cache.set(locale, sources);
  }
  return sources;
}

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

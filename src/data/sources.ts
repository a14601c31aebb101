/** The sources collection as a lookup table. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Source = CollectionEntry<'sources'>;

let cache: Promise<Map<string, Source>> | undefined;

/** Every source by id. Cached for the build. */
export function getSourceMap(): Promise<Map<string, Source>> {
  cache ??= getCollection('sources').then((all) => new Map(all.map((s) => [s.id, s])));
  return cache;
}

/** The sources collection as a lookup table. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Source = CollectionEntry<'sources'>;

let cache: Promise<Map<string, Source>> | undefined;

/** Every source by id. Cached for the build. */
export function getSourceMap(): Promise<Map<string, Source>> {
  cache ??= getCollection('sources').then((all) => new Map(all.map((s) => [s.id, s])));
  return cache;
}

/** Group labels for the /sources/ page, in display order. */
export const SOURCE_GROUPS = {
  'january-2026-offer': 'The central document and the January 2026 offer',
  'june-2025-incident': 'The June 2025 cross-border incident and its aftermath',
  'leaders-and-cooperation': "Leaders' contacts, the August 2025 summit and later cooperation",
  background: 'Background: geography, leaders, crime, displacement, migration, trade, frameworks, OEM',
} as const;

/** Language names for source entries. */
export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish', pt: 'Portuguese' };

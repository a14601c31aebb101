/** Timeline events in one language: the English data with the Spanish text laid over it by id. */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/ui';
import { CONTENT_FILES, CONTENT_LOCATIONS, contentPath, entryIds } from '../lib/content-files';
import { compareListed } from '../lib/dates';
import { assertNoProblems } from '../lib/errors';
import { unknownTranslationIds, untranslatedIds } from '../lib/translation-ids';
import { oncePerLocale } from './per-locale';

export interface TimelineEvent extends Omit<CollectionEntry<'timeline'>['data'], 'explainer'> {
  id: string;
  explainer?: string;
}

/**
 * Every event in timeline order (inTimelineOrder), with text in `locale`. A Spanish text missing for any event, or one
 * for an id no English event has, fails the build. Loaded once per language in a build (every
 * explainer counts them for its reading time).
 */
export const getTimelineEvents = oncePerLocale(loadTimelineEvents);

/**
 * Each event's place in the events file. Events of one date keep the order they are written in
 * there, which is the order they happened in ("went on to Calakmul" after Petén): the collection
 * hands them over in another order (by id), which a sort by date alone kept.
 */
function writtenOrder(): Map<string, number> {
  return new Map(entryIds(readFileSync(contentPath(CONTENT_LOCATIONS.timeline.file), 'utf8')).map((id, index) => [id, index]));
}

/**
 * Events oldest first, one known only to its month at the day it is listed at (`listedAt`) or
 * else after that month's days (compareListed), and those of one place as the events file lists
 * them. The timeline, the pack and the numbering of the timeline's sources all take this order.
 */
export function inTimelineOrder<T extends { id: string; data: { date: string; listedAt?: string } }>(events: T[]): T[] {
  const order = writtenOrder();
  return [...events].sort((a, b) => compareListed(a.data, b.data) || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

async function loadTimelineEvents(locale: Locale): Promise<TimelineEvent[]> {
  // A listedAt that does not fit its date has stopped the build before this (entryListProblems).
  const events = inTimelineOrder(await getCollection('timeline'));
  const base = events.map((e) => ({ ...e.data, id: e.id, explainer: e.data.explainer?.id }));
  if (locale === 'en') return base;
  const spanish = new Map((await getCollection('timelineEs')).map((e) => [e.id, e.data]));
  const file = CONTENT_FILES.timelineEs;
  const problems = [...unknownTranslationIds([...spanish.keys()], new Set(base.map((event) => event.id)), file, CONTENT_FILES.timeline), ...untranslatedIds(base.map((event) => event.id), new Set(spanish.keys()), file, 'event')];
  const localized = base.map((event) => {
    const text = spanish.get(event.id);
    if (!text) return event;
    if (text.places && text.places.length !== event.places.length) {
      problems.push({
        file,
        field: `${event.id}: places`,
        found: `${text.places.length} places (${text.places.join(', ')}), where the English event has ${event.places.length} (${event.places.join(', ')})`,
        fix: 'name the same places, in the same order, in Spanish; or remove places: to show the English names',
      });
    }
    return { ...event, event: text.event, dateNote: event.dateNote ? text.dateNote ?? event.dateNote : undefined, places: text.places ?? event.places };
  });
  assertNoProblems(problems);
  return localized;
}

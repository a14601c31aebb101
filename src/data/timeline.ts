/** Timeline events in one language: the English data with the Spanish text laid over it by id. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/ui';
import { CONTENT_FILES } from '../lib/content-files';
import { assertNoProblems } from '../lib/errors';
import { unknownTranslationIds } from '../lib/translation-ids';
import { oncePerLocale } from './per-locale';

export interface TimelineEvent extends Omit<CollectionEntry<'timeline'>['data'], 'explainer'> {
  id: string;
  explainer?: string;
}

/**
 * Every event, oldest first, with text in `locale`. A Spanish text missing for any event, or one
 * for an id no English event has, fails the build. Loaded once per language in a build (every
 * explainer counts them for its reading time).
 */
export const getTimelineEvents = oncePerLocale(loadTimelineEvents);

async function loadTimelineEvents(locale: Locale): Promise<TimelineEvent[]> {
  const events = (await getCollection('timeline')).sort((a, b) => a.data.date.localeCompare(b.data.date));
  const base = events.map((e) => ({ ...e.data, id: e.id, explainer: e.data.explainer?.id }));
  if (locale === 'en') return base;
  const spanish = new Map((await getCollection('timelineEs')).map((e) => [e.id, e.data]));
  const file = CONTENT_FILES.timelineEs;
  const problems = unknownTranslationIds([...spanish.keys()], new Set(base.map((event) => event.id)), file, CONTENT_FILES.timeline);
  const localized = base.map((event) => {
    const text = spanish.get(event.id);
    if (!text) {
      problems.push({ file, field: 'id', found: `no Spanish text for event "${event.id}"`, fix: `add an entry with id: ${event.id} and its event text in Spanish` });
      return event;
    }
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

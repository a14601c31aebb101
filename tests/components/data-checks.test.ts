/**
 * Checks the data loaders make before any page uses the data. The Spanish
 * events and terms are laid over the English by id: a Spanish entry whose id
 * no English entry has fails (a typo would otherwise drop its text without a
 * word), as does an English entry with no Spanish text. (References between
 * the files are checked before the build starts: tests/unit/source-uses,
 * slug-uses and term-uses.) `astro:content` serves a small fixture of each
 * collection here.
 */
import { describe, expect, it, vi } from 'vitest';
import { ContentError } from '../../src/lib/errors';

const collections = vi.hoisted(() => ({}) as Record<string, { id: string; data: Record<string, unknown> }[]>);
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [], getEntry: async () => undefined }));

const { getTimelineEvents } = await import('../../src/data/timeline');
const { getGlossaryTerms } = await import('../../src/data/glossary');

const event = (id: string, date: string) => ({ id, data: { date, event: `Event ${id} happened.`, places: [], cite: ['ap-2025-06-09'] } });
const term = (id: string) => ({ id, data: { term: id.toUpperCase(), lang: 'es', definition: `Definition of ${id}.`, cite: ['ap-2025-06-09'] } });

/** The problems a rejected load reports, as "file | found | fix". */
async function problemsOf(load: Promise<unknown>): Promise<string[]> {
  const error = await load.then(() => undefined, (rejected: unknown) => rejected);
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).problems.map((problem) => `${problem.file} | ${problem.found} | ${problem.fix}`);
}

describe('Spanish timeline events', () => {
  it('lay their text over the English events, in date order', async () => {
    collections.timeline = [event('2025-06-09-b', '2025-06-09'), event('2025-06-08-a', '2025-06-08')];
    collections.timelineEs = [{ id: '2025-06-08-a', data: { event: 'Pasó el evento a.' } }, { id: '2025-06-09-b', data: { event: 'Pasó el evento b.' } }];
    expect((await getTimelineEvents('es')).map((e) => e.event)).toEqual(['Pasó el evento a.', 'Pasó el evento b.']);
  });

  it('name their places in Spanish where given, the same places as in English or the load fails', async () => {
    const signed = { id: '1882-signed', data: { date: '1882', event: 'Signed in New York.', places: ['New York', 'Chiapas'], cite: ['ap-2025-06-09'] } };
    collections.timeline = [signed, event('2025-06-08-a', '2025-06-08')];
    collections.timelineEs = [{ id: '1882-signed', data: { event: 'Se firmó en Nueva York.', places: ['Nueva York', 'Chiapas'] } }, { id: '2025-06-08-a', data: { event: 'Pasó el evento a.' } }];
    expect((await getTimelineEvents('es')).map((e) => e.places)).toEqual([['Nueva York', 'Chiapas'], []]);
    expect((await getTimelineEvents('en'))[0].places).toEqual(['New York', 'Chiapas']);
    collections.timelineEs = [{ id: '1882-signed', data: { event: 'Se firmó en Nueva York.', places: ['Nueva York'] } }, { id: '2025-06-08-a', data: { event: 'Pasó el evento a.' } }];
    expect(await problemsOf(getTimelineEvents('es'))).toEqual([
      'content/es/timeline/events.yaml | 1 places (Nueva York), where the English event has 2 (New York, Chiapas) | name the same places, in the same order, in Spanish; or remove places: to show the English names',
    ]);
  });

  it('fail for an id no English event has, naming the file and the nearest id', async () => {
    collections.timeline = [event('2025-06-08-la-mesilla-shootout', '2025-06-08')];
    collections.timelineEs = [
      { id: '2025-06-08-la-mesilla-shootout', data: { event: 'El tiroteo.' } },
      { id: '2025-06-08-la-mesila-shootout', data: { event: 'Un error de id.' } },
    ];
    expect(await problemsOf(getTimelineEvents('es'))).toEqual([
      'content/es/timeline/events.yaml | an entry for "2025-06-08-la-mesila-shootout", which is not in content/timeline/events.yaml | correct the id to one in content/timeline/events.yaml (did you mean "2025-06-08-la-mesilla-shootout"?), or remove the entry',
    ]);
  });
});

describe('Spanish glossary definitions', () => {
  it('fail for an id no English term has, and for an English term with none', async () => {
    collections.glossary = [term('sre'), term('minex')];
    collections.glossaryEs = [{ id: 'sre', data: { definition: 'La cancillería mexicana.' } }, { id: 'minexx', data: { definition: 'La cancillería guatemalteca.' } }];
    expect(await problemsOf(getGlossaryTerms('es'))).toEqual([
      'content/es/glossary/terms.yaml | an entry for "minexx", which is not in content/glossary/terms.yaml | correct the id to one in content/glossary/terms.yaml (did you mean "minex"?), or remove the entry',
      'content/es/glossary/terms.yaml | no Spanish definition for "minex" | add an entry with id: minex and its definition in Spanish',
    ]);
  });
});

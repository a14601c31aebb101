/**
 * Runs before every component test file. The Container API has no content
 * store, so `astro:content` serves a few sources from a fixture instead.
 */
import { vi } from 'vitest';

vi.mock('astro:content', async () => {
  const { fixtureSources } = await import('../fixtures/content-components');
  return {
    getCollection: async (name: string) => (name === 'sources' ? fixtureSources : []),
    getEntry: async () => undefined,
  };
});

/**
 * One `npm test` for every layer, in three projects: unit (src/lib),
 * components (Astro Container API, tests/components/vitest.config.ts) and
 * site: build tests (assertions on the real dist/) and e2e tests (Chromium
 * against dist/ served on 127.0.0.1), which share one build made by
 * tests/setup/global.ts.
 */
import { defineConfig } from 'vitest/config';
import { LongFilesFirst } from './tests/setup/sequencer.ts';

export default defineConfig({
  test: {
    // The CI machines have two cores.
    maxWorkers: 2,
    sequence: { sequencer: LongFilesFirst },
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      'tests/components/vitest.config.ts',
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/global.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time: a browser-bound file and a build-bound one (the reproducibility
          // and fixture builds run in their own temp copies) overlap well on two cores.
          fileParallelism: true,
          // Waits in the browser get room on a busy machine; a real failure still fails.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});

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
    // Three files at a time on the CI machines' two cores: a browser test spends part of its time
    // waiting (a page settling, a throttled network), and with two files the cores sat 20–50 %
    // idle for minutes. A full run on a 2-core machine (Dec 2026): 588 s with two, 482 s with three.
    maxWorkers: 3,
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
          // Files side by side (see maxWorkers): the reproducibility and fixture builds run in
          // their own temp copies, each browser file in its own Chromium.
          fileParallelism: true,
          // Waits in the browser get room on a busy machine; a real failure still fails.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});

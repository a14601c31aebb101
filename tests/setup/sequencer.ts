/**
 * Test file order. Three files run at a time; a long file that starts last
 * ends last, alone. Vitest orders by the durations of earlier runs, and on a
 * fresh clone (CI) by file size, which puts the slowest file, the axe matrix
 * over every page, near the end. Files known to be long go first; the rest
 * keep Vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Longest first, as measured on a 2-core machine (seconds in a full run, three files at a time, Dec 2026). */
const LONG_FILES = [
  'tests/e2e/quality-a11y.test.ts', // ~240 s: axe at two widths and two themes on every page
  'tests/build/content-errors.test.ts', // ~235 s: one fixture build per content mistake
  'tests/e2e/search.test.ts', // ~170 s
  'tests/build/quality-reproducible.test.ts', // ~95 s: a second clean build, PDFs included
  'tests/e2e/print-pages.test.ts', // ~70 s
];

export class LongFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = LONG_FILES.findIndex((file) => spec.moduleId.endsWith(file));
      return index === -1 ? LONG_FILES.length : index;
    };
    // Projects stay in Vitest's order; inside each, long files first (a stable sort keeps the rest as they were).
    const projects = [...new Set(sorted.map((spec) => spec.project.name))];
    return projects.flatMap((name) => sorted.filter((spec) => spec.project.name === name).sort((a, b) => rank(a) - rank(b)));
  }
}

/**
 * A quick build of N generated explainers, for profiling the build as it
 * grows: ours (PDF=off) and, with --bare, the bare baseline from the same
 * pages, back to back. Prints the build log with elapsed seconds on every
 * line, so the time between Astro's phases and each integration shows.
 *
 *   npm run bench:build -- 100            ours with 100 generated explainers
 *   npm run bench:build -- 1000 --bare    ours and the bare site, 1,000 each
 *   add --keep to leave the temp folders (their paths are printed)
 */
import { join } from 'node:path';
import { bareProject } from './bare.ts';
import { generateExplainers } from './generate.ts';
import { build, cleanUp, copyProject, type BuildResult } from './project.ts';

const args = process.argv.slice(2);
const size = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 100);
const withBare = args.includes('--bare');
const keep = args.includes('--keep');

const summary = (name: string, result: BuildResult) =>
  `${name}: ${result.pages} HTML pages in ${(result.ms / 1000).toFixed(1)} s (${Math.round(result.ms / result.pages)} ms a page), peak ${result.peakMb} MB`;

try {
  const dir = copyProject(`gen${size}`);
  const files = generateExplainers(dir, size);
  console.log(`[build] ours, ${size} generated explainers, in ${dir}`);
  const ours = await build(dir, { PDF: 'off' }, { log: (line) => console.log(line) });
  const lines = [summary('ours', ours)];
  if (withBare) {
    const bareDir = bareProject(join(dir, 'content/explainers'), files);
    console.log(`[build] bare, same ${size} pages, in ${bareDir}`);
    const bare = await build(bareDir, {}, { log: (line) => console.log(line) });
    lines.push(summary('bare', bare), `ratio: ${(ours.ms / bare.ms).toFixed(2)}×`);
  }
  console.log(['', ...lines].join('\n'));
} finally {
  if (!keep) cleanUp();
}

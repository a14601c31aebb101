/**
 * The date the site was built from, for the footer. Reproducible: it comes
 * from SOURCE_DATE_EPOCH, else the date of the commit being built, else the
 * newest content date. Never the clock, so two builds of one commit match.
 */
import { execFileSync } from 'node:child_process';
import { getCollection } from 'astro:content';

let cache: Promise<Date> | undefined;

export function getBuildDate(): Promise<Date> {
  cache ??= resolveBuildDate();
  return cache;
}

async function resolveBuildDate(): Promise<Date> {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const iso = execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (iso) return new Date(iso);
  } catch {
    // Not a git checkout (e.g. a tarball): fall back to the content dates below.
  }
  const explainers = await getCollection('explainers');
  const newest = Math.max(...explainers.map((e) => e.data.updated.getTime()));
  return new Date(newest);
}

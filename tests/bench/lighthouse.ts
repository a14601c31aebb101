/**
 * Lighthouse mobile scores (its default: an emulated mid-range phone on a
 * throttled connection) for pages of the built site, run in the Chromium the
 * project already uses: the full browser when the machine has one, as in the
 * rest of the benchmark, not the lighter headless shell the tests prefer
 * (src/integrations/chromium.ts).
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface Scores {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that cost points, for the note column. */
  failing: string[];
}

/** Scores each of `paths` on the site at `siteUrl`. */
export async function lighthouseScores(siteUrl: string, paths: string[]): Promise<Scores[]> {
  const chrome = await launch({ chromePath: await findChromium(process.env, { preferFullBrowser: true }), chromeFlags: CHROMIUM_ARGS });
  try {
    const results: Scores[] = [];
    for (const path of paths) {
      const run = await lighthouse(new URL(path.slice(1), siteUrl).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Scores['scores'];
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id);
      results.push({ page: path, scores, failing });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

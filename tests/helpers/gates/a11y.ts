/**
 * Accessibility in the browser: axe-core's WCAG 2.0–2.2 A and AA rules on the
 * page as rendered. Run it in a context with `bypassCSP: true`: axe is
 * injected as a script the page's own policy rightly refuses.
 * @see https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#axe-core-tags
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The WCAG 2.2 A and AA rule sets (axe tags each rule with the version that introduced it). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * The widths and colour schemes axe checks a page in: a phone and a desktop, light and dark.
 * Each loaded page is re-laid-out for each (viewport and media emulation), not loaded again.
 */
export const AXE_VARIANTS = [
  { width: 375, colorScheme: 'light' },
  { width: 375, colorScheme: 'dark' },
  { width: 1280, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
] as const;

/**
 * The WCAG rules whose outcome depends on colours. In a second colour scheme
 * only these can change (structure, names and roles do not), so the dark theme
 * is checked with these alone.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Best-practice rules run with the WCAG set: two landmarks of the same role and name (the page's
 * "Sources" list and a footer "Sources" section) leave a screen reader's landmark list ambiguous.
 */
export const EXTRA_RULES = ['landmark-unique'];

/**
 * Every axe violation on the loaded page, one line per rule with up to three
 * offending elements: the WCAG rules and EXTRA_RULES, or only `rules` when given.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  const result = await page.evaluate(
    ({ only, extra }) => (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe.run(document, { runOnly: only, rules: extra, resultTypes: ['violations'] }),
    { only: runOnly, extra: rules ? {} : Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])) },
  );
  return result.violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ');
    const more = v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : '';
    return `${v.id} (${v.impact}): ${v.help}: ${targets}${more}`;
  });
}

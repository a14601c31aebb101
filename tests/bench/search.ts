/**
 * Search benchmark, on the real built site served with gzip the way a static
 * host would serve it:
 *   - the search script every page carries before search is opened;
 *   - bytes transferred to open search and run a first query (target < 100 KB), and a
 *     first query with a typo, which also loads the word list;
 *   - time from the last keystroke to rendered results once the index is
 *     loaded (target < 150 ms), measured in the page with performance.now()
 *     and a MutationObserver.
 * `npm run bench` calls benchSearch(); on its own:
 *   npm exec -- node --experimental-strip-types tests/bench/search.ts
 * (build first: `npm run build`, or set OUT_DIR to a build elsewhere).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/chromium.ts';
import { serveSite, type StaticServer } from './server.ts';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The value must stay at or below this. */
  target?: number;
  note?: string;
}

/** Bytes sent since the last reset, for paths matching `which`; the browser's own favicon request is not search's. */
function sentBytes(server: StaticServer, which: (path: string) => boolean = () => true): number {
  return [...server.sent].filter(([path]) => !path.endsWith('/favicon.svg') && which(path)).reduce((sum, [, bytes]) => sum + bytes, 0);
}

/** Pagefind's own JavaScript and English WebAssembly, gzipped: the floor under any first search. */
const PAGEFIND_CORE = (dir: string) => ['pagefind.js', 'wasm.en.pagefind'].reduce((sum, file) => {
  const bytes = readFileSync(join(dir, 'pagefind', file));
  // The WebAssembly is gzipped by Pagefind already; the script is gzipped by the host.
  return sum + (file.endsWith('.js') ? gzipSync(bytes).length : bytes.length);
}, 0);

/** Waits until the server has sent nothing new for `quiet` ms; fails after `limit` ms of traffic. */
async function settle(server: StaticServer, quiet = 300, limit = 30_000): Promise<void> {
  const started = Date.now();
  let last = -1;
  for (;;) {
    const total = [...server.sent.values()].reduce((sum, n) => sum + n, 0);
    if (total === last) return;
    if (Date.now() - started > limit) throw new Error(`the page was still fetching after ${limit / 1000} s`);
    last = total;
    await new Promise((wait) => setTimeout(wait, quiet));
  }
}

/**
 * Types `query` into the open dialog, a key every `delay` ms, and returns the
 * ms from the last keydown to the mutation that drew results for the whole query.
 */
async function timeQuery(page: Page, query: string, delay: number): Promise<number> {
  await page.evaluate((expected) => {
    type Bench = { lastKey: number; drawn: number; stop?: () => void };
    const w = window as unknown as { __bench?: Bench };
    w.__bench?.stop?.();
    const bench: Bench = { lastKey: 0, drawn: 0 };
    const input = document.querySelector<HTMLInputElement>('[data-search-dialog] input')!;
    const list = document.querySelector<HTMLElement>('[data-search-dialog] [data-search-results]')!;
    const onKey = () => (bench.lastKey = performance.now());
    const observer = new MutationObserver(() => {
      if (list.dataset.query === expected && list.children.length > 0 && !bench.drawn) bench.drawn = performance.now();
    });
    input.addEventListener('keydown', onKey);
    observer.observe(list, { childList: true, attributes: true, attributeFilter: ['data-query'] });
    bench.stop = () => {
      input.removeEventListener('keydown', onKey);
      observer.disconnect();
    };
    w.__bench = bench;
  }, query);
  await page.fill('[data-search-dialog] input', '');
  await page.locator('[data-search-dialog] input').pressSequentially(query, { delay });
  await page.waitForFunction(() => (window as unknown as { __bench: { drawn: number } }).__bench.drawn > 0, undefined, { timeout: 10_000 });
  return page.evaluate(() => {
    const { lastKey, drawn } = (window as unknown as { __bench: { lastKey: number; drawn: number } }).__bench;
    return drawn - lastKey;
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The explainer page the benchmark starts on: a long, typical page. */
const START_PAGE = 'explainers/la-mesilla-incident/';

/** Runs the search benchmark against the build in `dir` (default: OUT_DIR or dist/). */
export async function benchSearch(options: { dir?: string; browser?: Browser } = {}): Promise<BenchRow[]> {
  const dir = resolve(options.dir ?? process.env.OUT_DIR ?? 'dist');
  if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) throw new Error(`No built site with a search index in ${dir}: run \`npm run build\` first.`);
  const server = await serveSite(dir, { cache: 'none' });
  const browser = options.browser ?? (await chromium.launch({ executablePath: await findChromium(process.env, { preferFullBrowser: true }), args: CHROMIUM_ARGS }));
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(server.url + START_PAGE, { waitUntil: 'networkidle' });
    await settle(server);

    // What every page carries for search before it is used: the trigger, inline in the HTML.
    const trigger = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').find((code) => code.includes('search-trigger')) ?? '');
    const triggerBytes = gzipSync(trigger).length;
    const fetchedBeforeOpening = [...server.sent.keys()].filter((path) => /pagefind|search/i.test(path));

    // Opening search and a first query, typed as a reader would (a key every 120 ms).
    server.reset();
    await page.keyboard.press('Control+k');
    const firstQuery = 'Arevalo';
    const firstMs = await timeQuery(page, firstQuery, 120);
    await settle(server);
    const firstBytes = sentBytes(server);
    const pagefindBytes = sentBytes(server, (path) => path.includes('/pagefind/'));

    // The same on a fresh page, with the query pasted in one go: no intermediate searches.
    /** Bytes sent, in all and for the paths matching `which`, to open search on a fresh page and paste `query`. */
    const pastedBytes = async (query: string, which: (path: string) => boolean = () => false): Promise<{ all: number; matching: number }> => {
      const fresh = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await fresh.goto(server.url + START_PAGE, { waitUntil: 'networkidle' });
      await settle(server);
      server.reset();
      await fresh.keyboard.press('Control+k');
      await fresh.fill('[data-search-dialog] input', query);
      await fresh.waitForSelector(`[data-search-dialog] [data-search-results][data-query="${query}"] a`);
      await settle(server);
      const sent = { all: sentBytes(server), matching: sentBytes(server, which) };
      await fresh.context().close();
      return sent;
    };
    const pasted: number[] = [];
    for (const query of ['Arevalo', 'La Mesilla', 'GANSEG', 'estado de sitio']) pasted.push((await pastedBytes(query)).all);

    // A typo early in a word: the search loads the index's word list to find the word meant (search-words.ts).
    const typo = 'Guatamala';
    const { all: typoBytes, matching: wordListBytes } = await pastedBytes(typo, (path) => /\/pagefind\/words\./.test(path));

    // Later queries, with the index loaded: last keystroke to drawn results.
    const warm: number[] = [];
    for (const query of ['La Mesilla', 'GANSEG', 'estado de sitio', 'Tecun Uman', 'Sheinbaum', 'Pakal']) warm.push(await timeQuery(page, query, 120));

    return [
      { name: 'search: inline script on every page before search is opened (gzip)', value: kb(triggerBytes), unit: 'KB', note: fetchedBeforeOpening.length ? `also fetched: ${fetchedBeforeOpening.join(', ')}` : 'no other search file fetched' },
      { name: 'search: open + first query "Arevalo" typed, transferred (gzip)', value: kb(firstBytes), unit: 'KB', target: 100, note: `Pagefind files ${kb(pagefindBytes)} KB (its JS and WebAssembly alone ${kb(PAGEFIND_CORE(dir))} KB), our code ${kb(firstBytes - pagefindBytes)} KB` },
      { name: 'search: open + first query pasted, transferred (gzip, largest of 4)', value: kb(Math.max(...pasted)), unit: 'KB', target: 100, note: `"Arevalo", "La Mesilla", "GANSEG", "estado de sitio": ${pasted.map(kb).join(', ')} KB` },
      { name: `search: open + first query "${typo}" pasted (a typo), transferred (gzip)`, value: kb(typoBytes), unit: 'KB', note: `with the word list that finds "Guatemala" for it, ${kb(wordListBytes)} KB` },
      { name: 'search: first query, last keystroke to results (index loading)', value: Math.round(firstMs), unit: 'ms' },
      { name: 'search: later queries, last keystroke to results (median)', value: Math.round(median(warm)), unit: 'ms', target: 150, note: `slowest ${Math.round(Math.max(...warm))} ms over ${warm.length} queries` },
    ];
  } finally {
    if (!options.browser) await browser.close();
    await server.close();
  }
}

/** Prints rows as an aligned table, marking any over target. */
export function formatRows(rows: BenchRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length));
  return rows
    .map((row) => {
      const verdict = row.target === undefined ? '' : row.value <= row.target ? `  ok (target ≤ ${row.target} ${row.unit})` : `  OVER TARGET (≤ ${row.target} ${row.unit})`;
      return `${row.name.padEnd(width)}  ${String(row.value).padStart(7)} ${row.unit}${verdict}${row.note ? `  · ${row.note}` : ''}`;
    })
    .join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await benchSearch();
  console.log(formatRows(rows));
  if (rows.some((row) => row.target !== undefined && row.value > row.target)) process.exitCode = 1;
}

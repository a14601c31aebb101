/**
 * Builds the Pagefind search index from the built HTML, so `astro build`
 * alone produces a complete site. Uses Pagefind's Node API directly.
 *
 * What is indexed is set in the pages: only elements inside
 * `data-pagefind-body` (explainers, the article and the source list), minus anything marked
 * `data-pagefind-ignore`. This file adds what only the build can: selectors
 * to leave out, one record per section (search-index-sections.ts), the page
 * map that groups them back and the word list for "did you mean"
 * (search-page-map.ts, search-words.ts), a smaller index chunk, and
 * the address of the search bundle in every page's header: the pages are
 * built with a placeholder (SEARCH_UI_PLACEHOLDER), as the bundle's hashed
 * name exists only after rendering, and this step writes the address in while
 * it reads each page anyway. Without this integration the header's search
 * button would have no bundle to load (search-index.test.ts checks it).
 * @see https://pagefind.app/docs/node-api/
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { SEARCH_UI_PLACEHOLDER } from '../lib/search-config';
import { splitIntoSections, type SectionRecord } from '../lib/search-index-sections';
import { buildPageMaps, buildWordLists, fragmentUrl } from '../lib/search-page-map';
import { routeForFile } from '../lib/internal-links';
import { joinBase } from '../lib/urls';
import { builtHtmlFiles, readBuiltHtml, writeBuiltHtml } from './built-html';

/**
 * Parts of the indexed content that answer no reader's question. The numbered
 * source list repeats every cited headline on every page, and the note marks
 * ("[3, 4]") are numbers; both would match most queries and fill excerpts
 * with noise (and they are half the index). Sources have their own page,
 * indexed one record per source.
 * The letters that mark links for the printed endnotes exist only on paper,
 * and a "single source" label would run on from its sentence in an excerpt.
 * On the source list, each entry's date and language ("Date not shown.
 * Spanish.") and its "read with care" badge, on a hundred entries, drowned the
 * word list that offers a word for a typo (named here, not marked in every
 * page's HTML: the explainers show the same entries, within their budgets).
 */
export const EXCLUDED_FROM_INDEX = ['.source-list', 'sup.cite', '.link-endnote-mark', '.single-source', '.source-record .meta', '.source-record .ui'];

/**
 * Pagefind splits the word index into chunks and a query downloads only the
 * chunk(s) holding its words. Its default (20 000 word positions per chunk)
 * makes chunks of about 30 KB here; 2 000 makes them about 3 KB, which keeps
 * the first search of a visit light. Pagefind reads this from its
 * environment, under a name it marks unstable: if it is ever dropped,
 * Pagefind falls back to its default, and `npm run bench` and the
 * search-index build test will show the bigger chunks.
 */
const INDEX_CHUNK_SIZE = 2000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** The site path a built file is served at, without the base: "explainers/x/index.html" → "/explainers/x/". */
const pagePath = (file: string): string => routeForFile('/' + file.split(sep).join('/'));

/** Starts Pagefind's indexing service with our chunk size in its environment. */
async function createIndex() {
  const previous = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = previous ?? String(INDEX_CHUNK_SIZE);
  try {
    return await pagefindApi.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX });
  } finally {
    if (previous === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
  }
}

/**
 * The address of the search bundle (`search-ui.<hash>.js`, see
 * SEARCH_UI_PLACEHOLDER), which the build names only after the pages are rendered.
 */
function searchBundleAddress(outDir: string, base: string, assets: string): string {
  const found = readdirSync(join(outDir, assets)).filter((file) => /^search-ui\.[\w-]+\.js$/.test(file));
  if (found.length !== 1) {
    throw new Error(`Expected one search bundle (${assets}/search-ui.<hash>.js), found ${found.length}: src/pages/[...lang]/search.astro must import('../../scripts/search-ui').`);
  }
  return joinBase(base, `/${assets}/${found[0]}`);
}

/**
 * Pagefind's entry file and its records (fragment/*.pf_fragment) as written in `folder`, the
 * records in the order they were sent (`sent`: URL → position), as `index.getFiles()` lists them.
 */
function writtenRecords(folder: string, sent: ReadonlyMap<string, number>): { path: string; content: Uint8Array }[] {
  // No records, no fragment folder: the caller reports that with its fix.
  const names = existsSync(join(folder, 'fragment')) ? readdirSync(join(folder, 'fragment')) : [];
  const fragments = names
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const content = readFileSync(join(folder, 'fragment', name));
      const position = sent.get(fragmentUrl(content));
      if (position === undefined) throw new Error(`Pagefind wrote a record that was not sent: pagefind/fragment/${name}`);
      return { path: `fragment/${name}`, content, position };
    })
    .sort((a, b) => a.position - b.position);
  return [{ path: 'pagefind-entry.json', content: readFileSync(join(folder, 'pagefind-entry.json')) }, ...fragments];
}

export interface IndexSiteOptions {
  /** The built site. */
  outDir: string;
  /** Astro `base`, e.g. "/" or "/docs/". */
  base?: string;
  /** Astro `build.assets` folder. */
  assets?: string;
}

export interface IndexSiteResult {
  pages: number;
  records: number;
  /** Milliseconds spent in each step, for the build log and `npm run bench:build`. */
  ms: { split: number; index: number; write: number; total: number };
}

/**
 * Records sent to Pagefind and not yet answered. Pagefind's service reads
 * requests as they come and answers each in turn; keeping some in flight lets
 * it index while this process reads and splits the next pages, on another core.
 */
const IN_FLIGHT = 64;

export interface IndexedSite {
  /**
   * Settles once pagefind/ and its page maps are on disk. Pagefind writes in a process of its
   * own, most of it on other cores, so the build's later steps (QR files, sitemap, PDFs, link
   * check) run meanwhile; `pagefind().written` awaits this at the end of the build.
   */
  written: Promise<IndexSiteResult>;
}

/**
 * Indexes the built site in `outDir`: resolves when every page's HTML is final and every record
 * is indexed, and hands back the writing of pagefind/ (with the page maps) as `written`.
 */
export async function indexSite({ outDir, base = '/', assets = '_astro' }: IndexSiteOptions): Promise<IndexedSite> {
  const started = performance.now();
  const bundle = searchBundleAddress(outDir, base, assets);
  const { index, errors } = await createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let split = 0;
  const pending = new Set<Promise<void>>();
  const failures: string[] = [];
  // Each record's URL, in the order sent: Pagefind lists its records in that order.
  const sent = new Map<string, number>();
  const add = (record: SectionRecord) => {
    sent.set(record.url, sent.size);
    const done: Promise<void> = index
      .addHTMLFile({ url: record.url, content: record.html })
      .then(
        (added) => void (added.errors.length && failures.push(`${record.url}: ${added.errors.join('; ')}`)),
        (error: Error) => void failures.push(`${record.url}: ${error.message}`),
      )
      .finally(() => pending.delete(done));
    pending.add(done);
  };
  // Once one page has data-pagefind-body, Pagefind leaves out every page without it: those are
  // sent only if no page has one (then Pagefind indexes whole pages).
  const withoutBody: SectionRecord[] = [];
  let bodies = 0;
  for (const file of builtHtmlFiles(outDir)) {
    const built = readBuiltHtml(outDir, file);
    const html = built.replaceAll(SEARCH_UI_PLACEHOLDER, bundle);
    if (html !== built) writeBuiltHtml(outDir, file, html);
    if (!html.includes('data-pagefind-body')) {
      if (!bodies) withoutBody.push({ url: pagePath(file), html });
      continue;
    }
    bodies += 1;
    withoutBody.length = 0;
    // One record per section (see search-index-sections.ts). Result URLs are site paths
    // without the base; the browser adds the base (pagefind.options({ baseUrl })).
    const at = performance.now();
    const records = splitIntoSections(html, pagePath(file), EXCLUDED_FROM_INDEX);
    split += performance.now() - at;
    for (const record of records) {
      // Requests go out in this order whatever the answers do, so the index is the same on every build.
      add(record);
      if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    }
  }
  for (const record of withoutBody) {
    add(record);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
  }
  await Promise.all(pending);
  if (failures.length) throw new Error(`Pagefind could not index ${failures.length} records:\n${failures.join('\n')}`);
  const indexed = performance.now();
  const write = async (): Promise<IndexSiteResult> => {
    try {
      // Pagefind builds the whole index for writeFiles and again for getFiles: it is written once,
      // and the page maps read the records back from disk, in the order they were sent.
      const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
      if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
      const files = writtenRecords(join(outDir, 'pagefind'), sent);
      const records = files.length - 1;
      if (records === 0) throw new Error('Pagefind indexed no pages: no page has data-pagefind-body.');
      const maps = buildPageMaps(files);
      for (const [name, json] of [...maps, ...buildWordLists(files)]) writeFileSync(join(outDir, 'pagefind', name), json);
      const pages = [...maps.values()].reduce((sum, json) => sum + (JSON.parse(json) as { pages: unknown[] }).pages.length, 0);
      const total = performance.now() - started;
      return { pages, records, ms: { split, index: indexed - started - split, write: total - (indexed - started), total } };
    } finally {
      await pagefindApi.close();
    }
  };
  return { written: write() };
}

/**
 * The search index as two build steps. `index` sends the built pages to Pagefind and leaves it
 * writing; `written` waits for the files and logs the figures. Put `index` after every step that
 * changes the HTML and `written` last, so the steps between run while Pagefind writes.
 */
export function pagefind(): { index: AstroIntegration; written: AstroIntegration } {
  let base = '/';
  let assets = '_astro';
  let writing: Promise<IndexSiteResult> | undefined;
  return {
    index: {
      name: 'mg:pagefind',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = config.base;
          assets = config.build.assets;
        },
        'astro:build:done': async ({ dir }) => {
          writing = (await indexSite({ outDir: fileURLToPath(dir), base, assets })).written;
          // A failure is reported by `written`; until then it must not count as unhandled.
          writing.catch(() => {});
        },
      },
    },
    written: {
      name: 'mg:pagefind-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!writing) throw new Error('mg:pagefind-written ran before mg:pagefind: list pagefind().index before pagefind().written in astro.config.mjs.');
          const { pages, records, ms } = await writing;
          const s = (value: number) => (value / 1000).toFixed(1);
          logger.info(`Pagefind indexed ${pages} pages as ${records} sections in ${s(ms.total)} s (splitting ${s(ms.split)} s, indexing ${s(ms.index)} s, writing ${s(ms.write)} s).`);
        },
      },
    },
  };
}

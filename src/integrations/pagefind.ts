/**
 * Builds the Pagefind search index from the built HTML, so `astro build`
 * alone produces a complete site. Uses Pagefind's Node API directly.
 *
 * What is indexed is set in the pages: only elements inside
 * `data-pagefind-body` (explainers and the article), minus anything marked
 * `data-pagefind-ignore`. This file adds what only the build can:
 * selectors to leave out, section titles for glossary and timeline entries,
 * and a smaller index chunk size.
 * @see https://pagefind.app/docs/node-api/
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { addSectionTitles } from '../lib/search-index-sections';

/**
 * Parts of the indexed content that answer no reader's question. The numbered
 * source list repeats every cited headline on every page, and the note marks
 * ("[3, 4]") are numbers; both would match most queries and fill excerpts
 * with noise (and they are half the index). Sources have their own page.
 */
export const EXCLUDED_FROM_INDEX = ['.source-list', 'sup.cite'];

/**
 * Pagefind splits the word index into chunks and a query downloads only the
 * chunk(s) holding its words. Its default (20 000 word positions per chunk)
 * makes chunks of about 30 KB here; smaller chunks keep the first search of a
 * visit light. Pagefind reads this from its environment, under a name it
 * marks unstable: if it is ever dropped, Pagefind falls back to its default
 * and `npm run bench` will show the bigger download.
 */
const INDEX_CHUNK_SIZE = 5000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Every HTML file in the build, as paths relative to it ("explainers/x/index.html"). */
function htmlFiles(dir: string, folder = dir): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(dir, path);
    return entry.name.endsWith('.html') ? [relative(dir, path)] : [];
  });
}

/** The site path a built file is served at, without the base: "explainers/x/index.html" → "/explainers/x/". */
export function pagePath(file: string): string {
  const path = '/' + file.split(sep).join('/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

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

export function pagefind(): AstroIntegration {
  return {
    name: 'mg:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Result URLs are site paths without the base; the browser adds the base (pagefind.options({ baseUrl })).
        for (const file of htmlFiles(outDir)) {
          const added = await index.addHTMLFile({ url: pagePath(file), content: addSectionTitles(readFileSync(join(outDir, file), 'utf8')) });
          if (added.errors.length) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
        }
        const { files } = await index.getFiles();
        const pages = files.filter((file) => file.path.startsWith('fragment/')).length;
        if (pages === 0) throw new Error('Pagefind indexed no pages: no page has data-pagefind-body.');
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefindApi.close();
        logger.info(`Pagefind indexed ${pages} pages.`);
      },
    },
  };
}

/**
 * Builds the Pagefind search index from the built HTML, so `astro build`
 * alone produces a complete site. Uses Pagefind's Node API directly.
 * @see https://pagefind.app/docs/node-api/
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'mg:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefindApi.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        if (added.page_count === 0) throw new Error('Pagefind indexed no pages: no page has data-pagefind-body.');
        const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefindApi.close();
        logger.info(`Pagefind indexed ${added.page_count} pages.`);
      },
    },
  };
}

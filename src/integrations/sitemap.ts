/**
 * Writes sitemap.xml after the build from the built HTML: every page with a
 * canonical URL that is not marked noindex, with its JSON-LD dateModified as
 * lastmod. Reading the output means pages added by any route are listed.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFacts, sitemapXml, type SitemapEntry } from '../lib/sitemap';
import { builtHtmlFiles, readBuiltHtml } from './built-html';

export function sitemap(): AstroIntegration {
  return {
    name: 'mg:sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries: SitemapEntry[] = [];
        for (const file of builtHtmlFiles(outDir)) {
          const facts = pageFacts(readBuiltHtml(outDir, file));
          if (facts.noindex) continue;
          if (!facts.canonical) {
            logger.warn(`${file} has no canonical URL, so the sitemap leaves it out.`);
            continue;
          }
          entries.push({ loc: facts.canonical, lastmod: facts.modified });
        }
        await writeFile(join(outDir, 'sitemap.xml'), sitemapXml(entries));
        logger.info(`Sitemap lists ${entries.length} pages.`);
      },
    },
  };
}

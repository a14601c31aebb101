/**
 * Writes sitemap.xml after the build from the built HTML: every page with a
 * canonical URL that is not marked noindex, with its JSON-LD dateModified as
 * lastmod. Reading the output means pages added by any route are listed.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFacts, sitemapXml, type SitemapEntry } from '../lib/sitemap';

/** Folders of generated assets, never pages (Pagefind's alone holds thousands of files). */
const SKIPPED = new Set(['_astro', 'pagefind']);

export function sitemap(): AstroIntegration {
  return {
    name: 'mg:sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries: SitemapEntry[] = [];
        for (const file of await htmlFiles(outDir)) {
          const facts = pageFacts(await readFile(join(outDir, file), 'utf8'));
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

/** Every HTML file under `root`, relative to it, skipping asset folders. */
async function htmlFiles(root: string, folder = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(root, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!(folder === '' && SKIPPED.has(entry.name))) files.push(...(await htmlFiles(root, path)));
    } else if (entry.name.endsWith('.html')) files.push(path);
  }
  return files;
}

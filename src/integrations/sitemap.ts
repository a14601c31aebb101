/**
 * Writes sitemap.xml after the build from the built HTML: every page with a
 * canonical URL that is not marked noindex, with its JSON-LD dateModified as
 * lastmod. Reading the output means pages added by any route are listed.
 */
import type { AstroIntegration } from 'astro';
import { open, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFacts, sitemapXml, type SitemapEntry } from '../lib/sitemap';

/** Folders of generated assets, never pages (Pagefind's alone holds thousands of files). */
const SKIPPED = new Set(['_astro', 'pagefind']);
/** Everything the sitemap reads is in <head>, which fits in the first bytes of a page. */
const HEAD_BYTES = 64 * 1024;

export function sitemap(): AstroIntegration {
  return {
    name: 'mg:sitemap',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const entries: SitemapEntry[] = [];
        for (const file of await htmlFiles(outDir)) {
          const facts = pageFacts(await readHead(join(outDir, file)));
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

/** The start of a page, up to and including </head> (the whole file if the head is longer). */
async function readHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(HEAD_BYTES), position: 0 });
    const start = buffer.subarray(0, bytesRead).toString('utf8');
    if (start.includes('</head>') || bytesRead < HEAD_BYTES) return start;
    return (await handle.readFile('utf8')) as string;
  } finally {
    await handle.close();
  }
}

/**
 * After the build, gives each page a Content Security Policy with only the
 * hashes of its own inline scripts and styles (src/lib/csp-page.ts), instead
 * of the site-wide list Astro writes into every page. Runs before the other
 * integrations read the HTML.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { pagePolicy } from '../lib/csp-page';
import { builtHtmlFiles, readBuiltHtml, writeBuiltHtml } from './built-html';

export function pageCsp(): AstroIntegration {
  return {
    name: 'mg:page-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let trimmed = 0;
        for (const file of builtHtmlFiles(outDir)) {
          const built = readBuiltHtml(outDir, file);
          const html = pagePolicy(built);
          if (html !== built) {
            writeBuiltHtml(outDir, file, html);
            trimmed++;
          }
        }
        logger.info(`Trimmed the CSP hashes of ${trimmed} pages to their own inline scripts and styles.`);
      },
    },
  };
}

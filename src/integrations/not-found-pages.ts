/**
 * Moves each edition's not-found page to where static hosts look for it.
 * Astro writes src/pages/404.astro as /404.html, but in this site's directory
 * format src/pages/es/404.astro becomes /es/404/index.html; hosts that serve the
 * nearest 404.html for a missing address (Cloudflare Pages; Netlify through
 * public/_redirects; nginx and Apache as the README shows) want /es/404.html.
 * Runs first after the build, so every later step sees the page at its address
 * (SeoHead already gives it that canonical address).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/ui.ts';

/** Edition folders with a not-found page of their own: every language but the default, at the root. */
const EDITIONS = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

export function notFoundPages(): AstroIntegration {
  return {
    name: 'mg:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        for (const edition of EDITIONS) {
          const built = join(outDir, edition, '404', 'index.html');
          if (!existsSync(built)) throw new Error(`Expected the ${edition} not-found page at ${built} (src/pages/${edition}/404.astro).`);
          renameSync(built, join(outDir, edition, '404.html'));
          rmdirSync(join(outDir, edition, '404'));
        }
      },
    },
  };
}

// @ts-check
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { contentCache } from './src/integrations/content-cache.ts';
import { contentFiles } from './src/integrations/content-files.ts';
import { translationWarnings } from './src/lib/content-check.ts';
import { linkCheck } from './src/integrations/link-check.ts';
import { notFoundPages } from './src/integrations/not-found-pages.ts';
import { pageCsp } from './src/integrations/csp.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { pdf } from './src/integrations/pdf.ts';
import { qrFiles } from './src/integrations/qr-files.ts';
import { renderOrder } from './src/integrations/render-order.ts';
import { rowHeaders } from './src/lib/row-headers.ts';
import { tableNames } from './src/lib/table-names.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { wholeSite } from './src/integrations/whole-site.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_HASHES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/security.ts';

/**
 * Where the site is deployed. Set SITE_URL (origin) and BASE_PATH (sub-path)
 * at build time to deploy elsewhere; see README "Deploy".
 */
const site = process.env.SITE_URL || 'https://mexico-guatemala.example.org';
const base = process.env.BASE_PATH ?? '/';
// Separate output and cache folders let several builds run side by side (tests, benchmarks).
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
// The search index: sent to Pagefind after the pages are final, written by the end of the build.
const search = pagefind();
// The build writes into a staging folder and replaces outDir only once every step has passed.
// Its last lines repeat what the content still lacks (a Spanish page), which fails npm test but not the build.
const whole = wholeSite({ placeholderSite: !process.env.SITE_URL, stillToDo: () => translationWarnings(fileURLToPath(new URL('./content', import.meta.url))) });
// The link check: each page's links read once its HTML is final (while Pagefind writes), checked last.
const links = linkCheck();

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // English at the root, Spanish under /es/ (see src/i18n/). Components read Astro.currentLocale.
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // contentFiles stops the build first if content/ holds a file no collection reads; contentCache
  // clears Astro's content store when the schemas' code changes (Astro only watches their file);
  // renderOrder draws the social cards while the pages render; search.index comes after every
  // step that rewrites the HTML and leaves Pagefind writing its files while the QR codes,
  // sitemap and PDFs are made (qrFiles before pdf: the PDFs print pages with their QR code);
  // links.read parses each page's links while Pagefind writes; links.check runs after every file
  // is written, so links to the search index, sitemap, QR codes and PDFs are checked too.
  // notFoundPages moves /es/404/index.html to /es/404.html before any step reads the pages.
  // whole.stage comes first, so every step writes into the staging folder; whole.publish last.
  integrations: [whole.stage, contentFiles(), contentCache(), mdx(), renderOrder(), notFoundPages(), pageCsp(), search.index, qrFiles(), sitemap(), links.read, pdf(), search.written, links.check, whole.publish],
  // A strict Content Security Policy in every page's <meta>: Astro hashes each inline
  // script and style it emits (pageCsp then keeps only the hashes each page needs);
  // the rest of the policy is in src/lib/security.ts.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES], hashes: CSP_SCRIPT_HASHES },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
  // Shiki colours code with inline style attributes, which the CSP forbids; the
  // explainers have no code to colour, so code blocks stay plain <pre><code>.
  // Sätteri (Astro's Markdown and MDX processor) with two plugins of ours, for screen readers: the
  // first cell of each table row heads the row (src/lib/row-headers.ts), and each table is named
  // after its section's heading (src/lib/table-names.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [rowHeaders, tableNames] }) },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rolldownOptions: {
        // Astro marks each MDX page's styles with a "use astro:head-inject" directive, and the bundler
        // warns that it may not keep it: 24 warnings a build, about Astro's own code (known upstream:
        // withastro/astro#18087), which buried any warning about ours. Only that warning is dropped.
        onLog(level, log, handler) {
          if (level === 'warn' && log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
    // Build-time caches of our own (social cards) live beside Astro's, so they follow ASTRO_CACHE_DIR.
    define: { 'import.meta.env.MG_CACHE_DIR': JSON.stringify(resolve(cacheDir)) },
  },
});

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefind } from './src/integrations/pagefind.ts';

/**
 * Where the site is deployed. Set SITE_URL (origin) and BASE_PATH (sub-path)
 * at build time to deploy elsewhere; see README "Deploy".
 */
const site = process.env.SITE_URL ?? 'https://mexico-guatemala.example.org';
const base = process.env.BASE_PATH ?? '/';
// Separate output and cache folders let several builds run side by side (tests, benchmarks).
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
  vite: {
    plugins: [tailwindcss()],
  },
});

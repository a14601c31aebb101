/**
 * The built pages, for the steps that read them after the build (CSP, search
 * index, QR files, sitemap, PDFs, link check): one listing, so every step sees
 * the same pages in the same order.
 *
 * Reads are synchronous on purpose. These steps read every page one after
 * another, and an awaited read waits a round trip through libuv's thread pool
 * for each file: at 2,000 pages that was about 1.5 s a step against about
 * 0.5 s read in one go (`npm run bench:build -- 1000`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level folders of generated assets, never pages (Pagefind's alone holds thousands of files). */
const ASSET_FOLDERS = new Set(['_astro', 'pagefind']);

/** Every HTML file under `outDir`, relative to it ("explainers/x/index.html"), sorted, asset folders left out. */
export function builtHtmlFiles(outDir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(join(outDir, folder), { withFileTypes: true }).flatMap((entry) => {
      const path = folder ? join(folder, entry.name) : entry.name;
      if (entry.isDirectory()) return folder === '' && ASSET_FOLDERS.has(entry.name) ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk('').sort();
}

/** One built page's HTML. */
export function readBuiltHtml(outDir: string, file: string): string {
  return readFileSync(join(outDir, file), 'utf8');
}

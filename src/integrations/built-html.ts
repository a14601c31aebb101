/**
 * The built pages, for the steps that read them after the build (CSP, search
 * index, QR files, sitemap, PDFs, link check): one listing, so every step sees
 * the same pages in the same order, and one copy of each page's text.
 *
 * Six steps read every page. A page is read from disk once and kept, with the
 * size and time of its file; a later read checks them and reads again only if
 * the file changed, and a step that rewrites a page (writeBuiltHtml) keeps the
 * new text. At 2,000 pages each read of the site took about 0.9 s and five
 * were repeats (`npm run bench:build -- 1000`). wholeSite() forgets the pages
 * once the build is published.
 *
 * Reads are synchronous on purpose. These steps read every page one after
 * another, and an awaited read waits a round trip through libuv's thread pool
 * for each file: at 2,000 pages that was about 1.5 s a step against about
 * 0.5 s read in one go.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

/** Each page read or written, by path, with its file's size and time when it was. */
const kept = new Map<string, { stamp: string; html: string }>();

/** A built file's size and time, which change when the file is rewritten: "91234:1733560000123.4". */
export function fileStamp(path: string): string {
  const { size, mtimeMs } = statSync(path);
  return `${size}:${mtimeMs}`;
}

/** One built page's HTML: as last read or written, unless its file has changed since. */
export function readBuiltHtml(outDir: string, file: string): string {
  const path = join(outDir, file);
  const stamp = fileStamp(path);
  const page = kept.get(path);
  if (page?.stamp === stamp) return page.html;
  const html = readFileSync(path, 'utf8');
  kept.set(path, { stamp, html });
  return html;
}

/** Rewrites one built page, keeping its new HTML for the steps after. */
export function writeBuiltHtml(outDir: string, file: string, html: string): void {
  const path = join(outDir, file);
  writeFileSync(path, html);
  kept.set(path, { stamp: fileStamp(path), html });
}

/** Lets go of every page kept: the build is over. */
export function forgetBuiltHtml(): void {
  kept.clear();
}

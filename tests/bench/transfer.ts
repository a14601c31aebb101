/**
 * Transfer per page type: what Chromium fetches to show a page, before any
 * interaction, split into HTML, CSS, JS, fonts and other, raw and gzip
 * (sizes of the files in the build), and how many requests block rendering.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { COMPRESSIBLE } from './server.ts';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
const KIND: Record<string, Kind> = { '.html': 'html', '.css': 'css', '.js': 'js', '.mjs': 'js', '.woff': 'font', '.woff2': 'font', '.ttf': 'font', '.otf': 'font' };

export interface Transfer {
  page: string;
  bytes: Record<Kind, { raw: number; gzip: number }>;
  requests: number;
  renderBlocking: number;
}

/** Loads `path` of the site at `siteUrl` (built in `dir`) and totals what it fetched. */
export async function measureTransfer(browser: Browser, siteUrl: string, dir: string, path: string): Promise<Transfer> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(new URL(path.slice(1), siteUrl).href, { waitUntil: 'networkidle' });
  // Resource Timing says which subresources held up first render (the document itself always does).
  const blocking = await page.evaluate(
    () => (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[]).filter((e) => e.renderBlockingStatus === 'blocking').length,
  );
  await context.close();
  const bytes = { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, font: { raw: 0, gzip: 0 }, other: { raw: 0, gzip: 0 } };
  for (const url of fetched) {
    const { pathname, origin } = new URL(url);
    if (origin !== new URL(siteUrl).origin) continue;
    let file = join(dir, decodeURIComponent(pathname));
    if (pathname.endsWith('/')) file = join(file, 'index.html');
    const data = readFileSync(file);
    const ext = extname(file);
    const kind = KIND[ext] ?? 'other';
    bytes[kind].raw += data.length;
    bytes[kind].gzip += COMPRESSIBLE.has(ext) ? gzipSync(data, { level: 6 }).length : data.length;
  }
  return { page: path, bytes, requests: fetched.length, renderBlocking: blocking + 1 };
}

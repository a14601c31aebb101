/**
 * The PDF part of `npm run bench`: how long the build's PDF step takes to
 * render every brief and the pack (US Letter and A4) on a finished build.
 * Called by tests/bench/run.ts; re-renders into the build it is given (the
 * files come out byte-identical, so the build is unchanged).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { renderPdfs } from '../../src/integrations/pdf.ts';
import type { BenchRow } from './table.ts';

export interface PdfBenchOptions {
  /** The built site (its PDFs are rendered again in place). */
  dir: string;
  /** Public origin the build was made for; links in the PDFs point there. */
  site?: string;
  /** Astro `base` the build was made for. */
  base?: string;
}

/** Times the PDF step on a finished build and reports it as bench rows. */
export async function benchPdf({ dir, site = process.env.SITE_URL ?? 'https://mexico-guatemala.example.org', base = process.env.BASE_PATH ?? '/' }: PdfBenchOptions): Promise<BenchRow[]> {
  const started = performance.now();
  const rendered = await renderPdfs({ outDir: dir, site, base });
  const ms = performance.now() - started;
  if (rendered.length === 0) return [{ name: 'PDFs rendered', value: 0, unit: '', note: 'the build has no page that asks for a PDF' }];
  const pages = rendered.reduce((sum, pdf) => sum + pdf.pages, 0);
  const bytes = rendered.map((pdf) => statSync(join(dir, pdf.file)).size);
  // A brief's PDFs sit in its own folder under briefs/ (the pack's in briefs/pack/), whatever their file names.
  const briefs = rendered.filter((pdf) => /(^|\/)briefs\/(?!pack\/)[^/]+\/[^/]+\.pdf$/.test(pdf.file));
  if (briefs.length === 0) throw new Error(`No brief among the ${rendered.length} PDFs rendered: has their folder layout changed? (tests/bench/pdf.ts)`);
  return [
    { name: 'time to render all PDFs (browser start included)', value: Number((ms / 1000).toFixed(1)), unit: 's' },
    { name: 'PDFs rendered (Letter and A4)', value: rendered.length, unit: 'files', note: `${pages} pages in all` },
    { name: 'time per PDF', value: Math.round(ms / rendered.length), unit: 'ms' },
    { name: 'longest brief', value: Math.max(...briefs.map((pdf) => pdf.pages)), unit: 'pages', target: 2 },
    { name: 'largest PDF', value: Number((Math.max(...bytes) / 1024).toFixed(0)), unit: 'KB' },
  ];
}

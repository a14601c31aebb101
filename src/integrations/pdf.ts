/**
 * Renders the briefs and the briefing pack to PDF after the build, in US
 * Letter and A4, with headless Chromium (found by ./chromium.ts): every built
 * page whose HTML has an element with `data-pdf="<stem>"` becomes
 * `<stem>-letter.pdf` and `<stem>-a4.pdf` beside its index.html. The PDFs
 * are tagged (accessible), keep their links and text, and carry metadata
 * from the page (src/lib/pdf-document.ts). PDF=off skips all of it.
 */
import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { PDF_FORMATS, applyPdfMetadata, namedDestinationPages, pdfFileName, pdfPageCount, readPdfJob, type PdfFormatId, type PdfJob } from '../lib/pdf-document.ts';
import { pdfsEnabled } from '../lib/pdf-settings.ts';
import { builtHtmlFiles, readBuiltHtml } from './built-html.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

export interface RenderPdfsOptions {
  /** The built site. */
  outDir: string;
  /** The public origin (Astro `site`): links in the PDFs point there, not at the local server. */
  site: string;
  /** Astro `base`, e.g. "/" or "/docs/". */
  base?: string;
  /** Progress messages. */
  log?: (message: string) => void;
  /** Pages printed at once; two suit a two-core machine. */
  concurrency?: number;
}

export interface RenderedPdf {
  /** Path relative to outDir, e.g. "briefs/the-border/mx-gt-the-border-brief-a4.pdf". */
  file: string;
  pages: number;
  format: PdfFormatId;
}

export function pdf(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'mg:pdf',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pdfsEnabled()) {
          logger.info('PDF=off: no PDFs rendered, and no page links to one.');
          return;
        }
        const started = performance.now();
        const rendered = await renderPdfs({ outDir: fileURLToPath(dir), site, base });
        logger.info(`Rendered ${rendered.length} PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
    },
  };
}

/** Every built page that asks for a PDF, as [path relative to outDir (with trailing slash), job]. */
function findJobs(outDir: string): [string, PdfJob][] {
  const jobs: [string, PdfJob][] = [];
  for (const file of builtHtmlFiles(outDir)) {
    if (basename(file) !== 'index.html') continue;
    const job = readPdfJob(readBuiltHtml(outDir, file), relative(process.cwd(), join(outDir, file)));
    const route = dirname(file).split(sep).join('/');
    if (job) jobs.push([route === '.' ? '' : `${route}/`, job]);
  }
  return jobs.sort(([a], [b]) => a.localeCompare(b));
}

/** Serves the build on 127.0.0.1 under `base`, as the deployed site would be. */
function serve(outDir: string, base: string): Promise<{ url: string; server: Server }> {
  const assets = sirv(outDir, { dev: false, extensions: ['html'] });
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (!path.startsWith(base)) return void res.writeHead(404).end();
    req.url = '/' + path.slice(base.length);
    assets(req, res, () => void res.writeHead(404).end());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}${base}`, server });
    });
  });
}

/**
 * Points every link at the public site instead of the local server, so links
 * in the PDF work for its readers. In-page links stay internal (Chromium
 * turns them into jumps within the PDF).
 */
function absolutizeLinks(publicPageUrl: string) {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('#')) link.setAttribute('href', new URL(href, publicPageUrl).href);
  }
}

/** Writes page numbers into the elements that ask for them (`data-contents-page="<id>"`). */
function fillContentsPages(pages: Record<string, number>) {
  for (const slot of document.querySelectorAll<HTMLElement>('[data-contents-page]')) {
    const page = pages[slot.dataset.contentsPage ?? ''];
    slot.textContent = page ? String(page) : '';
  }
}

type PdfFormat = (typeof PDF_FORMATS)[number];

async function printPage(page: Page, format: PdfFormat): Promise<Uint8Array> {
  return page.pdf({ format: format.format, printBackground: false, tagged: true, outline: true });
}

/** Prints of one page that must agree before one is kept (stablePrint). */
const MOST_PRINTS = 4;

/**
 * Prints the loaded page until two prints in a row are byte-identical once
 * finished (`finish`: the file's fixed metadata, which replaces the dates
 * Chromium stamps on every print), and keeps that print. Chromium's output
 * for the same page is almost always the same; once in a full test run, the
 * briefing pack (the longest document, printed on a busy machine) came out
 * different in a second clean build with no change to its page, and three
 * renders of that build could not repeat it. Two agreeing prints keep such an
 * odd print out of the file. Only for pages with a contents list (the pack):
 * the briefs never differed, and each check costs one more print.
 */
async function stablePrint(page: Page, format: PdfFormat, where: string, previous: Uint8Array, finish: (pdf: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
  let last = previous;
  for (let print = 1; print < MOST_PRINTS; print++) {
    const next = await finish(await printPage(page, format));
    if (Buffer.from(next).equals(Buffer.from(last))) return next;
    last = next;
  }
  throw new Error(`PDF: ${where} (${format.label}): ${MOST_PRINTS} prints of the page in a row all came out different; the build cannot promise the same file twice.`);
}

/**
 * Prints one loaded page in one paper size. A page with a table of contents
 * is printed, its contents given the page numbers Chromium laid out, and
 * printed again; if the numbers moved the second time, the build fails
 * rather than ship a wrong contents page. That print is kept once a third agrees with it (stablePrint).
 */
async function printFormat(page: Page, format: PdfFormat, where: string, finish: (pdf: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
  const wanted: string[] = await page.$$eval('[data-contents-page]', (slots) => slots.map((slot) => (slot as HTMLElement).dataset.contentsPage ?? ''));
  if (wanted.length > 0) await page.evaluate(fillContentsPages, {});
  const bytes = await printPage(page, format);
  if (wanted.length === 0) return finish(bytes);
  const first = Object.fromEntries(await namedDestinationPages(bytes));
  await page.evaluate(fillContentsPages, first);
  const numbered = await printPage(page, format);
  const second = Object.fromEntries(await namedDestinationPages(numbered));
  const moved = wanted.filter((id) => !second[id] || first[id] !== second[id]);
  if (moved.length) throw new Error(`PDF: ${where} (${format.label}): the contents cannot be numbered; no stable page found for ${moved.join(', ')}.`);
  return stablePrint(page, format, where, await finish(numbered), finish);
}

/**
 * Renders every PDF the built site asks for. Exported for the benchmark
 * (tests/bench/pdf.ts), which times it on a finished build.
 */
export async function renderPdfs({ outDir, site, base = '/', log, concurrency = 2 }: RenderPdfsOptions): Promise<RenderedPdf[]> {
  const jobs = findJobs(outDir);
  if (jobs.length === 0) return [];
  // Loaded here, not with the config: importing playwright-core takes about 0.35 s, which every
  // build with PDF=off and every `astro dev` start would pay for nothing. Node's own require: the
  // module runner Astro loads the config with is closed by the time the build is done.
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  const executablePath = await findChromium();
  const { url: localRoot, server } = await serve(outDir, base);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const publicRoot = new URL(base, site || 'http://localhost/').href;
  const queue = [...jobs];
  const rendered: RenderedPdf[] = [];
  // One tab per worker, reused: a new browser context per page costs more than the printing.
  const worker = async (): Promise<void> => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    try {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [route, job] = next;
        const response = await page.goto(localRoot + route, { waitUntil: 'load' });
        if (!response?.ok()) throw new Error(`PDF: ${localRoot + route} answered ${response?.status() ?? 'nothing'}.`);
        await page.evaluate(absolutizeLinks, publicRoot + route);
        // The headings shown in print, as written (not as wrapped or capitalised): the bookmarks' titles.
        const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (all) => all.filter((h) => h.getClientRects().length > 0).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
        for (const format of PDF_FORMATS) {
          const finish = (chromiumPdf: Uint8Array) => applyPdfMetadata(chromiumPdf, { ...job, creator: job.author, producer: 'Chromium (Skia/PDF) and pdf-lib' }, headings);
          const bytes = await printFormat(page, format, publicRoot + route, finish);
          const file = `${route}${pdfFileName(job.stem, format.id)}`;
          await writeFile(join(outDir, file), bytes);
          rendered.push({ file, pages: await pdfPageCount(bytes), format: format.id });
          log?.(file);
        }
      }
    } finally {
      await context.close();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, jobs.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  return rendered.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Writes the QR code file each page's print "Cite as" block shows (PrintCiteAs.astro):
 * for every built page with `<img class="print-cite-qr" src=".../qr.png">`, the file
 * at that address, encoding the page's own public URL (the address without "qr.png").
 * Runs before the link check, which then finds every file in place; `astro dev`
 * serves the same codes on request.
 *
 * Why a file: printed only, the code inlined as SVG was 0.6 KB gzip of every page's
 * first load. As an <img> (eager, the default) the browser fetches it at low priority
 * with the page, so it is there when the reader prints; CSP allows 'self' images.
 * Why PNG: an SVG image costs the browser a document of its own, built on the page's
 * main thread on every load (a long task on a slow phone); a PNG is decoded off it, and
 * only when drawn, which on screen is never. 4 pixels a module, black and white
 * (1 bit a pixel, about 0.5 KB, src/lib/png.ts), printed 20 mm wide is about 230 dpi, and
 * print.css scales it without smoothing, so the modules keep hard edges.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bitmapPng } from '../lib/png.ts';
import { qrBitmap } from '../lib/qr.ts';
import { builtHtmlFiles, readBuiltHtml } from './built-html.ts';
/** The QR image of a page's print block; src is an absolute path ending in qr.png. */
const QR_IMG = /<img\b[^>]*\bclass="print-cite-qr"[^>]*>/;
const SRC = /\bsrc="([^"]*\/qr\.png)"/;
const FILE = 'qr.png';

/** The code for `url` as a two-colour PNG (no metadata, so the same URL gives the same bytes). */
const qrPng = (url: string): Buffer => bitmapPng(qrBitmap(url));

export function qrFiles(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'mg:qr-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // `astro dev` has no build: draw each page's code when the browser asks for it.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = new URL(request.url ?? '/', 'http://dev.local').pathname;
          if (!path.endsWith(`/${FILE}`) || !path.startsWith(base)) return next();
          response.setHeader('content-type', 'image/png');
          response.end(qrPng(new URL(path.slice(0, -FILE.length), site).href));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const codes: { target: string; url: string }[] = [];
        for (const file of builtHtmlFiles(outDir)) {
          const img = readBuiltHtml(outDir, file).match(QR_IMG)?.[0];
          const src = img?.match(SRC)?.[1];
          if (!src) continue;
          if (!src.startsWith(base)) throw new Error(`${file}: the QR image ${src} is outside the site's base ${base}`);
          codes.push({ target: join(outDir, src.slice(base.length)), url: new URL(src.slice(0, -FILE.length), site).href });
        }
        for (const code of codes) {
          mkdirSync(dirname(code.target), { recursive: true });
          writeFileSync(code.target, qrPng(code.url));
        }
        logger.info(`Wrote ${codes.length} QR code files for printed pages.`);
      },
    },
  };
}

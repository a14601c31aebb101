/**
 * QR codes drawn at build time, so a printed page can lead a reader back to
 * its online version. No client code. Briefs inline theirs as SVG; every
 * other page links a small PNG file (qrBitmap, written by
 * src/integrations/qr-files.ts), because inlined it cost 0.6 KB gzip of each
 * page's first load, for paper only.
 */
import QRCode from 'qrcode';

/**
 * Codes already drawn in this build, by text. Drawing one takes several
 * milliseconds (the library tries every mask pattern), and an explainer's
 * address is drawn on its page, its brief and the briefing pack.
 */
const drawn = new Map<string, boolean[][]>();

/** The QR code's modules as rows of booleans (true = dark), without the quiet zone. Treat it as read-only. */
export function qrMatrix(text: string): boolean[][] {
  let matrix = drawn.get(text);
  if (!matrix) {
    // Level M survives a smudged or creased printout and keeps our URLs at version 3–4.
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    matrix = Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))));
    drawn.set(text, matrix);
  }
  return matrix;
}

/**
 * An SVG path that fills every dark module, one horizontal run at a time,
 * offset by `margin` modules: each run is a closed box one module high
 * ("M<x> <y>h<length>v1h-<length>z"; the next in its row "m<gap> 0…", as a
 * closed box leaves the pen at its start). Filled, not stroked: a
 * stroke one module wide is thinner than a point in a small printed code, and
 * Chrome prints such a stroke as a faint hairline (a briefing pack's 15 mm
 * codes came out as grey lines no phone could scan).
 */
export function qrPath(matrix: boolean[][], margin: number): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let pen: number | undefined;
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      const box = `h${x - start}v1h-${x - start}z`;
      parts.push(pen === undefined ? `M${start + margin} ${y + margin}${box}` : `m${start - pen} 0${box}`);
      pen = start;
    }
  });
  return parts.join('');
}

export interface QrSvgOptions {
  /** Accessible name, e.g. "QR code: link to the online version of this page"; leave it out for an SVG file shown by an <img> with alt text. */
  label?: string;
  /** Quiet zone in modules; the standard asks for 4. */
  margin?: number;
  /** Class on the <svg>. */
  className?: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * A QR code for `text` as a standalone SVG string: black modules on a white
 * square (readers need dark-on-light, whatever the page theme), scaled by CSS.
 */
export function qrSvg(text: string, { label, margin = 4, className }: QrSvgOptions = {}): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + margin * 2;
  const classAttribute = className ? ` class="${escapeAttribute(className)}"` : '';
  const nameAttributes = label === undefined ? '' : ` role="img" aria-label="${escapeAttribute(label)}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"${nameAttributes}${classAttribute} shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(matrix, margin)}"/>` +
    `</svg>`
  );
}

export interface QrBitmap {
  width: number;
  height: number;
  /** One byte a pixel, row by row: 0 for a dark module, 255 for light. */
  pixels: Uint8Array;
}

/**
 * A QR code for `text` as a square greyscale bitmap, `scale` pixels a module,
 * with a quiet zone of `margin` modules. For the printed pages' code file
 * (src/integrations/qr-files.ts), which is encoded as PNG: a browser decodes a
 * PNG off the page's main thread, while an SVG image costs it a document of
 * its own on every load, for a code that only paper shows.
 */
export function qrBitmap(text: string, { scale = 4, margin = 4 }: { scale?: number; margin?: number } = {}): QrBitmap {
  const matrix = qrMatrix(text);
  const size = (matrix.length + margin * 2) * scale;
  const pixels = new Uint8Array(size * size).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const start = ((y + margin) * scale + dy) * size + (x + margin) * scale;
        pixels.fill(0, start, start + scale);
      }
    }),
  );
  return { width: size, height: size, pixels };
}

/**
 * A black-and-white bitmap as a PNG of one bit a pixel, for the printed pages'
 * QR code files (src/integrations/qr-files.ts).
 *
 * Why not a library: sharp spends about 2.3 ms on each image, whatever its
 * size, which came to 2.4 s of a 1,000-explainer build for 1,034 codes of
 * 0.5 KB; pngjs writes 8 bits a pixel at the least, and its files were 2.4
 * times as big. A two-colour PNG is three short chunks and a zlib stream, and
 * Node has zlib and its checksum built in.
 * @see https://www.w3.org/TR/png-3/ (chunks, IHDR, scanline filter "Up")
 */
import { crc32, deflateSync } from 'node:zlib';

export interface Bitmap {
  width: number;
  height: number;
  /** One byte a pixel, row by row: below 128 is black, the rest white. */
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR: greyscale (colour type 0), 1 bit a sample, deflate, adaptive filtering, not interlaced. */
const BIT_DEPTH = 1;
const GREYSCALE = 0;
/** Scanline filter "Up": each byte less the one above it, so a row like the last (a QR module is several pixels tall) deflates to almost nothing. */
const FILTER_UP = 2;

/** One chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const framed = Buffer.alloc(8 + data.length + 4);
  framed.writeUInt32BE(data.length, 0);
  typeAndData.copy(framed, 4);
  framed.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return framed;
}

/** The bitmap as PNG bytes; the same pixels always give the same bytes (no metadata, no time). */
export function bitmapPng({ width, height, pixels }: Bitmap): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) throw new Error(`bitmapPng: width and height must be whole numbers above 0, not ${width}×${height}`);
  if (pixels.length !== width * height) throw new Error(`bitmapPng: ${width}×${height} needs ${width * height} pixels, not ${pixels.length}`);
  const rowBytes = Math.ceil(width / 8);
  // Each row packed 8 pixels a byte, first pixel in the high bit, 1 for white.
  const rows = Buffer.alloc(height * rowBytes);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (pixels[y * width + x] >= 128) rows[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  // Each scanline is its filter type, then the row less the row above (zero above the first).
  const filtered = Buffer.alloc(height * (rowBytes + 1));
  for (let y = 0; y < height; y++) {
    const at = y * (rowBytes + 1);
    filtered[at] = FILTER_UP;
    for (let i = 0; i < rowBytes; i++) {
      const above = y === 0 ? 0 : rows[(y - 1) * rowBytes + i];
      filtered[at + 1 + i] = (rows[y * rowBytes + i] - above) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([BIT_DEPTH, GREYSCALE, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(filtered, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

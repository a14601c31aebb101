import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { crc32 } from 'node:zlib';
import { bitmapPng, type Bitmap } from '../../src/lib/png';

/** A deterministic pattern of black and white, greys included, `width` × `height`. */
function pattern(width: number, height: number): Bitmap {
  const pixels = new Uint8Array(width * height).map((_, i) => ((i * 7919) % 13 < 6 ? (i % 3) * 40 : 128 + (i % 5) * 31));
  return { width, height, pixels };
}

/** The chunks of a PNG file as [type, data], after the signature. */
function chunks(png: Buffer): [string, Buffer][] {
  const found: [string, Buffer][] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} checksum`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    found.push([type, data]);
    at += 12 + length;
  }
  return found;
}

describe('bitmapPng', () => {
  // Widths that fill whole bytes and widths that leave a part byte at the end of each row.
  it.each([
    [16, 4],
    [13, 7],
    [1, 1],
    [180, 180],
  ])('%i×%i: a PNG decoder reads back every pixel as black or white', async (width, height) => {
    const bitmap = pattern(width, height);
    const { data, info } = await sharp(bitmapPng(bitmap)).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([width, height, 1]);
    expect([...data]).toEqual([...bitmap.pixels].map((value) => (value < 128 ? 0 : 255)));
  });

  it('is a greyscale PNG of one bit a pixel with nothing but the image in it', () => {
    const png = bitmapPng(pattern(13, 7));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const found = chunks(png);
    expect(found.map(([type]) => type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const [, header] = found[0];
    expect([header.readUInt32BE(0), header.readUInt32BE(4), ...header.subarray(8)]).toEqual([13, 7, 1, 0, 0, 0, 0]);
  });

  it('gives the same bytes for the same pixels, so builds are reproducible', () => {
    expect(bitmapPng(pattern(40, 40)).equals(bitmapPng(pattern(40, 40)))).toBe(true);
  });

  it('keeps a QR-sized code small: about half a kilobyte', () => {
    // 45 modules of 4 pixels, rows repeated four times, as the QR files are drawn.
    const modules = 45;
    const size = modules * 4;
    const pixels = new Uint8Array(size * size).map((_, i) => {
      const [x, y] = [Math.floor((i % size) / 4), Math.floor(Math.floor(i / size) / 4)];
      return (x * 31 + y * 17 + x * y) % 3 === 0 ? 0 : 255;
    });
    expect(bitmapPng({ width: size, height: size, pixels }).length).toBeLessThan(1024);
  });

  it('names the mistake when the pixels do not fill the size', () => {
    expect(() => bitmapPng({ width: 4, height: 4, pixels: new Uint8Array(15) })).toThrow('4×4 needs 16 pixels, not 15');
    expect(() => bitmapPng({ width: 0, height: 4, pixels: new Uint8Array(0) })).toThrow('whole numbers above 0');
  });
});

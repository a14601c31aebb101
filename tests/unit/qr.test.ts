import { describe, expect, it } from 'vitest';
import { qrBitmap, qrMatrix, qrPath, qrSvg } from '../../src/lib/qr';
import { modulesOf } from '../helpers/qr';

/**
 * Reads the dark cells back out of a path made by qrPath, as an SVG renderer would fill it: each
 * subpath must be a closed box one module high on whole module lines, and the pen returns to a
 * box's start when it closes.
 */
function cellsOf(path: string, margin: number): Set<string> {
  const cells = new Set<string>();
  const boxes = path.match(/[Mm][^Mm]*/g) ?? [];
  let start = { x: 0, y: 0 };
  for (const box of boxes) {
    const parsed = box.match(/^([Mm])(\d+) (\d+)h(\d+)v1h-(\d+)z$/);
    if (!parsed) throw new Error(`not a closed box one module high on whole module lines: ${box}`);
    const [, command, a, b, across, back] = parsed;
    if (across !== back) throw new Error(`a box that does not close on itself: ${box}`);
    start = command === 'M' ? { x: Number(a), y: Number(b) } : { x: start.x + Number(a), y: start.y + Number(b) };
    for (let i = 0; i < Number(across); i++) cells.add(`${start.x + i - margin},${start.y - margin}`);
  }
  return cells;
}

describe('QR codes', () => {
  const url = 'https://mexico-guatemala.example.org/explainers/la-mesilla-incident/';

  it('encodes a page address in a square symbol of a standard size', () => {
    const matrix = qrMatrix(url);
    expect(matrix.length).toBe(matrix[0].length);
    expect((matrix.length - 17) % 4).toBe(0);
    // Finder pattern: the top-left 7×7 ring is dark on its edge, light inside it, dark at its centre.
    expect(matrix[0].slice(0, 7).every(Boolean)).toBe(true);
    expect(matrix[1][1]).toBe(false);
    expect(matrix[3][3]).toBe(true);
  });

  it('draws exactly the dark modules, offset by the quiet zone', () => {
    const matrix = qrMatrix(url);
    const expected = new Set<string>();
    matrix.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x},${y}`)));
    expect(cellsOf(qrPath(matrix, 4), 4)).toEqual(expected);
  });

  it('fills each horizontal run as one box, never a stroke (Chrome prints a stroke under a point as a hairline)', () => {
    expect(qrPath([[true, true, false, true], [false, true, false, false]], 0)).toBe('M0 0h2v1h-2zm3 0h1v1h-1zM1 1h1v1h-1z');
    expect(qrPath([[false, false]], 2)).toBe('');
  });

  it('is a labelled image, black on white, with a quiet zone of four modules', () => {
    const svg = qrSvg(url, { label: 'Link to "the page" & more', className: 'qr' });
    const size = qrMatrix(url).length + 8;
    expect(svg).toContain(`viewBox="0 0 ${size} ${size}"`);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Link to &quot;the page&quot; &amp; more"');
    expect(svg).toContain('class="qr"');
    expect(svg).toContain('<rect width="' + size + '" height="' + size + '" fill="#fff"/>');
    expect(svg).toContain('<path fill="#000" d="M');
    expect(svg).not.toContain('stroke');
  });

  it('draws a bitmap of whole black and white modules, with a quiet zone of four', () => {
    const bitmap = qrBitmap(url, { scale: 3 });
    const size = (qrMatrix(url).length + 8) * 3;
    expect([bitmap.width, bitmap.height, bitmap.pixels.length]).toEqual([size, size, size * size]);
    expect(modulesOf(bitmap.pixels, bitmap.width, 3)).toEqual(qrMatrix(url));
  });

  it('is the same for the same address, so builds are reproducible', () => {
    expect(qrSvg(url, { label: 'x' })).toBe(qrSvg(url, { label: 'x' }));
    expect(qrSvg(url, { label: 'x' })).not.toBe(qrSvg(`${url}#x`, { label: 'x' }));
  });
});

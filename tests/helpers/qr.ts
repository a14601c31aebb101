/** Reading a QR bitmap back into modules, as a scanner would, for tests. */

/**
 * The modules of a square greyscale QR bitmap with a quiet zone of `margin`
 * modules, `scale` pixels each: true for dark. Throws if a module's pixels
 * are not all the same, or if the quiet zone is not light: then it is not a
 * clean code.
 */
export function modulesOf(pixels: Uint8Array, width: number, scale: number, margin = 4): boolean[][] {
  const modules = width / scale;
  if (!Number.isInteger(modules)) throw new Error(`a ${width}-pixel bitmap is not a whole number of ${scale}-pixel modules`);
  const grid = Array.from({ length: modules }, (_, my) =>
    Array.from({ length: modules }, (_, mx) => {
      const first = pixels[my * scale * width + mx * scale];
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          if (pixels[(my * scale + dy) * width + mx * scale + dx] !== first) throw new Error(`module ${mx},${my} is not one colour`);
        }
      if (first !== 0 && first !== 255) throw new Error(`module ${mx},${my} is grey (${first}), not black or white`);
      return first === 0;
    }),
  );
  const quiet = grid.flatMap((row, y) => row.filter((_, x) => x < margin || y < margin || x >= modules - margin || y >= modules - margin));
  if (quiet.some(Boolean)) throw new Error('the quiet zone has dark modules');
  return grid.slice(margin, modules - margin).map((row) => row.slice(margin, modules - margin));
}

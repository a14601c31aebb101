/**
 * Reproducible builds: two builds of the same source must match byte for
 * byte. Compares two output folders file by file by SHA-256.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from './site';

/** File path → SHA-256 of its bytes, for every file under `dir`. */
export function treeHashes(dir: string): Map<string, string> {
  return new Map(walk(dir).map((file) => [file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]));
}

/** Files that exist in only one tree or differ between them, one line each (sorted). */
export function treeDifferences(a: string, b: string): string[] {
  const left = treeHashes(a);
  const right = treeHashes(b);
  const differences: string[] = [];
  for (const [file, hash] of left) {
    if (!right.has(file)) differences.push(`${file}: only in the first build`);
    else if (right.get(file) !== hash) differences.push(`${file}: bytes differ`);
  }
  for (const file of right.keys()) if (!left.has(file)) differences.push(`${file}: only in the second build`);
  return differences.sort();
}

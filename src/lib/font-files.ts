/**
 * The font files the system offers to text drawn at build time (the social
 * cards, rasterised by sharp through fontconfig), as a sorted list of
 * "path:size:mtime" lines. A cache of drawn cards keys on it, so installing,
 * removing or updating a font redraws them instead of serving stale images.
 */
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where fontconfig finds fonts on Linux and macOS by default. */
export const FONT_FOLDERS = ['/usr/share/fonts', '/usr/local/share/fonts', join(homedir(), '.fonts'), join(homedir(), '.local/share/fonts'), '/Library/Fonts', '/System/Library/Fonts'];

/** The font files under `folders`, as sorted "path:size:mtime" lines (see above); a missing folder adds none. */
export function fontFiles(folders: readonly string[] = FONT_FOLDERS): string[] {
  const files: string[] = [];
  for (const folder of folders) {
    let entries;
    try {
      entries = readdirSync(folder, { recursive: true, withFileTypes: true });
    } catch {
      continue; // A folder this system does not have.
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      files.push(`${path}:${size}:${Math.trunc(mtimeMs)}`);
    }
  }
  return files.sort();
}

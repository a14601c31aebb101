/**
 * Running Astro builds from tests: the environment a real `npm run build`
 * sees, and throwaway copies of the project to build in.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The Astro CLI, run with this process's Node (the project's pinned Node 22 under `npm test`). */
export const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** What a build reads: everything else (tests, dist, caches) stays behind. */
const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json'];

/**
 * process.env as `npm run build` would see it, plus `extra`. Vitest sets
 * NODE_ENV=test and Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR) in
 * its process; a build that inherits them is a development build with
 * different CSS and script chunks, so every build a test starts goes through here.
 */
export function productionEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const { NODE_ENV, BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
  const given = Object.entries(extra).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return { ...env, ...Object.fromEntries(given) };
}

/** Copies the project's sources to a fresh temp folder (node_modules shared by symlink); returns the folder. */
export function copyProject(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

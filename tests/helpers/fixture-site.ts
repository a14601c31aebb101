/**
 * Builds a throwaway copy of the project with some content changed, to prove
 * that bad content fails the build with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tailwind.config.ts', 'tsconfig.json', 'package.json'];

export interface FixtureResult {
  /** Exit code of the Astro command. */
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/**
 * Copies the project to a temp folder, writes `files` (path → content; null
 * deletes), runs `astro <command>` there and returns its exit code and output.
 */
export function runFixtureSite(files: Record<string, string | null>, command: 'build' | 'sync' = 'build'): FixtureResult {
  const dir = mkdtempSync(join(tmpdir(), 'mg-fixture-'));
  try {
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const [path, content] of Object.entries(files)) {
      const target = join(dir, path);
      if (content === null) rmSync(target, { force: true });
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), command], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PDF: 'off', OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 180_000,
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    return { status: result.status, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

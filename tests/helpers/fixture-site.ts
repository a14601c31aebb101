/**
 * Builds a throwaway copy of the project with some content changed, to prove
 * that bad content fails the build with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ASTRO_CLI, copyProject, productionEnv } from './astro-build';

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
  const dir = copyProject('mg-fixture');
  try {
    for (const [path, content] of Object.entries(files)) {
      const target = join(dir, path);
      if (content === null) rmSync(target, { force: true });
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
    const result = spawnSync(process.execPath, [ASTRO_CLI, command], {
      cwd: dir,
      encoding: 'utf8',
      env: productionEnv({ PDF: 'off', OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache'), FORCE_COLOR: '0', NO_COLOR: '1' }),
      timeout: 180_000,
    });
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    return { status: result.status, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

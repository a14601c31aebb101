/**
 * Builds a throwaway copy of the project with some content changed, to prove
 * that bad content fails the build with a clear message.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ASTRO_CLI, copyProject, productionEnv } from './astro-build';

export interface FixtureResult {
  /** Exit code of the Astro command. */
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  /** Files in the output folder (dist/) after the command, sorted, with "/" separators. */
  published: string[];
  /** The built home page's HTML, if there is one. */
  home?: string;
  /** The built files asked for with `read` (paths in dist/), those that exist. */
  read: Record<string, string>;
}

/** Written into dist/ before a fixture build: a failed build must leave it, a good one replace it. */
export const LAST_GOOD_BUILD = { 'dist/last-good-build.txt': 'the site as the last good build left it' };

/**
 * Copies the project to a temp folder, writes `files` (path → content; null
 * deletes), runs `astro <command>` there (with `env` added to the build's
 * environment) and resolves with its exit code, output and the built files
 * named in `read`. Asynchronous, so several fixture builds can run side by side.
 */
export async function runFixtureSite(
  files: Record<string, string | null>,
  command: 'build' | 'sync' = 'build',
  { env = {}, read = [] }: { env?: Record<string, string>; read?: string[] } = {},
): Promise<FixtureResult> {
  await slot.acquire();
  let copied: string | undefined;
  try {
    const dir = (copied = copyProject('mg-fixture'));
    for (const [path, content] of Object.entries(files)) {
      const target = join(dir, path);
      if (content === null) rmSync(target, { force: true });
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    }
    return await new Promise<FixtureResult>((done, fail) => {
      const child = spawn(process.execPath, [ASTRO_CLI, command], {
        cwd: dir,
        env: productionEnv({ PDF: 'off', OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, '.cache'), FORCE_COLOR: '0', NO_COLOR: '1', ...env }),
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: BUILD_TIMEOUT_MS,
      });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('error', fail);
      child.on('close', (status, signal) => {
        if (signal) output += `\n[fixture] astro ${command} stopped by ${signal} (more than ${BUILD_TIMEOUT_MS / 1000} s?)`;
        const outDir = join(dir, 'dist');
        const published = existsSync(outDir) ? readdirSync(outDir, { recursive: true, encoding: 'utf8' }).map((f) => f.split('\\').join('/')).sort() : [];
        const home = published.includes('index.html') ? readFileSync(join(outDir, 'index.html'), 'utf8') : undefined;
        const built = Object.fromEntries(read.filter((path) => published.includes(path)).map((path) => [path, readFileSync(join(outDir, path), 'utf8')]));
        done({ status, output: output.replace(/\x1b\[[0-9;]*m/g, ''), published, home, read: built });
      });
    });
  } finally {
    // Release the slot even when the copy itself failed, or every later fixture build waits forever.
    if (copied) rmSync(copied, { recursive: true, force: true });
    slot.release();
  }
}

const BUILD_TIMEOUT_MS = 240_000;

/** At most two fixture builds at once: one per core on the 2-core machines this runs on. */
const slot = (() => {
  let free = 2;
  const waiting: (() => void)[] = [];
  return {
    acquire: () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((resume) => waiting.push(resume))),
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
})();

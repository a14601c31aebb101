/**
 * Builds for the benchmark: copies of this project (or a bare baseline) in
 * temp folders, built with Astro as a child process, timed on the wall clock
 * with the peak memory of the build process.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ASTRO_CLI as ASTRO, ROOT, copyProject as copySources } from '../helpers/astro-build.ts';

export { ROOT };
const NODE = process.execPath;

/** A fresh temp folder for the benchmark; removed by `cleanUp`. */
const made: string[] = [];
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `mg-bench-${name}-`));
  made.push(dir);
  return dir;
}
export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Copies the project's sources into a temp folder, sharing node_modules by symlink. */
export function copyProject(name: string): string {
  const dir = copySources(`mg-bench-${name}`);
  made.push(dir);
  return dir;
}

export interface BuildResult {
  /** Wall-clock time of the whole `astro build`, integrations (Pagefind, PDFs) included. */
  ms: number;
  /** Peak resident memory of the build, in MB. */
  peakMb: number;
  /** HTML pages written. */
  pages: number;
  out: string;
}

export interface BuildOptions {
  /** Called with each line of the build's output, prefixed with the seconds since it started. */
  log?: (line: string) => void;
  /** The Astro CLI to run: this project's unless the site has its own (the Starlight baseline). */
  astro?: string;
}

/** Runs `astro build` in `dir` into dir/dist with its own cache; rejects with the output if it fails. */
export function build(dir: string, env: Record<string, string> = {}, options: BuildOptions = {}): Promise<BuildResult> {
  const out = join(dir, 'dist');
  // GNU time reports the peak memory of the build and its children; without it, the Node process's own.
  const timed = existsSync('/usr/bin/time');
  const command = timed ? '/usr/bin/time' : NODE;
  const cli = options.astro ?? ASTRO;
  const args = timed ? ['-f', 'MAXRSS_KB=%M', NODE, cli, 'build'] : ['--import', 'data:text/javascript,process.on("exit",()=>console.error("MAXRSS_KB="+process.resourceUsage().maxRSS))', cli, 'build'];
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd: dir,
      env: { ...process.env, OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let partial = '';
    const collect = (chunk: Buffer) => {
      output += chunk;
      if (!options.log) return;
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      const at = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
      for (const line of lines) options.log(`${at}s ${line}`);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) {
        fail(new Error(`astro build in ${dir} failed (${code}):\n${output.slice(-4000)}`));
        return;
      }
      const peakKb = Number(/MAXRSS_KB=(\d+)/.exec(output)?.[1] ?? 0);
      done({ ms, peakMb: Math.round(peakKb / 1024), pages: countPages(out), out });
    });
  });
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind')).length;
}

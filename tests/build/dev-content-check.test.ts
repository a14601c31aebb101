/**
 * Writing with `npm run dev`: a content mistake saved while the server runs is
 * reported at once, in the terminal and on the page, and its fix is
 * acknowledged. Astro alone would log a schema error once and keep
 * serving the old page; and a file failing its schema as the server starts
 * is named plainly, where Astro would stop with a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASTRO_CLI, copyProject, productionEnv } from '../helpers/astro-build';

let server: ChildProcess | undefined;
let dir: string | undefined;
let output = '';

afterAll(() => {
  server?.kill('SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The dev server's environment for a project copy in `dir`; without Vitest's own variables: under VITEST, Astro's dev server answers every page with 404. */
function devEnv(dir: string): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(productionEnv({ ASTRO_CACHE_DIR: join(dir, '.cache'), FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' })).filter(([name]) => !name.startsWith('VITEST') && name !== 'TEST'));
}

/** Resolves once the server's output, after `from`, matches `pattern`; fails after `ms`. */
function outputMatching(pattern: RegExp, from: number, ms = 60_000): Promise<string> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const seen = output.slice(from);
      if (pattern.test(seen)) {
        clearInterval(poll);
        done(seen);
      } else if (Date.now() - started > ms) {
        clearInterval(poll);
        fail(new Error(`no ${pattern} in the dev server's output within ${ms / 1000} s:\n${seen}`));
      }
    }, 100);
  });
}

describe('astro dev', { timeout: 180_000 }, () => {
  it('reports a frontmatter mistake as soon as the file is saved, and says when it is fixed; shows a source id used twice over the page', async () => {
    dir = copyProject('mg-dev');
    const port = String(4300 + Math.floor(Math.random() * 600));
    server = spawn(process.execPath, [ASTRO_CLI, 'dev', '--port', port, '--host', '127.0.0.1'], {
      cwd: dir,
      env: devEnv(dir),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    await outputMatching(/ready in/i, 0, 120_000);
    // The first requests can meet Vite still optimising its dependencies: wait for a page.
    const home = `http://127.0.0.1:${port}/`;
    for (let tries = 0; (await fetch(home)).status !== 200; tries++) {
      if (tries > 60) throw new Error(`the dev server never served ${home}:\n${output}`);
      await new Promise((wait) => setTimeout(wait, 1000));
    }

    const file = join(dir, 'content/explainers/migration.mdx');
    const good = readFileSync(file, 'utf8');
    let mark = output.length;
    writeFileSync(file, good.replace(/^summary:.*\n(?: {2}.*\n)*/m, ''));
    const reported = await outputMatching(/found: missing/, mark);
    expect(reported).toContain('content/explainers/migration.mdx');
    expect(reported).toMatch(/field: summary\s+found: missing\s+fix: +add summary: to the frontmatter/);
    // The pages show the problem too, rather than the last good version of the site.
    const shown = await fetch(home);
    expect(shown.status).toBe(500);
    // Astro's error page: the browser draws the message from the dev server; here its title names our error.
    expect(await shown.text()).toContain('<title>ContentError</title>');

    mark = output.length;
    writeFileSync(file, good);
    await outputMatching(/The content problems are fixed\./, mark);
    for (let tries = 0; (await fetch(home)).status !== 200; tries++) {
      if (tries > 60) throw new Error(`the dev server never served ${home} again once fixed:\n${output.slice(mark)}`);
      await new Promise((wait) => setTimeout(wait, 500));
    }

    // A source id used twice: Astro would keep one entry for both and log a line; the pages show the problem.
    const sources = join(dir, 'content/sources/sources.yaml');
    const allSources = readFileSync(sources, 'utf8');
    mark = output.length;
    writeFileSync(sources, `${allSources}\n- id: ap-2025-06-09\n  publisher: Test Publisher\n  title: A page\n  date: 2025-06-09\n  language: en\n  url: https://example.org/\n  group: background\n  reliability: standard\n`);
    await outputMatching(/"ap-2025-06-09", which the entry at line \d+ already uses/, mark);
    let page = await fetch(`${home}explainers/migration/`);
    for (let tries = 0; page.status !== 500; tries++) {
      if (tries > 60) throw new Error(`the dev server kept serving the page with a duplicated source id:\n${output.slice(mark)}`);
      await new Promise((wait) => setTimeout(wait, 500));
      page = await fetch(`${home}explainers/migration/`);
    }
    expect(await page.text()).toContain('<title>ContentError</title>');
    writeFileSync(sources, allSources);
  });

  it('does not start over a file failing its schema: says so after the problems, with no stack trace (Astro would stop there with one)', async () => {
    const broken = copyProject('mg-dev-schema');
    try {
      const sources = join(broken, 'content/sources/sources.yaml');
      writeFileSync(sources, readFileSync(sources, 'utf8').replace('  language: es\n', '  language: fr\n'));
      const port = String(4300 + Math.floor(Math.random() * 600));
      const child = spawn(process.execPath, [ASTRO_CLI, 'dev', '--port', port, '--host', '127.0.0.1'], {
        cwd: broken,
        env: devEnv(broken),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let said = '';
      child.stdout!.on('data', (chunk) => (said += chunk));
      child.stderr!.on('data', (chunk) => (said += chunk));
      const code = await new Promise<number | null>((done) => child.on('exit', done));
      expect(code).toBe(1);
      expect(said).toMatch(/content\/sources\/sources\.yaml\n\s+field: entry \d+: language \(line \d+\)\n\s+found: "fr"/);
      expect(said).toContain('The dev server cannot start while a content file fails its schema (Astro stops at it): fix these in the files named, then run npm run dev again.');
      expect(said).not.toMatch(/Stack trace|InvalidContentEntryDataError/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

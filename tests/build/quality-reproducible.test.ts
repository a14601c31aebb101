/**
 * Two clean builds of the same source give byte-identical output, PDFs
 * included. The second build runs in a copy of the project in another folder
 * with its own cache, so nothing from one build, its cache or its path leaks
 * into the other. When the test run built dist/ itself, that is the first
 * build; when it reused an old dist/ (TEST_REUSE_DIST=1), two copies are built.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ASTRO_CLI, ROOT, copyProject, productionEnv } from '../helpers/astro-build';
import { treeDifferences } from '../helpers/gates/reproducible';
import { readPdfPages } from '../helpers/pdf';
import { DIST } from '../helpers/serve';

const copies: string[] = [];

/** The copies are not git checkouts: hand them the commit date the real build would use. */
function commitEpoch(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
const SOURCE_DATE_EPOCH = process.env.SOURCE_DATE_EPOCH ?? commitEpoch();

/** Copies the project to a fresh folder and builds it there; resolves with the output folder. */
function cleanBuild(): Promise<string> {
  const dir = copyProject('mg-repro');
  copies.push(dir);
  const out = join(dir, 'dist');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO_CLI, 'build'], {
      cwd: dir,
      // Built as the test setup builds dist/: the same production environment.
      env: productionEnv({ OUT_DIR: out, ASTRO_CACHE_DIR: join(dir, '.cache'), NO_COLOR: '1', SOURCE_DATE_EPOCH }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) => (code === 0 ? done(out) : fail(new Error(`build in ${dir} failed (${code}):\n${errors}`))));
  });
}

afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** How two builds' copies of a PDF differ: sizes, page counts, and the first page whose text differs, if any. */
async function pdfDifference(first: string, second: string, file: string): Promise<string> {
  const [a, b] = [first, second].map((dir) => readFileSync(join(dir, file)));
  const [pagesA, pagesB] = await Promise.all([readPdfPages(a), readPdfPages(b)]);
  const differing = pagesA.findIndex((page, index) => page.text !== pagesB[index]?.text || page.links.join() !== pagesB[index]?.links.join());
  const offset = a.findIndex((byte, index) => byte !== b[index]);
  return ` (${a.length} and ${b.length} bytes, first differing at byte ${offset}; ${pagesA.length} and ${pagesB.length} pages; ${differing === -1 ? 'the same text and links on every page' : `text or links differ from page ${differing + 1}`})`;
}

describe('reproducible builds', () => {
  it('two clean builds in different folders produce byte-identical files', { timeout: 900_000 }, async () => {
    const [first, second] = inject('distBuiltFromSource') ? [DIST, await cleanBuild()] : await Promise.all([cleanBuild(), cleanBuild()]);
    const differences = treeDifferences(first, second);
    // A PDF that differs says how, to tell a layout change from one in the file's structure alone.
    const described = await Promise.all(
      differences.map(async (line) => {
        const pdf = /^(.+\.pdf): bytes differ$/.exec(line);
        return pdf ? line + (await pdfDifference(first, second, pdf[1])) : line;
      }),
    );
    expect(described).toEqual([]);
  });
});

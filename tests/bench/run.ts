/**
 * `npm run bench`: measures the site and prints tables. Not a test: nothing
 * here fails a build; it reports figures against the targets in the quality
 * issue. Runs on its own copies of the project in temp folders.
 *
 *   npm run bench              everything (about 5 minutes on 2 cores, plus installing
 *                              Astro Starlight from the npm registry for its baseline)
 *   npm run bench -- --quick   100 generated pages only, no Lighthouse
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/chromium.ts';
import { bareProject } from './bare.ts';
import { generateExplainers } from './generate.ts';
import { lighthouseScores, CATEGORIES } from './lighthouse.ts';
import { build, cleanUp, copyProject, type BuildResult } from './project.ts';
import { serveSite } from './server.ts';
import { starlightAstro, starlightProject, STARLIGHT_VERSION } from './starlight.ts';
import { grid, kb, seconds, table, type BenchRow } from './table.ts';
import { measureTransfer, type Transfer } from './transfer.ts';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [100] : [100, 1000];
/** The issue's target: our build of 1,000 generated explainers within 1.25× the bare site's time. */
const RATIO_TARGET = 1.25;
const out: string[] = [];
const say = (text: string) => {
  out.push(text);
  console.log(text);
};
const log = (text: string) => console.error(`[bench] ${text}`);

/** Site path of the explainer used for per-page figures: a long, typical page, or the first there is. */
function explainerPath(dir: string): string {
  const slugs = readdirSync(join(dir, 'explainers')).sort();
  return `/explainers/${slugs.includes('la-mesilla-incident') ? 'la-mesilla-incident' : slugs[0]}/`;
}
const fileOf = (dir: string, path: string) => join(dir, path, 'index.html');

/** A row of the transfer table: KB raw / gzip by kind, the gzip total, requests / render-blocking. */
function transferRow(label: string, t: Transfer): string[] {
  const cell = (k: keyof Transfer['bytes']) => `${kb(t.bytes[k].raw)} / ${kb(t.bytes[k].gzip)}`;
  const total = Object.values(t.bytes).reduce((sum, b) => sum + b.gzip, 0);
  return [label, cell('html'), cell('css'), cell('js'), cell('font'), cell('other'), kb(total), `${t.requests} / ${t.renderBlocking}`];
}

/** A Starlight build and the size of its first generated page, or why it could not be measured (the bench goes on). */
type StarlightResult = { build: BuildResult; page: string; pageBytes: number } | { error: string };
async function buildStarlight(fromDir: string, files: string[]): Promise<StarlightResult> {
  try {
    const dir = starlightProject(fromDir, files);
    const result = await build(dir, {}, { astro: starlightAstro(dir) });
    const page = `/${files[0].replace(/\.mdx$/, '')}/`;
    return { build: result, page, pageBytes: readFileSync(fileOf(result.out, page)).length };
  } catch (error) {
    const lines = (error as Error).message.split('\n');
    return { error: (lines.find((line) => /\[ERROR\]|Error:/.test(line)) ?? lines[0]).trim() };
  }
}

async function main() {
  say(`Benchmark on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores. Times are wall clock.`);

  // 1. The real site, as `npm run build` makes it (PDFs included).
  log('building the real site…');
  const realDir = copyProject('real');
  const real = await build(realDir);
  const explainer = explainerPath(real.out);

  // 2. Generated explainers in our site and in the bare baseline, same pages, same run.
  const builds: { size: number; ours: BuildResult; bare: BuildResult; explainerBytes: number; starlight: StarlightResult }[] = [];
  for (const size of SIZES) {
    log(`generating ${size} explainers and building our site (PDF=off)…`);
    const dir = copyProject(`gen${size}`);
    const files = generateExplainers(dir, size);
    const ours = await build(dir, { PDF: 'off' });
    log(`building the bare Astro + MDX + Pagefind site with the same ${size} pages…`);
    const bare = await build(bareProject(join(dir, 'content/explainers'), files));
    log(`building an Astro Starlight ${STARLIGHT_VERSION} site with the same ${size} pages (installing it on first use)…`);
    const starlight = await buildStarlight(join(dir, 'content/explainers'), files);
    builds.push({ size, ours, bare, explainerBytes: readFileSync(fileOf(ours.out, explainer)).length, starlight });
  }
  const starlightNote = ({ starlight }: { starlight: StarlightResult }) =>
    'error' in starlight ? `Starlight not measured: ${starlight.error}` : `Starlight ${seconds(starlight.build.ms)} s`;
  const perPage = (b: BuildResult) => `${Math.round(b.ms / b.pages)} ms`;
  say(
    grid(
      'Build time and memory (cost per page should stay flat as pages grow)',
      ['build', 'HTML pages', 'time (s)', 'per page', 'peak MB'],
      [
        ['real site (PDFs on)', String(real.pages), seconds(real.ms), perPage(real), String(real.peakMb)],
        ...builds.flatMap(({ size, ours, bare, starlight }) => [
          [`ours, +${size} generated (PDF=off)`, String(ours.pages), seconds(ours.ms), perPage(ours), String(ours.peakMb)],
          [`bare Astro+MDX+Pagefind, ${size}`, String(bare.pages), seconds(bare.ms), perPage(bare), String(bare.peakMb)],
          'error' in starlight
            ? [`Starlight, ${size}`, '—', '—', '—', '—']
            : [`Starlight, ${size}`, String(starlight.build.pages), seconds(starlight.build.ms), perPage(starlight.build), String(starlight.build.peakMb)],
        ]),
      ],
    ),
  );
  say(
    table(
      'Ours against the bare baseline (same generated pages, same run)',
      builds.flatMap((result) => [
        {
          name: `build time ratio, ${result.size} generated explainers`,
          value: Number((result.ours.ms / result.bare.ms).toFixed(2)),
          unit: '×',
          target: result.size >= 1000 ? RATIO_TARGET : undefined,
          note: `${seconds(result.ours.ms)} s against ${seconds(result.bare.ms)} s; ${starlightNote(result)}`,
        },
        ...('error' in result.starlight
          ? []
          : [
              {
                name: `Starlight's ratio, ${result.size} generated explainers`,
                value: Number((result.starlight.build.ms / result.bare.ms).toFixed(2)),
                unit: '×',
                note: `ours takes ${(result.ours.ms / result.starlight.build.ms).toFixed(2)}× Starlight's time (the issue: well under it)`,
              },
            ]),
      ]),
    ),
  );
  const realExplainerBytes = readFileSync(fileOf(real.out, explainer)).length;
  say(
    table(`Page size as the site grows (${explainer}, raw HTML)`, [
      { name: `with the real ${real.pages} pages`, value: kb(realExplainerBytes), unit: 'KB' },
      ...builds.map(({ size, ours, explainerBytes, starlight }) => ({
        name: `with ${ours.pages} pages (+${size} generated)`,
        value: kb(explainerBytes),
        unit: 'KB',
        note: `${explainerBytes === realExplainerBytes ? 'identical' : `${explainerBytes - realExplainerBytes > 0 ? '+' : ''}${explainerBytes - realExplainerBytes} bytes`}; ${'error' in starlight ? 'Starlight not measured' : `a Starlight page: ${kb(starlight.pageBytes)} KB`}`,
      })),
    ]),
  );

  // 3. In the browser, on the real build served with gzip.
  const server = await serveSite(real.out);
  const browser = await chromium.launch({ executablePath: await findChromium(process.env, { preferFullBrowser: true }), args: CHROMIUM_ARGS });
  try {
    const pageTypes: [string, string][] = [
      ['home', '/'],
      ['explainer', explainer],
      ['article', '/article/'],
      ['brief', existsSync(join(real.out, 'briefs')) ? `/briefs/${explainer.split('/')[2]}/` : ''],
      ['search', existsSync(join(real.out, 'search/index.html')) ? '/search/' : ''],
    ];
    const rows: string[][] = [];
    for (const [type, path] of pageTypes) {
      if (!path || !existsSync(fileOf(real.out, path))) {
        rows.push([type, 'not built', '', '', '', '', '', '']);
        continue;
      }
      rows.push(transferRow(`${type} ${path}`, await measureTransfer(browser, server.url, real.out, path)));
    }
    // A generated page of the largest Starlight site, whose files are still in place.
    const starlight = builds.at(-1)?.starlight;
    if (starlight && !('error' in starlight)) {
      const starlightServer = await serveSite(starlight.build.out);
      try {
        rows.push(transferRow(`Starlight page, ${starlight.build.pages}-page site`, await measureTransfer(browser, starlightServer.url, starlight.build.out, starlight.page)));
      } finally {
        await starlightServer.close();
      }
    }
    say(
      grid(
        'Transfer on first load, before any interaction (KB raw / gzip)',
        ['page', 'HTML', 'CSS', 'JS', 'fonts', 'other', 'total gzip', 'requests / render-blocking'],
        rows,
      ),
    );

    // 4. Search and PDFs, measured by the modules their own features ship.
    say(table('Search (tests/bench/search.ts)', await optionalBench('./search.ts', 'benchSearch', { dir: real.out, browser })));
    say(table('PDF briefs (tests/bench/pdf.ts)', await optionalBench('./pdf.ts', 'benchPdf', { dir: real.out, browser, projectDir: realDir })));
  } finally {
    await browser.close();
  }

  // 5. Lighthouse, mobile.
  if (!quick) {
    log('running Lighthouse…');
    const paths = ['/', explainer, '/article/', ...(existsSync(join(real.out, 'search/index.html')) ? ['/search/'] : [])];
    const results = await lighthouseScores(server.url, paths);
    say(
      grid(
        'Lighthouse 12, mobile (target: 100 in every category)',
        ['page', ...CATEGORIES, 'audits losing points'],
        results.map((r) => [r.page, ...CATEGORIES.map((c) => String(r.scores[c])), r.failing.join(', ') || '—']),
      ),
    );
  }
  await server.close();
}

/** How long one bench module may run before the table reports it as stuck and the bench goes on. */
const MODULE_LIMIT_MS = 5 * 60_000;

/** Calls `name` from a bench module another feature ships, or reports why it could not. */
async function optionalBench(module: string, name: string, options: Record<string, unknown>): Promise<BenchRow[]> {
  if (!existsSync(join(import.meta.dirname, module))) return [{ name: `${module} is not in this checkout`, value: '—', unit: '', note: 'not measured' }];
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${MODULE_LIMIT_MS / 60_000} minutes`)), MODULE_LIMIT_MS);
  });
  try {
    const exports = (await import(module)) as Record<string, (o: Record<string, unknown>) => Promise<BenchRow[]>>;
    return await Promise.race([exports[name](options), stuck]);
  } catch (error) {
    return [{ name: `${module} ${name}() failed`, value: '—', unit: '', note: (error as Error).message.split('\n')[0] }];
  } finally {
    clearTimeout(timer);
  }
}

try {
  await main();
} finally {
  cleanUp();
}

/**
 * The search index as two build steps (src/integrations/pagefind.ts): `index` leaves Pagefind
 * writing while later steps run, and `written` must still fail the build if the writing fails,
 * or if the steps are listed in the wrong order.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { pagefind } from '../../src/integrations/pagefind';

type Hook = (options: Record<string, unknown>) => Promise<void> | void;
const hook = (integration: AstroIntegration, name: string) => integration.hooks[name as keyof AstroIntegration['hooks']] as unknown as Hook;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site in a temp folder: the search bundle, plus `pages` (path → HTML). */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-pagefind-'));
  made.push(dir);
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro/search-ui.abc123.js'), '');
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

/** Runs both steps over `dir` as the build would, with `between` in the middle; returns what `written` logged. */
async function build(dir: string, between: () => void = () => {}): Promise<string[]> {
  const search = pagefind();
  const logged: string[] = [];
  const logger = { info: (line: string) => logged.push(line) };
  await hook(search.index, 'astro:config:done')({ config: { base: '/', build: { assets: '_astro' } } });
  await hook(search.index, 'astro:build:done')({ dir: pathToFileURL(`${dir}/`), logger });
  between();
  await hook(search.written, 'astro:build:done')({ dir: pathToFileURL(`${dir}/`), logger });
  return logged;
}

const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>The border runs for hundreds of kilometres.</p></main></body></html>`;

describe('the search index steps', () => {
  it('write the index by the time `written` resolves, and log what was indexed', async () => {
    const dir = site({ 'explainers/the-border/index.html': page('The border') });
    const logged = await build(dir);
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    expect(logged.join('\n')).toMatch(/^Pagefind indexed 1 pages as 1 sections in /);
  }, 30_000);

  it('fail at `written` when Pagefind writes no records, though `index` returned before the writing ended', async () => {
    const dir = site({});
    let indexReturned = false;
    await expect(build(dir, () => (indexReturned = true))).rejects.toThrow('Pagefind indexed no pages: no page has data-pagefind-body.');
    expect(indexReturned).toBe(true);
  }, 30_000);

  it('fail with the fix when `written` is listed before `index`', async () => {
    const search = pagefind();
    await expect(async () => hook(search.written, 'astro:build:done')({ logger: { info() {} } })).rejects.toThrow(
      'list pagefind().index before pagefind().written in astro.config.mjs',
    );
  });
});

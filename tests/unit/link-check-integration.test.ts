/**
 * The link check as two build steps (src/integrations/link-check.ts): `read` parses the pages
 * early, `check` runs last. A page written between the two must be checked as it ends up, and
 * a page that appears between them checked at all.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linkCheck } from '../../src/integrations/link-check';

type Hook = (options: Record<string, unknown>) => Promise<void> | void;
const hook = (integration: AstroIntegration, name: string) => integration.hooks[name as keyof AstroIntegration['hooks']] as unknown as Hook;

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Writes `pages` (path → HTML) into `dir`. */
function write(dir: string, pages: Record<string, string>): void {
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
}

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Page</title></head><body><main id="main">${body}</main></body></html>`;

/** Runs both steps over a site made of `pages`, with `between` in the middle; resolves with what `check` logged, into `logged`. */
async function run(pages: Record<string, string>, between: (dir: string) => void = () => {}, logged: string[] = []): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mg-link-check-'));
  made.push(dir);
  write(dir, pages);
  const links = linkCheck();
  const logger = { info: (line: string) => logged.push(line), error: (line: string) => logged.push(line) };
  const url = pathToFileURL(`${dir}/`);
  await hook(links.read, 'astro:config:done')({ config: { base: '/', site: 'https://example.org', root: url } });
  await hook(links.read, 'astro:build:done')({ dir: url, logger });
  between(dir);
  await hook(links.check, 'astro:build:done')({ dir: url, logger });
  return logged;
}

const site = {
  'index.html': page('<a href="/about/">About</a> <a href="#main">Top</a>'),
  'about/index.html': page('<a href="/">Home</a>'),
};

describe('the link check steps', () => {
  it('pass a site whose links all resolve, counting every page', async () => {
    expect(await run(site)).toEqual(['Every internal link and #fragment on 2 pages resolves.']);
  });

  /** Runs the steps expecting the build to stop: resolves with what was logged, the problems and the exit. */
  async function stopped(between: (dir: string) => void): Promise<string> {
    // The build stops with the problems logged, not thrown (which Astro words as the tool's fault).
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    const logged: string[] = [];
    await expect(run(site, between, logged)).rejects.toThrow('exit 1');
    return logged.join('\n');
  }

  it('fail on a broken link in a page rewritten after the links were read', async () => {
    expect(await stopped((dir) => write(dir, { 'about/index.html': page('<a href="/missing/">Gone</a>') }))).toContain('/missing/');
  });

  it('fail on a broken link in a page written after the links were read', async () => {
    expect(await stopped((dir) => write(dir, { 'late/index.html': page('<a href="/about/#nowhere">Nowhere</a>') }))).toContain('#nowhere');
  });

  it('fail on a link to a page removed after the links were read', async () => {
    const logged = await stopped((dir) => rmSync(join(dir, 'about'), { recursive: true }));
    expect(logged).toContain('/about/');
    expect(logged).toContain('The build stopped before publishing: the last good build is still in place.');
  });
});

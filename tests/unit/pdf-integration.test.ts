/**
 * The PDF integration's contract with the build when there is no browser:
 * fail with instructions, unless PDFs are turned off. The browser finder is
 * mocked to find nothing; nothing else is.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BrowserNotFoundError } from '../../src/integrations/chromium';
import { pdf } from '../../src/integrations/pdf';

vi.mock('../../src/integrations/chromium.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/integrations/chromium')>();
  return { ...original, findChromium: vi.fn(async () => Promise.reject(new original.BrowserNotFoundError(['/usr/bin/chromium']))) };
});

const BRIEF = `<!doctype html><html lang="en"><body><article data-pdf="brief" data-pdf-title="Brief: T" data-pdf-subject="S" data-pdf-keywords="a; b" data-pdf-date="2026-11-27" data-pdf-author="A"></article></body></html>`;
const folders: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A built site with one brief, and the hook run over it. */
async function buildDone() {
  const dir = mkdtempSync(join(tmpdir(), 'mg-pdf-'));
  folders.push(dir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body>home</body></html>');
  const brief = join(dir, 'briefs', 'x');
  mkdirSync(brief, { recursive: true });
  writeFileSync(join(brief, 'index.html'), BRIEF);
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
  const integration = pdf();
  const hook = integration.hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  const run = hook({ dir: pathToFileURL(`${dir}/`), logger, pages: [], assets: new Map() });
  return { run, logger, brief };
}

describe('PDFs without a browser', () => {
  it('fail the build, saying how to provide a browser or turn PDFs off', async () => {
    vi.stubEnv('PDF', '');
    const { run } = await buildDone();
    await expect(run).rejects.toBeInstanceOf(BrowserNotFoundError);
    await expect(run).rejects.toThrow(/No Chromium browser was found[\s\S]*CHROME_PATH[\s\S]*PDF=off/);
  });

  it('are skipped with PDF=off, and the build goes on', async () => {
    vi.stubEnv('PDF', 'off');
    const { run, logger, brief } = await buildDone();
    await expect(run).resolves.toBeUndefined();
    expect(readdirSync(brief)).toEqual(['index.html']);
    expect(logger.info).toHaveBeenCalledWith(expect.stringContaining('PDF=off'));
  });
});

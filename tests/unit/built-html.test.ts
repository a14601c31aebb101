import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtHtmlFiles, readBuiltHtml } from '../../src/integrations/built-html';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-built-html-'));
  made.push(dir);
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), `<p>${file}</p>`);
  }
  return dir;
}

describe('the listing of built pages', () => {
  it('lists every HTML file, sorted, and leaves out the asset folders at the top', () => {
    const dir = site(['index.html', 'es/index.html', 'explainers/b/index.html', 'explainers/a/index.html', '404.html', 'feed.xml', 'explainers/a/qr.png', '_astro/x.html', 'pagefind/fragment/y.html', 'topics/pagefind/index.html']);
    expect(builtHtmlFiles(dir)).toEqual(['404.html', 'es/index.html', 'explainers/a/index.html', 'explainers/b/index.html', 'index.html', 'topics/pagefind/index.html']);
  });

  it('reads a page as text', () => {
    const dir = site(['explainers/a/index.html']);
    expect(readBuiltHtml(dir, 'explainers/a/index.html')).toBe('<p>explainers/a/index.html</p>');
  });
});

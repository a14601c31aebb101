import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtHtmlFiles, forgetBuiltHtml, readBuiltHtml, writeBuiltHtml } from '../../src/integrations/built-html';

const made: string[] = [];
afterEach(() => {
  forgetBuiltHtml();
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

describe('one copy of each page for the steps after the build', () => {
  const page = 'explainers/a/index.html';
  /** Sets the page's file to a time a whole second, which a file's time holds exactly. */
  const pin = (dir: string) => utimesSync(join(dir, page), 1_700_000_000, 1_700_000_000);
  /** Puts `html` in the page's pinned file, with the file's size and time as they were. */
  const swapUnseen = (dir: string, html: string) => {
    expect(Buffer.byteLength(html)).toBe(statSync(join(dir, page)).size);
    writeFileSync(join(dir, page), html);
    pin(dir);
  };

  it('reads a page from disk once while its file keeps its size and time', () => {
    const dir = site([page]);
    pin(dir);
    expect(readBuiltHtml(dir, page)).toBe('<p>explainers/a/index.html</p>');
    swapUnseen(dir, '<p>EXPLAINERS/A/INDEX.HTML</p>');
    expect(readBuiltHtml(dir, page)).toBe('<p>explainers/a/index.html</p>');
    forgetBuiltHtml();
    expect(readBuiltHtml(dir, page)).toBe('<p>EXPLAINERS/A/INDEX.HTML</p>');
  });

  it('reads a page again when its file has changed', () => {
    const dir = site([page]);
    readBuiltHtml(dir, page);
    writeFileSync(join(dir, page), '<p>rewritten by another step</p>');
    expect(readBuiltHtml(dir, page)).toBe('<p>rewritten by another step</p>');
  });

  it('writes a rewritten page to disk and gives its new text to the next read', () => {
    const dir = site([page]);
    readBuiltHtml(dir, page);
    writeBuiltHtml(dir, page, '<p>with its own policy</p>');
    expect(readFileSync(join(dir, page), 'utf8')).toBe('<p>with its own policy</p>');
    expect(readBuiltHtml(dir, page)).toBe('<p>with its own policy</p>');
  });
});

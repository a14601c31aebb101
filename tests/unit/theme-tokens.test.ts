/**
 * The dark theme's colours are written twice in src/styles/global.css: once
 * for readers whose system asks for dark (and who chose nothing), once for
 * readers who chose dark with the toggle. CSS cannot share one block between
 * a media query and a selector, so this test keeps the two the same, and keeps
 * the browser's theme colour (src/lib/site.ts) the same as the page's paper.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/lib/site';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

/** The custom properties a block declares, by name. */
function declarations(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+|color-scheme)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]));
}

/** The body of the first block that `pattern` finds; fails the test when the file no longer has it. */
function block(pattern: RegExp, what: string): Record<string, string> {
  const match = pattern.exec(css);
  if (!match) throw new Error(`src/styles/global.css no longer has ${what}; update this test with it`);
  return declarations(match[1]);
}

const palette = block(/\/\* Raw palette[^*]*\*\/\s*:root \{([^}]*)\}/, 'the raw palette block');
const light = block(/\/\* Functional aliases, light\. \*\/\s*:root \{([^}]*)\}/, 'the light aliases block');
const systemDark = block(/@media \(prefers-color-scheme: dark\) \{\s*:root:not\(\[data-theme='light'\]\) \{([^}]*)\}/, 'the dark block for the system preference');
const chosenDark = block(/\n:root\[data-theme='dark'\] \{([^}]*)\}/, 'the dark block for the toggle');

/** A token's colour, following var(--palette-…) to the palette. */
const resolve = (value: string) => value.replace(/^var\((--palette-[\w-]+)\)$/, (_, name: string) => palette[name] ?? `unknown ${name}`);

describe('theme tokens', () => {
  it('give the same dark colours whether the system or the reader chose dark', () => {
    expect(Object.keys(chosenDark).length).toBeGreaterThan(10);
    expect(systemDark).toEqual(chosenDark);
  });

  it('give every light token a dark value', () => {
    expect(Object.keys(chosenDark).sort()).toEqual(Object.keys(light).sort());
  });

  it('colour the browser chrome like the page', () => {
    expect(resolve(light['--paper'])).toBe(SITE.themeColor.light);
    expect(resolve(chosenDark['--paper'])).toBe(SITE.themeColor.dark);
  });
});

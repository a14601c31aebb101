/**
 * A built site as the gates read it: its HTML pages, parsed once. The same
 * reader serves the real dist/ and the tiny defect fixtures, so every gate is
 * proven against a planted defect with exactly the code that checks the site.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { DIST } from '../serve';

export interface BuiltPage {
  /** File path in the build, with a leading slash: "/article/index.html". */
  file: string;
  /** Path the page is served at, without base: "/article/" or "/404.html". */
  route: string;
  html: string;
  $: CheerioAPI;
}

export interface BuiltSite {
  /** Folder holding the build. */
  dir: string;
  /** The deployment sub-path the build was made for ("/" or "/docs/"). */
  base: string;
  /** The production origin pages point at in canonical and social URLs. */
  origin: string;
  pages: BuiltPage[];
}

/** The origin astro.config.mjs builds for when SITE_URL is not set. */
export const DEFAULT_ORIGIN = 'https://mexico-guatemala.example.org';

/** Folders of generated assets that hold no pages of ours (Pagefind's UI ships its own HTML-free files). */
const ASSET_FOLDERS = new Set(['_astro', 'pagefind']);

/** Reads every HTML page under `dir`. */
export function loadSite(dir: string, options: { base?: string; origin?: string } = {}): BuiltSite {
  const files = walk(dir)
    .filter((file) => file.endsWith('.html'))
    .filter((file) => !ASSET_FOLDERS.has(file.split('/')[1]))
    .sort();
  const pages = files.map((file) => {
    const html = readFileSync(join(dir, file), 'utf8');
    return { file, route: routeOf(file), html, $: load(html) };
  });
  return { dir, base: options.base ?? '/', origin: new URL(options.origin ?? DEFAULT_ORIGIN).origin, pages };
}

/** Every file under `dir`, as "/sub/path.ext". */
export function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => '/' + relative(dir, join(dir, path)).split('\\').join('/'));
}

/** "/article/index.html" → "/article/"; other files keep their name. */
export function routeOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/**
 * The file a site path resolves to, or undefined. Paths ending in "/" need an
 * index.html (the site uses trailing slashes everywhere); others must exist as named.
 */
export function fileFor(dir: string, path: string): string | undefined {
  const candidate = path.endsWith('/') ? `${path}index.html` : path;
  const full = join(dir, candidate);
  return existsSync(full) && statSync(full).isFile() ? candidate : undefined;
}

let real: BuiltSite | undefined;

/** The build under test (dist/ or OUT_DIR), read once per test file. */
export function realSite(): BuiltSite {
  real ??= loadSite(DIST, { base: process.env.BASE_PATH, origin: process.env.SITE_URL });
  return real;
}

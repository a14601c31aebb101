/** Reading the built site in build tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { DIST } from './serve';

/** Every HTML file in the build, as site paths ("/article/index.html"). */
export function htmlFiles(dir = DIST): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) files.push('/' + relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

/** The parsed HTML of a built page, by site path ("/article/" or "/404.html"). */
export function page(path: string, dir = DIST): CheerioAPI {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return load(readFileSync(join(dir, file), 'utf8'));
}

/** The site path a built file is served at: "/article/index.html" → "/article/". */
export function routeOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

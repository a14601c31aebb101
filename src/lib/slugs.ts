import type { ContentProblem } from './errors';

/**
 * The URL slug an explainer file gets, as Astro's glob loader derives it:
 * the path without extension, a trailing `/index` dropped, each segment
 * lower-cased and slugified. Used to catch two files claiming one URL,
 * which Astro only warns about.
 */
export function slugForPath(path: string): string {
  return path
    .replace(/\.mdx?$/, '')
    .replace(/(^|\/)index$/, '')
    .split('/')
    .map((segment) =>
      segment
        .toLowerCase()
        .trim()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    )
    .join('/');
}

/** Groups of files (relative paths) that would publish at the same slug. */
export function findDuplicateSlugs(paths: string[]): string[][] {
  const bySlug = new Map<string, string[]>();
  for (const path of paths) {
    const slug = slugForPath(path);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
  }
  return [...bySlug.values()].filter((group) => group.length > 1);
}

/**
 * Two files or more at one slug (findDuplicateSlugs), one problem a group: Astro would publish one
 * and only warn. `fileOf` names a file as the message gives it; `address` is the page's address.
 */
export function slugClashProblems(paths: string[], fileOf: (path: string) => string, address: (slug: string) => string): ContentProblem[] {
  return findDuplicateSlugs(paths).map((group) => ({
    file: group.map(fileOf).join(' and '),
    field: 'file name (slug)',
    found: `these files would all be published at ${address(slugForPath(group[0]))}`,
    fix: 'rename or remove all but one of them',
  }));
}

/**
 * What the build tells editors about the Spanish edition: English explainers
 * with no translation yet, or with one older than the English page. Neither
 * stops the build (the Spanish link shows a notice), so each is one warning;
 * past a handful, one line with a count and the first few files, so a site
 * mid-translation does not bury every other message in its build log.
 * A translation without an English original is an error: it could not be linked.
 */
import type { ContentProblem } from './errors';

/** An explainer's file, as the report needs it. */
export interface ExplainerFile {
  slug: string;
  /** From the project root: "content/explainers/the-border.mdx". */
  file: string;
  updated: Date;
}

export interface TranslationReport {
  /** Lines for the build log. */
  warnings: string[];
  /** Translations with no English page: these fail the build. */
  problems: ContentProblem[];
}

/** Files named one per line up to this many; past it, a count and this many names. */
export const LISTED = 5;

/** The same page's file in the other language: the same name, under `to` instead of `from`. */
export function counterpartFile(file: string, from: string, to: string): string {
  return file.startsWith(`${from}/`) ? `${to}/${file.slice(from.length + 1)}` : `${to}/${file.slice(file.lastIndexOf('/') + 1)}`;
}

/** One line per file (`one`), or past LISTED one line: the count, `what`, the first names and the `fix`. */
function summarise(files: string[], what: string, fix: string, one: (file: string) => string): string[] {
  if (files.length <= LISTED) return files.map(one);
  const named = files.slice(0, LISTED).join(', ');
  return [`${files.length} ${what}: ${named} and ${files.length - LISTED} more. ${fix}`];
}

/** The build's warnings and problems for the Spanish edition, given both languages' explainer files. */
export function translationReport(
  english: readonly ExplainerFile[],
  spanish: readonly ExplainerFile[],
  folders: { english: string; spanish: string },
): TranslationReport {
  const spanishBySlug = new Map(spanish.map((page) => [page.slug, page]));
  const englishSlugs = new Set(english.map((page) => page.slug));
  const missing = english.filter((page) => !spanishBySlug.has(page.slug)).map((page) => page.file);
  const stale = english.flatMap((page) => {
    const translation = spanishBySlug.get(page.slug);
    return translation && page.updated > translation.updated ? [translation.file] : [];
  });
  const target = (file: string) => counterpartFile(file, folders.english, folders.spanish);
  const warnings = [
    ...summarise(
      missing,
      'English explainers have no Spanish translation yet, so their Spanish links show a notice',
      `A translation goes in ${folders.spanish}/ under its English page's file name.`,
      (file) => `${file} has no Spanish translation (${target(file)}); its Spanish link shows a notice, and npm test (so CI) fails until it has one.`,
    ),
    ...summarise(
      stale,
      'Spanish translations are older than their English page',
      'Update each translation and its `updated` date.',
      (file) => `${file} is stale: the English page was updated later. Update the translation and its \`updated\` date.`,
    ),
  ];
  const problems: ContentProblem[] = spanish
    .filter((page) => !englishSlugs.has(page.slug))
    .map((page) => ({
      file: page.file,
      field: 'file name',
      found: `no English page ${counterpartFile(page.file, folders.spanish, folders.english)}`,
      fix: `A translation takes its English page's file name: rename it to match one in ${folders.english}/, or add the English page first.`,
    }));
  return { warnings, problems };
}

/**
 * Loads the explainers of one language and checks everything the schema
 * alone cannot: citations, the sources list, glossary terms, reading-path
 * order, duplicate slugs, images without alt text, links
 * that are not https, <StackedRows> that wrap no table, and figures, dates or
 * quotations with no note.
 * Any problem fails the build with the file, field and fix.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { localizePath } from '../i18n/paths';
import type { Locale } from '../i18n/ui';
import { checkPageCitations, type CitationData } from '../lib/citations';
import { CONTENT_FILES, CONTENT_LOCATIONS, CONTENT_ROOT, isPageFile, sharedPlaceProblem, sharedPlaces } from '../lib/content-files';
import { contentFolderProblems } from '../lib/content-check';
import { bodyLinkProblems } from '../lib/body-links';
import { insecureLinks } from '../lib/external-links';
import { idLines } from '../lib/id-lines';
import { componentPropProblems } from '../lib/component-props';
import { assertNoProblems, type ContentProblem } from '../lib/errors';
import { slugClashProblems } from '../lib/slugs';
import { stackedRowsProblems } from '../lib/stacked-rows';
import { bodyTagProblems } from '../lib/body-tags';
import { oncePerLocale } from './per-locale';
import { inTimelineOrder } from './timeline';
import { withoutCodeFences } from '../lib/mdx-body';
import { uncitedFigures } from '../lib/uncited-figures';

/** Where each language's explainers live, and which collection loads them. */
const COLLECTIONS = {
  en: { name: 'explainers', dir: CONTENT_FILES.explainers },
  es: { name: 'explainersEs', dir: CONTENT_FILES.explainersEs },
} as const;

export type ExplainerEntry = CollectionEntry<'explainers'> | CollectionEntry<'explainersEs'>;

export interface Explainer {
  entry: ExplainerEntry;
  slug: string;
  locale: Locale;
  /** Short title for navigation. */
  navTitle: string;
  /** Source ids in note order (note n is `sourceOrder[n - 1]`). */
  sourceOrder: string[];
  /** How many citation marks point at each source (takeaways and body). */
  citeCounts: Map<string, number>;
}

const explainersOf = oncePerLocale(loadExplainers);

/** Published explainers of a language in reading-path order, checked. Loaded once per language in a build. */
export function getExplainers(locale: Locale = 'en'): Promise<Explainer[]> {
  return explainersOf(locale);
}

async function loadExplainers(locale: Locale): Promise<Explainer[]> {
  const { name, dir } = COLLECTIONS[locale];
  const [all, sources, timeline, glossary] = await Promise.all([
    getCollection(name) as Promise<ExplainerEntry[]>,
    getCollection('sources'),
    getCollection('timeline'),
    getCollection('glossary'),
  ]);
  const knownSources = new Set(sources.map((s) => s.id));
  const knownTerms = new Set(glossary.map((t) => t.id));
  const data: CitationData = {
    timeline: inTimelineOrder(timeline).map((e) => ({ id: e.id, cite: e.data.cite, date: e.data.date, listedAt: e.data.listedAt })),
    glossary: glossary.map((t) => ({ id: t.id, cite: t.data.cite })),
  };
  const published = all.filter((e) => !e.data.draft);
  // References between files (source ids, glossary ids, pages and drafts, in events, the article and
  // every page of both languages) are checked before the build starts, all at once
  // (src/lib/content-check.ts); under `astro dev`, with the content folder's checks below.
  const problems: ContentProblem[] = [];

  const explainers = published.map((entry): Explainer => {
    const file = entry.filePath ?? `${dir}/${entry.id}.mdx`;
    const body = entry.body ?? '';
    const { brief } = entry.data;
    const takeaways = entry.data.takeaways.map((t) => t.cite);
    // The body's first line in the file, read from the file once, and only for a page with a problem to place.
    let bodyStart: number | undefined;
    const firstLine = () => (bodyStart ??= bodyFirstLine(file, body));
    const result = checkPageCitations({
      file,
      body,
      declared: entry.data.sources.map((s) => s.id),
      takeaways,
      brief: [brief.bottomLine.cite, ...brief.background.map((b) => b.cite), ...brief.watch.map((w) => w.cite ?? [])],
      declaredTerms: entry.data.terms.map((t) => t.id),
      knownSources,
      knownTerms,
      data,
      whereIs: (id) => idLines(readFileSync(file, 'utf8'), id),
      firstLine,
    });
    // Examples in code fences are not checked as the real thing (src/lib/mdx-body.ts); lines keep their numbers.
    const outsideCode = withoutCodeFences(body);
    problems.push(...result.problems, ...bodyLinkProblems(file, outsideCode, locale, firstLine), ...insecureLinks(file, outsideCode, firstLine), ...checkStackedRows(file, outsideCode));
    problems.push(...bodyTagProblems(file, body, firstLine()));
    for (const prop of componentPropProblems(outsideCode)) {
      problems.push({ file, field: prop.field, found: `${prop.found} (line ${firstLine() + prop.line - 1})`, fix: prop.fix });
    }
    for (const block of uncitedFigures(outsideCode)) {
      problems.push({
        file,
        field: 'body',
        found: `a ${block.kind === 'figure' ? 'figure or date' : 'quotation'} with no note (line ${firstLine() + block.line - 1}): "${block.excerpt}"`,
        fix: 'end the sentence with <Cite id="…" /> naming the source that gives it (one note may close several sentences of one paragraph); if it is this site\'s own reading, put it in <Callout type="analysis">; if it says what this site looked for and did not find, in <Callout type="not-found">',
      });
    }
    return {
      entry,
      slug: entry.id,
      locale,
      navTitle: entry.data.shortTitle ?? entry.data.title,
      sourceOrder: result.order,
      citeCounts: result.counts,
    };
  });

  problems.push(...checkDuplicateFiles(dir, locale), ...checkOrder(explainers));
  // A build runs the content folder's checks before it starts (src/lib/content-check.ts);
  // under `astro dev` they only reach the terminal, while a page whose frontmatter breaks drops out
  // of the collection and a source id used twice quietly shows the wrong entry. Run them here too,
  // on the files as saved, so every page shows the problem over itself.
  if (import.meta.env.DEV) problems.push(...contentFolderProblems(resolve(CONTENT_ROOT)));
  assertNoProblems(problems);
  return explainers.sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** The pages the loader reads in `dir` (both languages' folders hold .mdx pages), as paths with "/"; none if it cannot be read. */
function pageFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => f.split(sep).join('/')).filter((f) => isPageFile(CONTENT_LOCATIONS.explainers, f));
  } catch {
    return [];
  }
}

/** Astro keeps one of two files with the same slug and only warns; that must fail the build. */
function checkDuplicateFiles(dir: string, locale: Locale): ContentProblem[] {
  return slugClashProblems(pageFilesIn(dir), (file) => join(dir, file), (slug) => localizePath(`/explainers/${slug}/`, locale));
}

/** Two explainers may not share a place in the reading path. */
function checkOrder(explainers: Explainer[]): ContentProblem[] {
  return sharedPlaces(explainers.map(({ entry }) => ({ file: entry.filePath ?? entry.id, order: entry.data.order }))).map((place) => sharedPlaceProblem(place));
}

/** The line of `file` on which its MDX `body` begins, so messages can name lines as an editor's editor shows them. */
function bodyFirstLine(file: string, body: string): number {
  try {
    const raw = readFileSync(file, 'utf8');
    if (raw.includes(body)) return raw.slice(0, raw.indexOf(body)).split('\n').length;
  } catch {
    // Line numbers then count from the end of the frontmatter.
  }
  return 1;
}

/** Every <StackedRows> wraps a markdown table (it restyles that table, and nothing else). */
function checkStackedRows(file: string, body: string): ContentProblem[] {
  if (!body.includes('<StackedRows')) return [];
  return stackedRowsProblems(body, bodyFirstLine(file, body)).map((found) => ({
    file,
    field: '<StackedRows>',
    found,
    fix: 'put one markdown table between <StackedRows> and </StackedRows>, each tag on its own line with a blank line between it and the table; or remove the tags',
  }));
}


/** Position of each explainer in a list, by slug; worked out once per list. */
const positions = new WeakMap<readonly Explainer[], Map<string, number>>();

/** The position of `slug` in `all` (-1 if absent), without a scan per page. */
export function explainerIndex(all: readonly Explainer[], slug: string): number {
  let bySlug = positions.get(all);
  if (!bySlug) {
    bySlug = new Map(all.map((e, i) => [e.slug, i]));
    positions.set(all, bySlug);
  }
  return bySlug.get(slug) ?? -1;
}

/** The explainer `slug` in `all`, if it is there. */
export function findExplainer(all: readonly Explainer[], slug: string): Explainer | undefined {
  return all[explainerIndex(all, slug)];
}

/**
 * For each set of topics, every explainer sharing one of them, most shared
 * topics first, then in reading order. Pages with the same topics share one
 * ranking, so related explainers cost one sort per topic set, not per page.
 */
const rankings = new WeakMap<readonly Explainer[], Map<string, Explainer[]>>();

/** Explainers that share a topic with `slug`, most shared topics first, at most `limit`. */
export function relatedExplainers(all: readonly Explainer[], slug: string, limit = 3): Explainer[] {
  const self = findExplainer(all, slug);
  if (!self) return [];
  let byTopics = rankings.get(all);
  if (!byTopics) {
    byTopics = new Map();
    rankings.set(all, byTopics);
  }
  const key = [...new Set(self.entry.data.topics)].sort().join(' ');
  let ranking = byTopics.get(key);
  if (!ranking) {
    const topics = new Set(self.entry.data.topics);
    ranking = all
      .map((e) => ({ e, shared: e.entry.data.topics.filter((t) => topics.has(t)).length }))
      .filter(({ shared }) => shared > 0)
      .sort((a, b) => b.shared - a.shared || a.e.entry.data.order - b.e.entry.data.order)
      .map(({ e }) => e);
    byTopics.set(key, ranking);
  }
  const related: Explainer[] = [];
  for (const e of ranking) {
    if (related.length === limit) break;
    if (e.slug !== slug) related.push(e);
  }
  return related;
}

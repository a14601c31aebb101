/**
 * Loads the explainers and checks everything the schema alone cannot:
 * citations, the sources list, glossary terms, reading-path order and links
 * to drafts. Any problem fails the build with the file, field and fix.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkPageCitations, type CitationData } from '../lib/citations';
import { assertNoProblems, type ContentProblem } from '../lib/errors';
import { findDuplicateSlugs } from '../lib/slugs';

const EXPLAINER_DIR = 'content/explainers';

export type ExplainerEntry = CollectionEntry<'explainers'>;

export interface Explainer {
  entry: ExplainerEntry;
  slug: string;
  /** Short title for navigation. */
  navTitle: string;
  /** Source ids in note order (note n is `sourceOrder[n - 1]`). */
  sourceOrder: string[];
  /** How many times each source is cited inline (takeaways and body). */
  citeCounts: Map<string, number>;
}

let cache: Promise<Explainer[]> | undefined;

/** Published explainers in reading-path order, checked. Cached for the build. */
export function getExplainers(): Promise<Explainer[]> {
  cache ??= loadExplainers();
  return cache;
}

async function loadExplainers(): Promise<Explainer[]> {
  const [all, sources, timeline, glossary, articles] = await Promise.all([
    getCollection('explainers'),
    getCollection('sources'),
    getCollection('timeline'),
    getCollection('glossary'),
    getCollection('article'),
  ]);
  const knownSources = new Set(sources.map((s) => s.id));
  const knownTerms = new Set(glossary.map((t) => t.id));
  const data: CitationData = {
    timeline: timeline.map((e) => ({ id: e.id, cite: e.data.cite, date: e.data.date })).sort(byDate),
    glossary: glossary.map((t) => ({ id: t.id, cite: t.data.cite })),
  };
  const problems: ContentProblem[] = [];
  const published = all.filter((e) => !e.data.draft);
  const drafts = new Set(all.filter((e) => e.data.draft).map((e) => e.id));
  const slugs = new Set(all.map((e) => e.id));

  const explainers = published.map((entry): Explainer => {
    const file = entry.filePath ?? `content/explainers/${entry.id}.mdx`;
    const body = entry.body ?? '';
    const { brief } = entry.data;
    const takeaways = entry.data.takeaways.map((t) => t.cite);
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
    });
    problems.push(...result.problems, ...checkLinks(file, body, slugs, drafts), ...checkImages(file, body));
    return {
      entry,
      slug: entry.id,
      navTitle: entry.data.shortTitle ?? entry.data.title,
      sourceOrder: result.order,
      citeCounts: result.counts,
    };
  });

  // Astro only logs a broken reference() and carries on; a broken reference must fail the build.
  const publishedSlugs = new Set(published.map((e) => e.id));
  const refProblem = (file: string, field: string, id: string, kind: string, known: Iterable<string>): ContentProblem => ({
    file,
    field,
    found: `"${id}" is not ${kind}`,
    fix: `use one of: ${[...known].join(', ')}`,
  });
  for (const entry of published) {
    const file = entry.filePath ?? entry.id;
    for (const ref of entry.data.terms) if (!knownTerms.has(ref.id)) problems.push(refProblem(file, 'terms', ref.id, 'a glossary id', knownTerms));
  }
  for (const event of timeline) {
    const slug = event.data.explainer?.id;
    if (slug && !publishedSlugs.has(slug)) problems.push(refProblem(`content/timeline/events.yaml (event "${event.id}")`, 'explainer', slug, 'a published explainer', publishedSlugs));
  }
  for (const article of articles) {
    for (const ref of article.data.context) {
      if (!publishedSlugs.has(ref.id)) problems.push(refProblem(article.filePath ?? 'content/article/article.md', 'context', ref.id, 'a published explainer', publishedSlugs));
    }
    if (!knownSources.has(article.data.source.id)) problems.push(refProblem(article.filePath ?? 'content/article/article.md', 'source', article.data.source.id, 'a source id', ['oem-article']));
    for (const note of article.data.editorsNote) {
      for (const id of note.cite) if (!knownSources.has(id)) problems.push(refProblem(article.filePath ?? 'content/article/article.md', 'editorsNote.cite', id, 'a source id', ['see content/sources/sources.yaml']));
    }
  }
  for (const event of timeline) {
    for (const id of event.data.cite) if (!knownSources.has(id)) problems.push(refProblem(`content/timeline/events.yaml (event "${event.id}")`, 'cite', id, 'a source id', ['see content/sources/sources.yaml']));
  }
  for (const term of glossary) {
    for (const id of term.data.cite) if (!knownSources.has(id)) problems.push(refProblem(`content/glossary/terms.yaml (term "${term.id}")`, 'cite', id, 'a source id', ['see content/sources/sources.yaml']));
  }

  // Astro keeps one of two files with the same slug and only warns; that must fail the build.
  const files = readdirSync(EXPLAINER_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)[^_][^/]*\.mdx$/.test(f));
  for (const group of findDuplicateSlugs(files)) {
    problems.push({
      file: group.map((f) => join(EXPLAINER_DIR, f)).join(' and '),
      field: 'file name (slug)',
      found: `these files would all be published at /explainers/${group[0].replace(/(\/index)?\.mdx$/, '').toLowerCase()}/`,
      fix: 'rename or remove all but one of them',
    });
  }

  const byOrder = new Map<number, string>();
  for (const { entry } of explainers) {
    const other = byOrder.get(entry.data.order);
    if (other) {
      problems.push({
        file: entry.filePath ?? entry.id,
        field: 'order',
        found: `order ${entry.data.order} is also used by "${other}"`,
        fix: 'give each explainer its own position in the reading path',
      });
    }
    byOrder.set(entry.data.order, entry.id);
  }
  assertNoProblems(problems);
  return explainers.sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** Images in a body without alt text: readers of screen readers and text-only views would miss them. */
function checkImages(file: string, body: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of body.matchAll(/!\[\s*\]\(([^)]*)\)/g)) {
    problems.push({ file, field: 'image', found: `![](${match[1]}) has no alt text`, fix: 'describe the image in the brackets: ![What the image shows](…)' });
  }
  for (const match of body.matchAll(/<img\b(?![^>]*\balt=)[^>]*>/g)) {
    problems.push({ file, field: 'image', found: `${match[0]} has no alt attribute`, fix: 'add alt="What the image shows" (alt="" only if purely decorative)' });
  }
  return problems;
}

/** Links in a body to explainers that do not exist or are drafts. */
function checkLinks(file: string, body: string, slugs: Set<string>, drafts: Set<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of body.matchAll(/\/explainers\/([a-z0-9-]+)\/?/g)) {
    const slug = match[1];
    if (drafts.has(slug)) {
      problems.push({ file, field: 'link', found: `links to the draft "${slug}"`, fix: 'publish that page (draft: false) or remove the link' });
    } else if (!slugs.has(slug)) {
      problems.push({ file, field: 'link', found: `links to /explainers/${slug}/, which does not exist`, fix: `link to an existing explainer: ${[...slugs].join(', ')}` });
    }
  }
  return problems;
}

function byDate(a: { date?: string }, b: { date?: string }): number {
  return (a.date ?? '').localeCompare(b.date ?? '');
}

/** Explainers that share a topic with `slug`, most shared topics first, at most `limit`. */
export function relatedExplainers(all: Explainer[], slug: string, limit = 3): Explainer[] {
  const self = all.find((e) => e.slug === slug);
  if (!self) return [];
  const topics = new Set(self.entry.data.topics);
  return all
    .filter((e) => e.slug !== slug)
    .map((e) => ({ e, shared: e.entry.data.topics.filter((t) => topics.has(t)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || a.e.entry.data.order - b.e.entry.data.order)
    .slice(0, limit)
    .map(({ e }) => e);
}

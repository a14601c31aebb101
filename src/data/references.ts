/**
 * Cross-collection references. Astro only logs a broken `reference()` and
 * carries on; here every broken reference fails the build.
 */
import { getCollection } from 'astro:content';
import { suggest } from '../lib/edit-distance';
import { CONTENT_FILES } from '../lib/content-files';
import type { ContentProblem } from '../lib/errors';

const ARTICLE_FILE = CONTENT_FILES.article;

/** Problems with references between collections, given the published English explainer slugs. */
export async function checkReferences(publishedSlugs: Set<string>): Promise<ContentProblem[]> {
  const [explainers, sources, timeline, glossary, articles, articlesEs, home] = await Promise.all([
    getCollection('explainers'),
    getCollection('sources'),
    getCollection('timeline'),
    getCollection('glossary'),
    getCollection('article'),
    getCollection('articleEs'),
    getCollection('home'),
  ]);
  const knownSources = new Set(sources.map((s) => s.id));
  const knownTerms = new Set(glossary.map((t) => t.id));
  const problems: ContentProblem[] = [];
  const missing = (file: string, field: string, id: string, kind: string, fix: string) =>
    problems.push({ file, field, found: `"${id}" is not ${kind}`, fix });
  const slugList = [...publishedSlugs].join(', ');

  for (const entry of explainers) {
    for (const ref of entry.data.terms) {
      if (!knownTerms.has(ref.id)) missing(entry.filePath ?? entry.id, 'terms', ref.id, 'a glossary id', `use an id from ${CONTENT_FILES.glossary}${suggest(ref.id, knownTerms)}`);
    }
  }
  for (const event of timeline) {
    const where = `${CONTENT_FILES.timeline} (event "${event.id}")`;
    const slug = event.data.explainer?.id;
    if (slug && !publishedSlugs.has(slug)) missing(where, 'explainer', slug, 'a published explainer', `use one of: ${slugList}${suggest(slug, publishedSlugs)}`);
    for (const id of event.data.cite) if (!knownSources.has(id)) missing(where, 'cite', id, 'a source id', `use an id from ${CONTENT_FILES.sources}${suggest(id, knownSources)}`);
  }
  for (const term of glossary) {
    for (const id of term.data.cite) {
      if (!knownSources.has(id)) missing(`${CONTENT_FILES.glossary} (term "${term.id}")`, 'cite', id, 'a source id', `use an id from ${CONTENT_FILES.sources}${suggest(id, knownSources)}`);
    }
  }
  for (const article of articles) {
    const file = article.filePath ?? ARTICLE_FILE;
    for (const ref of article.data.context) {
      if (!publishedSlugs.has(ref.id)) missing(file, 'context', ref.id, 'a published explainer', `use one of: ${slugList}`);
    }
    if (!knownSources.has(article.data.source.id)) missing(file, 'source', article.data.source.id, 'a source id', 'use "oem-article"');
    for (const note of article.data.editorsNote) {
      for (const id of note.cite) if (!knownSources.has(id)) missing(file, 'editorsNote.cite', id, 'a source id', `use an id from ${CONTENT_FILES.sources}${suggest(id, knownSources)}`);
    }
  }
  // The home page's three sentences, in each language: a typo would otherwise surface while / renders, as a source missing from a sources: list the home page does not have.
  for (const entry of home) {
    entry.data.situation.forEach((sentence, index) => {
      for (const id of sentence.cite) if (!knownSources.has(id)) missing(`${CONTENT_FILES.home} (entry "${entry.id}")`, `situation ${index + 1}: cite`, id, 'a source id', `use an id from ${CONTENT_FILES.sources}${suggest(id, knownSources)}`);
    });
  }
  // The Spanish editor's note carries the same citations as the English one.
  for (const article of articlesEs) {
    const file = article.filePath ?? CONTENT_FILES.articleEs;
    for (const note of article.data.editorsNote) {
      for (const id of note.cite) if (!knownSources.has(id)) missing(file, 'editorsNote.cite', id, 'a source id', `use an id from ${CONTENT_FILES.sources}${suggest(id, knownSources)}`);
    }
  }
  return problems;
}

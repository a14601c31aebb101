/**
 * Cross-collection references. Astro only logs a broken `reference()` and
 * carries on; here every broken reference fails the build. Source ids are
 * checked before the build starts, in every file at once (src/lib/source-uses.ts);
 * these are the references to pages and glossary terms.
 */
import { getCollection } from 'astro:content';
import { suggest } from '../lib/edit-distance';
import { CONTENT_FILES } from '../lib/content-files';
import type { ContentProblem } from '../lib/errors';

const ARTICLE_FILE = CONTENT_FILES.article;

/** Problems with references between collections, given the published English explainer slugs. */
export async function checkReferences(publishedSlugs: Set<string>): Promise<ContentProblem[]> {
  const [explainers, timeline, glossary, articles] = await Promise.all([
    getCollection('explainers'),
    getCollection('timeline'),
    getCollection('glossary'),
    getCollection('article'),
  ]);
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
  }
  for (const article of articles) {
    const file = article.filePath ?? ARTICLE_FILE;
    for (const ref of article.data.context) {
      if (!publishedSlugs.has(ref.id)) missing(file, 'context', ref.id, 'a published explainer', `use one of: ${slugList}`);
    }
  }
  return problems;
}

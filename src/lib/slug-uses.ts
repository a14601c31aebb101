/**
 * Every place the content names an explainer by its slug (its file name), checked against the page
 * files before the build starts: the events' `explainer`, the article's `context`, and the links in
 * every page's body. A page renamed (or removed) is then listed everywhere in one build; each was
 * otherwise found at its own stage of the build (events, then English pages, then Spanish ones).
 */
import { orList, renamedNames } from './edit-distance';
import type { ContentProblem } from './errors';
import { idLines, placesOf } from './id-lines';
import { frontmatterYaml, pageBody } from './mdx-body';
import { entryLines, parsed } from './source-uses';
import { escapeRegExp } from './whole-words';

/** A link to an explainer as a body writes it: `/explainers/x/`, or `/es/explainers/x/` for the Spanish page. */
const EXPLAINER_LINK = /(\/es)?\/explainers\/([a-z0-9-]+)\/?/g;

/** The explainers a body links to, each with `/es` when the link is to the Spanish page. */
export function explainerLinks(body: string): { prefix: '' | '/es'; slug: string }[] {
  return [...body.matchAll(EXPLAINER_LINK)].map((match) => ({ prefix: match[1] === '/es' ? '/es' : '', slug: match[2] }));
}

/** The events' `explainer` slugs, in a YAML list of events; none if it does not parse (its own check names that). */
export function eventSlugs(text: string): string[] {
  const entries = parsed(text);
  return Array.isArray(entries) ? entries.flatMap((entry) => (typeof entry?.explainer === 'string' ? [entry.explainer] : [])) : [];
}

/** The article's `context` slugs, from its frontmatter. */
export function contextSlugs(text: string): string[] {
  const yaml = frontmatterYaml(text);
  const data = yaml === undefined ? undefined : parsed(yaml);
  const context = data && typeof data === 'object' ? (data as { context?: unknown }).context : undefined;
  return Array.isArray(context) ? context.filter((slug): slug is string => typeof slug === 'string') : [];
}

/** The explainer pages there are, in each language, by slug, and those of them that are drafts. */
export interface PageSlugs {
  en: ReadonlySet<string>;
  es: ReadonlySet<string>;
  drafts?: { en: ReadonlySet<string>; es: ReadonlySet<string> };
}

/** Whether a page file's frontmatter says `draft: true` (read by line: parsing every page's frontmatter would slow a 1,000-page build). */
export function isDraft(text: string): boolean {
  return (frontmatterYaml(text) ?? '').split('\n').some((line) => /^draft:\s*true\s*(?:#.*)?$/.test(line));
}

const PUBLISH_OR_REMOVE = 'publish that page (draft: false), or remove the link until it is';

/**
 * A problem for each page the links in a page file's body name that `pages` does not have, or has
 * as a draft (which the build leaves out), with the lines they are on.
 */
export function unknownLinkedPages(file: string, text: string, pages: PageSlugs): ContentProblem[] {
  const seen = new Set<string>();
  return explainerLinks(pageBody(text).body).flatMap(({ prefix, slug }) => {
    const known = prefix ? pages.es : pages.en;
    const draft = (prefix ? pages.drafts?.es : pages.drafts?.en)?.has(slug) ?? false;
    const link = `${prefix}/explainers/${slug}/`;
    if ((known.has(slug) && !draft) || seen.has(link)) return [];
    seen.add(link);
    const lines = idLines(text, slug, new RegExp(`${escapeRegExp(`${prefix}/explainers/${slug}`)}(?![a-z0-9-])`)).filter((place) => place.startsWith('body'));
    const where = lines.length ? ` (${placesOf(lines)})` : '';
    if (draft) return [{ file, field: 'link', found: `links to the draft ${link}${where}`, fix: PUBLISH_OR_REMOVE }];
    const near = renamedNames(slug, known);
    return [{
      file,
      field: 'link',
      found: `links to ${link}, which does not exist${where}`,
      fix: near.length ? `did you mean ${orList(near.map((name) => `${prefix}/explainers/${name}/`))}?` : `link to an existing explainer: ${[...known].join(', ')}`,
    }];
  });
}

/**
 * A problem for each of `slugs` (named by `field` in `file`) that is not an English explainer, or
 * is a draft, with the places `whereIs` finds it at.
 */
export function unknownPageSlugs(file: string, field: string, slugs: readonly string[], known: ReadonlySet<string>, whereIs: (slug: string) => string[], drafts: ReadonlySet<string> = new Set()): ContentProblem[] {
  return [...new Set(slugs)]
    .filter((slug) => !known.has(slug) || drafts.has(slug))
    .map((slug) => {
      const places = whereIs(slug);
      const where = places.length ? ` (${placesOf(places)})` : '';
      if (drafts.has(slug)) return { file, field, found: `"${slug}" is a draft, which the build leaves out${where}`, fix: `publish that page (draft: false), or remove ${field}: here until it is` };
      const near = renamedNames(slug, known);
      return {
        file,
        field,
        found: `"${slug}" is not an explainer page${where}`,
        fix: near.length ? `did you mean ${orList(near.map((name) => `"${name}"`))}?` : `use one of: ${[...known].join(', ')}`,
      };
    });
}

/** Where a list of events names `slug` as its `explainer`. */
export const eventSlugLines = (text: string, slug: string) => entryLines(text, slug, new RegExp(`^\\s*explainer:\\s*["']?${escapeRegExp(slug)}["']?\\s*(?:#.*)?$`));

/** Where an article's frontmatter lists `slug` under `context`. */
export const contextSlugLines = (text: string, slug: string) => idLines(text, slug).filter((place) => place.startsWith('context,'));

/**
 * Every glossary id a page names, checked against the glossary before the build starts: a page's
 * `terms:` list and its `<Term id>` tags, in both languages. A term renamed or removed is then
 * listed everywhere in one build; Astro logged the lists' ids among its own messages, and each
 * page's tags were found only as the pages of one language, then the other, rendered.
 */
import { NO_DATA, scanBody } from './citations';
import { suggestRenamed } from './edit-distance';
import type { ContentProblem } from './errors';
import { idLines, placesOf } from './id-lines';
import { frontmatterYaml, pageBody } from './mdx-body';
import { parsed } from './source-uses';

/** The glossary ids a page file names: its frontmatter's `terms`, then its body's `<Term id>` (code fences left out). */
export function termIdsInPage(text: string): string[] {
  const yaml = frontmatterYaml(text);
  // Frontmatter that does not parse is named by frontmatterProblems.
  const listed = yaml === undefined ? undefined : (parsed(yaml) as { terms?: unknown } | undefined)?.terms;
  const terms = Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : [];
  const tags = scanBody(pageBody(text).body, NO_DATA).terms;
  return [...terms, ...tags];
}

/** One problem for each of `ids` (those the page `file` names) not in `known`, the glossary's ids, with the lines it is on. */
export function unknownTermIds(file: string, text: string, ids: readonly string[], known: ReadonlySet<string>, glossaryFile: string, glossaryEsFile: string): ContentProblem[] {
  return [...new Set(ids)]
    .filter((id) => !known.has(id))
    .map((id) => {
      const places = idLines(text, id).filter((place) => place.startsWith('terms,') || place.startsWith('body,'));
      return {
        file,
        field: 'glossary id',
        found: `"${id}" is not in ${glossaryFile}${places.length ? ` (${placesOf(places)})` : ''}`,
        fix: `use an id from ${glossaryFile}${suggestRenamed(id, known)}, or add the term there (with its Spanish text in ${glossaryEsFile})`,
      };
    });
}

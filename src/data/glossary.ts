/** Glossary terms in one language: the English data with the Spanish definitions laid over it by id. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/ui';
import { CONTENT_FILES } from '../lib/content-files';
import { assertNoProblems } from '../lib/errors';
import { unknownTranslationIds, untranslatedIds } from '../lib/translation-ids';
import { oncePerLocale } from './per-locale';

export type GlossaryTerm = CollectionEntry<'glossary'>['data'] & { id: string };

/**
 * Every term, sorted by term for `locale`. A Spanish definition missing for any term, or one for
 * an id no English term has, fails the build. Loaded once per language in a build (each `<Term>`
 * looks its entry up here).
 */
export const getGlossaryTerms = oncePerLocale(loadGlossaryTerms);

async function loadGlossaryTerms(locale: Locale): Promise<GlossaryTerm[]> {
  const terms = (await getCollection('glossary')).map((t) => ({ ...t.data, id: t.id }));
  let localized = terms;
  if (locale !== 'en') {
    const spanish = new Map((await getCollection('glossaryEs')).map((t) => [t.id, t.data]));
    const file = CONTENT_FILES.glossaryEs;
    const problems = [
      ...unknownTranslationIds([...spanish.keys()], new Set(terms.map((term) => term.id)), file, CONTENT_FILES.glossary),
      ...untranslatedIds(terms.map((term) => term.id), new Set(spanish.keys()), file, 'term'),
    ];
    localized = terms.map((term) => {
      const text = spanish.get(term.id);
      if (!text) return term;
      return { ...term, ...(text.term ? { term: text.term, lang: 'es' as const } : {}), definition: text.definition };
    });
    assertNoProblems(problems);
  }
  return localized.sort((a, b) => a.term.localeCompare(b.term, locale, { sensitivity: 'base' }));
}

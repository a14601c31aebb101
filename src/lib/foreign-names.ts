/**
 * Names in another language inside text that comes from data files (a timeline event, a glossary
 * definition, a takeaway or brief item), which cannot carry markup: found by the glossary, which
 * says each term's language, and split out so each can be marked with its `lang` and pronounced
 * right by a screen reader ("Cinturón de Fuego" read with English sounds is garbled). The MDX
 * pages mark theirs by hand with <Es> and <Es name>.
 */
import { splitAtWords } from './whole-words';

export interface ForeignName {
  text: string;
  lang: string;
  /** A proper name ("Cinturón de Fuego"), set upright; otherwise a word ("brecha"), set in italics. */
  name: boolean;
}

export type TextPart = string | ForeignName;

/**
 * Spanish names and words the sources use that have no glossary entry of their own, but appear in
 * the text of data files on English pages. One added here is marked like a glossary term: a name
 * with a capital upright, a word ("ejido", a form of communal land) in italics.
 */
export const OTHER_SPANISH_NAMES: readonly string[] = ['Secretaría de Seguridad del Pueblo', 'Jóvenes Construyendo el Futuro', 'Estatal Pakales', 'ejido'];

/** An acronym ("PNC", "CCyG"): read as letters either way, so not marked. */
const isAcronym = (text: string) => !/\s/.test(text) && (text.match(/\p{Lu}/gu) ?? []).length >= 2;

/**
 * The names a page in `pageLang` should mark: glossary terms and their expansions in another
 * language, and OTHER_SPANISH_NAMES on a page that is not Spanish.
 */
export function foreignNames(terms: readonly { term: string; expansion?: string; lang: string }[], pageLang: string): ForeignName[] {
  const fromGlossary = terms.filter((term) => term.lang !== pageLang).flatMap((term) => [term.term, term.expansion ?? ''].map((text) => ({ text, lang: term.lang })));
  const others = pageLang === 'es' ? [] : OTHER_SPANISH_NAMES.map((text) => ({ text, lang: 'es' }));
  const seen = new Set<string>();
  return [...fromGlossary, ...others]
    .filter(({ text }) => text && !isAcronym(text) && !seen.has(text) && seen.add(text))
    .map(({ text, lang }) => ({ text, lang, name: /^\p{Lu}/u.test(text) }));
}

/**
 * `text` split into plain runs and the `names` in it, each a whole word or phrase ("Plan Mercurio",
 * not "Mercurios"). Matches run left to right; where two names start at the same place the longer
 * is taken ("Plan Cinturón de Fuego" before "Plan").
 */
export function markNames(text: string, names: readonly ForeignName[]): TextPart[] {
  if (names.length === 0) return [text];
  const byText = new Map(names.map((name) => [name.text, name]));
  return splitAtWords(text, [...byText.keys()]).map((run) => (run.found ? byText.get(run.text)! : run.text));
}

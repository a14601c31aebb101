/**
 * Names in another language inside text that comes from data files (a timeline event, a glossary
 * definition), which cannot carry markup: found by the glossary, which says each term's language,
 * and split out so each can be marked with its `lang` and pronounced right by a screen reader
 * ("Cinturón de Fuego" read with English sounds is garbled). The MDX pages mark theirs by hand
 * with <Es name>.
 */

export interface ForeignName {
  text: string;
  lang: string;
}

export type TextPart = string | ForeignName;

/** A name worth marking: words, not an acronym ("PNC" is read as letters either way). */
const isWordName = (text: string) => !/^[\p{Lu}\d-]+$/u.test(text);

/**
 * The names a page in `pageLang` should mark, from glossary terms (each term, and its expansion,
 * in the term's language): those in another language, longest first so a longer name wins.
 */
export function foreignNames(terms: readonly { term: string; expansion?: string; lang: string }[], pageLang: string): ForeignName[] {
  const names = terms
    .filter((term) => term.lang !== pageLang)
    .flatMap((term) => [term.term, term.expansion ?? ''].filter((text) => text && isWordName(text)).map((text) => ({ text, lang: term.lang })));
  return names.sort((a, b) => b.text.length - a.text.length);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` split into plain runs and the `names` in it, each a whole word or phrase ("Plan Mercurio", not "Mercurios"). */
export function markNames(text: string, names: readonly ForeignName[]): TextPart[] {
  if (names.length === 0) return [text];
  const byText = new Map(names.map((name) => [name.text, name]));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${names.map((name) => escape(name.text)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(byText.get(match[1])!);
    last = match.index + match[1].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

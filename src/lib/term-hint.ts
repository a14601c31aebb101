/**
 * The hover hint on a glossary link (`<Term>`): the term's expansion when a
 * source gives one, otherwise the first sentence of its definition ("The
 * Jalisco New Generation Cartel.", "State of siege."). The whole definition,
 * with its sources, is one click away in the glossary. Repeating it in the
 * `title` of every link made tooltips of several lines, and put another copy
 * of it in the HTML each time a page named the term.
 */
export interface HintedTerm {
  expansion?: string;
  definition: string;
}

/** A full stop, question or exclamation mark that ends a sentence: followed by a capital (or an opening mark) or by the end. */
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}¿¡"“«(]|\s*$)/u;

/** The first sentence of `text`, with its spaces collapsed; the whole text when it is one sentence. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = SENTENCE_END.exec(flat);
  return end ? flat.slice(0, end.index + 1) : flat;
}

/** A term's words, to compare: lower case, without a closing full stop, spaces collapsed. */
const comparable = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.!?]$/, '').toLowerCase();

/**
 * The hint for a link to `term` whose text is `shownAs`, or none when the hint would only repeat
 * that text ("state of siege" hinted "State of siege."): a screen reader reads the title as the
 * link's description, so a copy of its name is said twice.
 */
export function termHint(term: HintedTerm, shownAs = ''): string | undefined {
  const hint = term.expansion ?? firstSentence(term.definition);
  return comparable(hint) === comparable(shownAs) ? undefined : hint;
}

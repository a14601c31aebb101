/** A block of the source article, in order. */
export type ArticleBlock =
  | { kind: 'lead'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'credit'; text: string };

/**
 * Splits the verbatim article into blocks without changing a character.
 * Each non-empty line is one block: the first is the lead, lines listed as
 * subheadings become headings, and the credit line is the credit.
 * Throws if a declared subheading or the credit is not in the text.
 */
export function parseArticle(body: string, options: { subheadings: string[]; credit: string }): ArticleBlock[] {
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== '');
  for (const heading of options.subheadings) {
    if (!lines.includes(heading)) throw new Error(`subheading "${heading}" is not a line of the article body`);
  }
  if (lines.at(-1) !== options.credit) {
    throw new Error(`credit "${options.credit}" must be the last line of the article body`);
  }
  return lines.map((text, index): ArticleBlock => {
    if (index === lines.length - 1) return { kind: 'credit', text };
    if (options.subheadings.includes(text)) return { kind: 'subheading', text };
    return index === 0 ? { kind: 'lead', text } : { kind: 'paragraph', text };
  });
}

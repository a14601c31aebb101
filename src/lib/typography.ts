/**
 * Line breaks a phone must not make in the explainers' text, applied to the rendered HTML
 * (Typeset.astro): a number and its unit ("956 km"), and a code joined by hyphens ("Decree
 * 1-2026", "09-06-2025", "mdp-2026-01-24"), which a line break would turn into a hyphenated word.
 * Titles keep their year ranges whole ("2025–2026", KeptRanges.astro).
 */

/** Units that follow a number in the content, in both languages. */
const UNITS = ['km', 'kilómetros', 'kilometres', 'millones', 'million', 'billion'];
const NUMBER_UNIT = new RegExp(`(\\d) (${UNITS.join('|')})(?![\\p{L}\\d])`, 'gu');
/** Digits joined to digits (and perhaps a leading word) by hyphens. */
const HYPHENATED_CODE = /(?<![\p{L}\d-])(?:\p{L}+-)*\d+(?:-\d+)+(?![\p{L}\d-])/gu;

/** Keeps each case above on one line: a no-break space after the number, a no-wrap span around the code. */
export function keepTogether(html: string, codeClass = 'whitespace-nowrap'): string {
  // Text between tags only: attributes (ids, hrefs) and the contents of scripts and styles stay as they are.
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|(<[^>]*>)|([^<]+)/g, (match, block, _name, tag, text) => {
    if (block || tag) return match;
    return (text as string).replace(NUMBER_UNIT, '$1\u00a0$2').replace(HYPHENATED_CODE, (code) => `<span class="${codeClass}">${code}</span>`);
  });
}

/** A year range ("2024–2026", "2025–26"), which a line would otherwise break after its dash. */
const YEAR_RANGE = /\d{4}–\d{2,4}(?!\d)/g;

/** A plain text cut into the pieces to render, each year range kept on one line (`keep`). */
export function yearRangeParts(text: string): { text: string; keep: boolean }[] {
  const parts: { text: string; keep: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(YEAR_RANGE)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), keep: false });
    parts.push({ text: match[0], keep: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), keep: false });
  return parts;
}

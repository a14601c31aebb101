/**
 * Line breaks a phone must not make in the explainers' text, applied to the rendered HTML
 * (Typeset.astro): a number and its unit ("956 km"), a day and its month ("19 January",
 * "19 de enero"), and a code joined by hyphens ("Decree 1-2026", "09-06-2025",
 * "mdp-2026-01-24"), which a line break would turn into a hyphenated word.
 * Titles keep their year ranges and place names whole (KeptTogether.astro).
 */
import { t } from '../i18n/ui';

/** Units that follow a number in the content, in both languages. */
const UNITS = ['km', 'kilómetros', 'kilometres', 'mm', 'millones', 'million', 'billion', 'pesos'];
const NUMBER_UNIT = new RegExp(`(\\d) (${UNITS.join('|')})(?![\\p{L}\\d])`, 'gu');
/** A day of the month before its month's name, in either language ("19 January", "19 de enero"). */
const MONTHS = [...t('en').dates.months, ...t('es').dates.months];
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}) (de )?(${MONTHS.join('|')})(?![\\p{L}])`, 'gu');

/** `text` as the start of a sentence or heading: "mayo de 2022" → "Mayo de 2022" (Spanish writes months in lower case). */
export const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Whether `text` already ends as a sentence does (".", "…", "?" or "!", perhaps before a closing
 * quote), so no full stop goes after it: a title cut short with "…" would otherwise read "…." and
 * one ending "EE.UU." read "EE.UU..".
 */
export const endsSentence = (text: string): boolean => /[.!?…][»”’"']*$/u.test(text.trimEnd());

/** `text` with each day joined to its month by no-break spaces, so "19 / January" cannot happen. */
export function keepDayWithMonth(text: string): string {
  return text.replace(DAY_MONTH, (_, day: string, de: string | undefined, month: string) => `${day}\u00a0${de ? 'de\u00a0' : ''}${month}`);
}

/** Digits joined to digits (and perhaps a leading word) by hyphens. */
const HYPHENATED_CODE = /(?<![\p{L}\d-])(?:\p{L}+-)*\d+(?:-\d+)+(?![\p{L}\d-])/gu;

/** A plain text with a no-break space after each number before its unit and each day before its month. */
export function keepWordsTogether(text: string): string {
  return keepDayWithMonth(text.replace(NUMBER_UNIT, '$1\u00a0$2'));
}

/** Keeps each case above on one line in HTML: no-break spaces (keepWordsTogether), and a span kept on one line around a code (the `kept` class, global.css). */
export function keepTogether(html: string, codeClass = 'kept'): string {
  // Text between tags only: attributes (ids, hrefs) and the contents of scripts and styles stay as they are.
  return html.replace(/(<(script|style)\b[\s\S]*?<\/\2>)|(<[^>]*>)|([^<]+)/g, (match, block, _name, tag, text) => {
    // Every case above has a digit in it; most text between tags has none.
    if (block || tag || !/\d/.test(text as string)) return match;
    return keepWordsTogether(text as string).replace(HYPHENATED_CODE, (code) => `<span class="${codeClass}">${code}</span>`);
  });
}

/**
 * What a title must not break inside: a year range ("2024–2026", "2025–26"), which a line would
 * otherwise break after its dash, and a place name after its article ("La Mesilla", "El Ceibo"),
 * which balanced headings broke as "La / Mesilla". Two names joined by a dash, on paper only
 * (`paperOnly`): a printed brief broke "the Mexico– / Guatemala security relationship", while
 * at 320 px a heading's "Mexico–Guatemala" is wider than the screen, and breaking after its dash
 * is the only fit.
 */
const KEPT = /\d{4}–\d{2,4}(?!\d)|(?<!\p{L})(?:La|El|Las|Los) \p{Lu}\p{L}*|(?<!\p{L})(\p{Lu}\p{L}+–\p{Lu}\p{L}+)(?!\p{L})/gu;

/** A piece of a title, and whether it is kept on one line: everywhere, or only on paper. */
export interface TitlePart {
  text: string;
  keep: boolean;
  paperOnly?: true;
}

/** A title cut into the pieces to render, each of the cases above kept on one line (`keep`). */
export function keptParts(text: string): TitlePart[] {
  const parts: TitlePart[] = [];
  let last = 0;
  for (const match of text.matchAll(KEPT)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), keep: false });
    parts.push(match[1] ? { text: match[0], keep: true, paperOnly: true } : { text: match[0], keep: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), keep: false });
  return parts;
}

/** Before an opening quotation mark: the start of the text, a space, an opening bracket, a dash or another opening mark. */
const OPENS_AFTER = /[\s([{\-–—“‘«/]/u;

/**
 * Typographer's quotation marks and apostrophes for a plain text an editor typed on a keyboard
 * (frontmatter, YAML), as MDX already gives the body text: "a 'b' don't" becomes “a ‘b’ don’t”.
 * A mark opens at the start of the text or after a space, bracket or dash, and closes
 * anywhere else; an apostrophe is a closing single mark.
 */
export function smartQuotes(text: string): string {
  return text.replace(/["']/g, (mark, at: number) => {
    const before = at === 0 ? ' ' : text[at - 1];
    const after = text[at + 1] ?? ' ';
    const opens = OPENS_AFTER.test(before) && /\S/u.test(after);
    if (mark === '"') return opens ? '“' : '”';
    return opens ? '‘' : '’';
  });
}

/**
 * Ways to cite an explainer page: APA, Chicago and BibTeX, in the page's
 * language. The Spanish forms follow the Spanish editions of the manuals:
 * APA 7 in Spanish writes the date "(2026, 27 de noviembre)"; the
 * Chicago-Deusto manual (Chicago in Spanish) uses «» quotation marks with the
 * point outside them and "Última modificación: 27 de noviembre de 2026";
 * BibTeX keeps its fields and says the entry's language (`language` for
 * BibTeX styles, `langid` for biblatex).
 *
 * Neither APA form adds a retrieval date ("Retrieved…", "Recuperado el…"):
 * APA 7 asks for one only when a page is designed to change without a record,
 * and these pages carry their date of last change and a changelog.
 */
import type { Locale } from '../i18n/ui';

export interface CitablePage {
  title: string;
  publisher: string;
  url: string;
  updated: Date;
  /** Date the reader accessed it; defaults to `updated` so output is reproducible. */
  accessed?: Date;
}

interface CiteWords {
  months: readonly string[];
  /** The date in an APA reference: "2026, November 27". */
  apaDate: (year: number, month: string, day: number) => string;
  /** Chicago's "Last modified November 27, 2026" (with its own punctuation). */
  lastModified: (year: number, month: string, day: number) => string;
  /** A title in quotation marks, closed with a full stop as the style places it. */
  quotedTitle: (title: string) => string;
  /** BibTeX `note` for the date of last change (ISO date). */
  bibNote: (iso: string) => string;
  /** The entry's language for BibTeX and biblatex, when it is not English. */
  bibLanguage?: string;
}

const WORDS: Record<Locale, CiteWords> = {
  en: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    apaDate: (year, month, day) => `${year}, ${month} ${day}`,
    lastModified: (year, month, day) => `Last modified ${month} ${day}, ${year}.`,
    quotedTitle: (title) => `“${title}.”`,
    bibNote: (iso) => `Last updated ${iso}`,
  },
  es: {
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    apaDate: (year, month, day) => `${year}, ${day} de ${month}`,
    lastModified: (year, month, day) => `Última modificación: ${day} de ${month} de ${year}.`,
    quotedTitle: (title) => `«${title}».`,
    bibNote: (iso) => `Última actualización: ${iso}`,
    bibLanguage: 'spanish',
  },
};

function parts(date: Date, words: CiteWords) {
  return { year: date.getUTCFullYear(), month: words.months[date.getUTCMonth()], day: date.getUTCDate() };
}

/** APA 7: Publisher. (Year, Month Day). *Title*. URL — "(2026, 27 de noviembre)" in Spanish. */
export function apaCitation(page: CitablePage, locale: Locale = 'en'): string {
  const words = WORDS[locale];
  const { year, month, day } = parts(page.updated, words);
  return `${page.publisher}. (${words.apaDate(year, month, day)}). ${page.title}. ${page.url}`;
}

/** Chicago (notes-bibliography, web page): Publisher. "Title." Last modified Month Day, Year. URL. */
export function chicagoCitation(page: CitablePage, locale: Locale = 'en'): string {
  const words = WORDS[locale];
  const { year, month, day } = parts(page.updated, words);
  return `${page.publisher}. ${words.quotedTitle(page.title)} ${words.lastModified(year, month, day)} ${page.url}.`;
}

/** A BibTeX @misc entry whose key is built from the slug and year. */
export function bibtexCitation(page: CitablePage, key: string, locale: Locale = 'en'): string {
  const words = WORDS[locale];
  const { year } = parts(page.updated, words);
  const iso = page.updated.toISOString().slice(0, 10);
  const escape = (value: string) => value.replace(/([{}%&$#_])/g, '\\$1');
  const fields = [
    `  title        = {${escape(page.title)}},`,
    `  author       = {{${escape(page.publisher)}}},`,
    `  year         = {${year}},`,
    `  note         = {${escape(words.bibNote(iso))}},`,
    `  howpublished = {\\url{${page.url}}}`,
  ];
  if (words.bibLanguage) {
    fields[fields.length - 1] += ',';
    fields.push(`  language     = {${words.bibLanguage}},`, `  langid       = {${words.bibLanguage}}`);
  }
  return [`@misc{${key},`, ...fields, `}`].join('\n');
}

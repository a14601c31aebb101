/**
 * The search code's strings and number formats for the page's language
 * (`<html lang>`). Only SEARCH_CLIENT_STRINGS comes into the bundle from
 * src/i18n/ui.ts; the rest of the site's strings stay out of it.
 */
import { SEARCH_CLIENT_STRINGS, toLocale, type Locale, type SearchClientStrings } from '../i18n/ui';

/** The locale Intl formats numbers and dates in: British English, Mexican Spanish (as the content writes 1,200 and 1.2). */
const INTL_LOCALES: Record<Locale, string> = { en: 'en-GB', es: 'es-MX' };

/** The page's language, as the site publishes it ("es" for "es-MX"). */
export function pageLocale(): Locale {
  return toLocale(document.documentElement.lang.split('-')[0]);
}

/** The Intl locale of the page. */
export function intlLocale(): string {
  return INTL_LOCALES[pageLocale()];
}

/** The strings for the page's language. */
export function searchStrings(): SearchClientStrings {
  return SEARCH_CLIENT_STRINGS[pageLocale()];
}

/** "1 result" / "1,234 resultados", with the number and plural form of the page's language. */
export function countLabel(count: number): string {
  const form = new Intl.PluralRules(intlLocale()).select(count) === 'one' ? 'one' : 'other';
  return searchStrings().results[form](formatCount(count));
}

/** A number in the page's language. */
export function formatCount(count: number): string {
  return new Intl.NumberFormat(intlLocale()).format(count);
}

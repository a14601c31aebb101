/** Provenance printed on paper: the page's short URL, the dated label for the margins, and the print-only wording. */
import { toLocale, type Locale } from '../i18n/ui';
import { formatDate } from './dates';

/**
 * Words that appear only on paper, per language. Kept here, beside the print
 * code, rather than in the screen interface strings (src/i18n/ui.ts).
 */
const PRINT_STRINGS: Record<Locale, { updated: string; built: string; citeAs: string; links: string; qrPage: string }> = {
  en: {
    updated: 'Updated',
    built: 'Site built',
    citeAs: 'Cite as:',
    links: 'Links in the text',
    qrPage: 'QR code: link to the online version of this page',
  },
  es: {
    // Whatever the page (nota, explicación, artículo), no gender to agree with.
    updated: 'Última actualización:',
    built: 'Sitio generado el',
    citeAs: 'Cómo citar:',
    links: 'Enlaces del texto',
    qrPage: 'Código QR: enlace a la versión en línea de esta página',
  },
};

/** The print-only wording for a page's language (English when the language is not published). */
export function printStrings(locale?: string) {
  return PRINT_STRINGS[toLocale(locale)];
}

/** A URL without its scheme, for printing where space is short: "example.org/explainers/x/". */
export function shortUrl(url: string | URL): string {
  const { host, pathname, search } = new URL(url);
  return `${host}${pathname}${search}`;
}

/**
 * A printed address cut into the pieces a line may break between: after each
 * slash ("example.org/", "explainers/", "la-mesilla-incident/"). Rendered with
 * <wbr> between them, a long address wraps at a folder, not mid-word.
 */
export function urlLineBreaks(address: string): string[] {
  return address.split(/(?<=\/)(?=.)/);
}

/**
 * The date line printed in every page margin: when the content last changed,
 * or, for pages without a content date, when the site was built.
 */
export function printDateLabel(updated: Date | undefined, built: Date, locale?: string): string {
  const strings = printStrings(locale);
  return updated ? `${strings.updated} ${formatDate(updated, locale)}` : `${strings.built} ${formatDate(built, locale)}`;
}

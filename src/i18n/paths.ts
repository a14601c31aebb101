/** Site paths per language: English at the root, Spanish under /es/. */
import { DEFAULT_LOCALE, type Locale } from './ui';

/** The path of a page in `locale`, given its English path: ("/article/", "es") → "/es/article/". */
export function localizePath(path: string, locale: Locale): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === DEFAULT_LOCALE ? clean : `/${locale}${clean}`;
}

/** The language of a site path (without base) and its English equivalent. */
export function parseLocalePath(path: string): { locale: Locale; path: string } {
  const match = /^\/es(\/.*)?$/.exec(path);
  if (match) return { locale: 'es', path: match[1] ?? '/' };
  return { locale: 'en', path };
}

/** The same page in the other language. */
export function alternatePath(path: string, target: Locale): string {
  return localizePath(parseLocalePath(path).path, target);
}
